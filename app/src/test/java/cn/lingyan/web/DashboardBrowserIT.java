package cn.lingyan.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisors' dashboard in Cockpit, in headless Chromium: a county and a township supervisor open it, see
 * the figures of their own units only, and export a table. Screenshots under target/browser-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
// the browser suite checks the UI, not the database: once, on H2 (the mysql profile has no administrator, so the
// webapps open their setup page instead of the login), also when -Dit.test names it for both runs
@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*mysql.*")
class DashboardBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void setUp() {
        data.reset();
        rectCase("990101001001", "东坡村", "990101001", LocalDate.now().minusDays(5));
        rectCase("990101002001", "杏花村", "990101002", LocalDate.now().plusDays(40));
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void countyAndTownshipSupervisorsSeeTheirOwnVillagesAndExport() {
        browser.login("cockpit", "yanming-zzb", "demo");
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/lingyan-dashboard");
        WebElement ledger = browser.hook("table-rectification");
        browser.wait.until(d -> ledger.findElements(By.cssSelector("tr[data-key]")).size() == 2);
        assertThat(ledger.findElement(By.cssSelector("tr[data-key='990101001001']")).getAttribute("data-overdue")).isEqualTo("true");
        assertThat(ledger.getText()).contains("东坡村").contains("杏花村").contains("整顿");
        // the stages' words and which of them count as 整顿中 come from the server
        WebElement rectifying = browser.hook("pane-rectification").findElement(By.cssSelector("[data-ly='tile'][data-key='rectifying']"));
        assertThat(rectifying.getText()).startsWith("2");
        assertThat(rectifying.getAttribute("title")).isEqualTo("处于整顿或验收阶段的村");
        browser.screenshot("cockpit-02-county-ledger");
        // each tab is its own module: every one renders its tables
        for (String[] tab : new String[][] {{"vetting", "table-departments"}, {"register", "table-register"}, {"sla", "table-sla"},
                {"rectification", "table-rectification"}}) {
            browser.hook("tab-" + tab[0]).click();
            assertThat(browser.hook(tab[1]).isDisplayed()).as(tab[0]).isTrue();
        }
        assertThat(browser.driver.findElements(By.cssSelector("[data-ly='load-failed']"))).isEmpty();

        // the CSV the browser would save, read back from the page's own export
        String csv = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const button = document.querySelector("[data-ly='export-csv'][data-table='rectification']");
                let captured = null;
                const original = URL.createObjectURL;
                URL.createObjectURL = (blob) => { captured = blob; return original.call(URL, blob); };
                button.click();
                URL.createObjectURL = original;
                return captured ? 'blob:' + captured.size : null;
                """);
        assertThat(csv).startsWith("blob:");
        String href = browser.hook("export-xlsx").getAttribute("href");
        Object excel = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ':' + new Uint8Array(b)[0] + new Uint8Array(b)[1])));",
                href);
        assertThat(excel).isEqualTo("200:8075");

        // the home page's card counts with the same words
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        WebElement card = browser.hook("summary");
        browser.wait.until(d -> card.findElement(By.cssSelector("[data-key='rectifying'] .lyd-tile-value")).getText().equals("2"));
        assertThat(card.findElement(By.cssSelector("[data-key='rectifying']")).getAttribute("title")).isEqualTo("处于整顿或验收阶段的村");

        browser.login("cockpit", "qingshan-dw", "demo");
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/lingyan-dashboard");
        WebElement own = browser.hook("table-rectification");
        browser.wait.until(d -> own.findElements(By.cssSelector("tr[data-key]")).size() == 1);
        assertThat(own.getText()).contains("东坡村").doesNotContain("杏花村");
        browser.screenshot("cockpit-03-township-ledger");
        browser.hook("ranking-open").click();
        browser.wait.until(d -> browser.hook("table-ranking").findElements(By.cssSelector("tr[data-key]")).size() == 1);
        browser.screenshot("cockpit-04-monthly-ranking");
    }

    private void rectCase(String village, String name, String township, LocalDate deadline) {
        String instance = "browser-" + village;
        jdbc.update("INSERT INTO ly_rect_case (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "case_year, cycle, stage, supervised, deadline, extensions_used, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, '990101', ?, 1, 'RECTIFYING', FALSE, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                instance, instance, village, name, township, LocalDate.now().getYear(), deadline);
    }
}
