package cn.lingyan.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.TestData;
import cn.lingyan.policy.PolicyDeployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 规则与流程管理 in Cockpit, in headless Chromium: 雁鸣县's policy owner raises the acceptance pass score from 70 to 80
 * in the decision table editor, deploys it with a reason, raises it once more and rolls back to 80; 鹤山县 keeps the
 * shared table and changes a clause of its own negative list, which 雁鸣县 does not get; a township cannot open the
 * page. Screenshots under target/browser-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class WorkbenchBrowserIT {

    private static final String TABLE = "acceptance-decision";
    private static final String ROW = "tr[data-key='" + TABLE + "']";
    private static final String EDITOR = "[data-ly='dmn-editor']";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired RepositoryService repositoryService;
    @Autowired cn.lingyan.org.CountyRules countyRules;

    Browser browser;

    @BeforeEach
    void setUp() {
        removeWorkbenchDeployments();
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        removeWorkbenchDeployments();
    }

    @Test
    void aCountyRaisesThePassScoreAndRollsBackWhileTheOtherCountyKeepsTheSharedTable() {
        browser.login("cockpit", "yanming-zzb", "demo");
        browser.hook("policy-nav-link").click();
        browser.wait.until(d -> row().contains("全省通用"));
        assertThat(row()).contains("整顿验收结论").contains("v1").contains("系统（随程序发布）");
        assertThat(attribute(ROW, "data-own")).isEqualTo("false");
        browser.screenshot("workbench-01-in-force");

        deployPassScore(80, "县委组织部〔2026〕3号文件：验收合格线由70分提高到80分", true);
        browser.wait.until(d -> row().contains("本县"));
        assertThat(row()).contains("县委组织部〔2026〕3号文件：验收合格线由70分提高到80分").contains("雁鸣县 县委组织部");
        assertThat(attribute(ROW, "data-own")).isEqualTo("true");
        assertThat(browser.hook("message").getText()).contains("acceptance-decision v1").contains("本县");
        assertThat(ownTable()).contains("&gt;= 80").doesNotContain("&gt;= 70");
        browser.screenshot("workbench-04-own-version");

        deployPassScore(90, "合格线再提高到90分", false);
        browser.wait.until(d -> row().contains("合格线再提高到90分"));
        browser.driver.findElement(By.cssSelector(ROW + " [data-ly='versions']")).click();
        WebElement earlier = browser.hook("table-versions").findElement(By.cssSelector("tr[data-version='1'][data-own='true']"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-ly='table-versions'] tr[data-own='false']")).getText())
                .contains("采用此版本");
        earlier.findElement(By.cssSelector("[data-ly='rollback']")).click();
        browser.typeInto(browser.hook("reason"), "90分过高，恢复80分");
        browser.screenshot("workbench-05-roll-back");
        browser.hook("reason-confirm").click();
        browser.wait.until(d -> row().contains("90分过高，恢复80分"));
        assertThat(row()).contains("v3").contains("本县");
        assertThat(ownTable()).contains("&gt;= 80");
        browser.wait.until(d -> d.findElements(By.cssSelector("[data-ly='table-changes'] tbody tr")).size() == 3);
        assertThat(text("[data-ly='table-changes'] tbody tr")).contains("回滚").contains("90分过高，恢复80分").contains("acceptance-decision v3");
        browser.screenshot("workbench-06-rolled-back");

        browser.driver.findElement(By.cssSelector("tr[data-key='weak-branch-rectification'] [data-ly='view']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='viewer-canvas'][data-ready='true'] .djs-container")));
        browser.screenshot("workbench-07-process-viewer");
        browser.driver.findElement(By.cssSelector("tr[data-key='weak-branch-rectification'] [data-ly='forms']")).click();
        browser.hook("table-forms").findElement(By.cssSelector("tr[data-form-id='rectification-accept-case'] [data-ly='edit-form']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='form-editor'][data-ready='true']")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-ly='form-editor'] .fjs-palette")).getText()).contains("组件").contains("文本框");
        browser.screenshot("workbench-08-form-editor");

        browser.login("cockpit", "heshan-zzb", "demo");
        browser.hook("policy-nav-link").click();
        browser.wait.until(d -> row().contains("全省通用"));
        assertThat(attribute(ROW, "data-own")).isEqualTo("false");
        assertThat(browser.page()).doesNotContain("90分过高，恢复80分");
        browser.screenshot("workbench-09-other-county");

        // 鹤山县 enables the negative list's clause S08 (不宜) for its own vettings; 雁鸣县 keeps it off
        String negativeList = "tr[data-key='vetting-negative-list']";
        browser.driver.findElement(By.cssSelector(negativeList + " [data-ly='edit']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EDITOR + "[data-ready='true']")));
        typeInto("rule-S08-out2", "\"SOFT\"", "rule-S08-out1");
        browser.hook("deploy").click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='reason-confirm'][data-checked='true']")));
        assertThat(text("[data-ly='diff']")).contains("OFF").contains("SOFT");
        browser.typeInto(browser.hook("reason"), "鹤山县委组织部：计划生育情形列为不宜");
        browser.hook("reason-confirm").click();
        browser.wait.until(d -> text(negativeList).contains("本县"));
        assertThat(severity("990102001001", "S08")).isEqualTo("SOFT");
        assertThat(severity("990101001001", "S08")).isEqualTo("OFF");
        browser.screenshot("workbench-09b-negative-list");

        browser.login("cockpit", "qingshan-dw", "demo");
        WebElement hidden = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-ly='policy-nav-link'][data-access='refused']")));
        assertThat(hidden.isDisplayed()).isFalse();
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/lingyan-policy");
        assertThat(browser.hook("page-refused").getText()).contains("LY-20004").contains("qingshan-dw");
        browser.screenshot("workbench-10-township-refused");
    }

    /** Types {@code value} into the dmn-js cell {@code elementId}, then leaves it for {@code elsewhere}. */
    private void typeInto(String elementId, String value, String elsewhere) {
        WebElement cell = browser.driver.findElement(By.cssSelector(EDITOR + " td[data-element-id='" + elementId + "']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(value).perform();
        browser.driver.findElement(By.cssSelector(EDITOR + " td[data-element-id='" + elsewhere + "']")).click();
        browser.wait.until(d -> cell.getText().trim().equals(value));
    }

    /** The negative list's class of {@code clause} as the engine decides it for the village's county. */
    private String severity(String village, String clause) {
        data.actAsSystem();
        return countyRules.evaluate("vetting-negative-list", village, java.util.Map.of("clause", clause)).getSingleResult().getEntry("severity");
    }

    /** Opens the table in the editor, types the new pass score into its cell and deploys it through the reason dialog. */
    private void deployPassScore(int score, String reason, boolean screenshots) {
        browser.driver.findElement(By.cssSelector(ROW + " [data-ly='edit']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EDITOR + "[data-ready='true']")));
        WebElement cell = browser.driver.findElement(By.cssSelector(EDITOR + " td[data-element-id='rule-pass-in3']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(">= " + score).perform();
        browser.driver.findElement(By.cssSelector(EDITOR + " td[data-element-id='rule-pass-out2']")).click();
        browser.wait.until(d -> d.findElement(By.cssSelector(EDITOR + " td[data-element-id='rule-pass-in3']")).getText().trim().equals(">= " + score));
        if (screenshots) {
            assertThat(browser.hook("dmn-editor").getText()).contains("命中策略").contains("当").contains("则");
            browser.screenshot("workbench-02-decision-table-editor");
        }
        browser.hook("deploy").click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='reason-confirm'][data-checked='true']")));
        browser.typeInto(browser.hook("reason"), reason);
        if (screenshots) {
            browser.screenshot("workbench-03-reason-dialog");
        }
        browser.hook("reason-confirm").click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-ly='reason-dialog']")));
    }

    private String row() {
        return text(ROW);
    }

    /** The text of the first element matching {@code css}, read in one step (the page re-renders its tables after a change). */
    private String text(String css) {
        Object text = ((JavascriptExecutor) browser.driver).executeScript(
                "const node = document.querySelector(arguments[0]); return node ? node.innerText : '';", css);
        return String.valueOf(text);
    }

    private String attribute(String css, String name) {
        return browser.driver.findElement(By.cssSelector(css)).getAttribute(name);
    }

    /** The newest version of the table deployed for 雁鸣县 (tenant 990101), as the engine evaluates it. */
    private String ownTable() {
        data.actAsSystem();
        DecisionDefinition own = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(TABLE).tenantIdIn("990101")
                .latestVersion().singleResult();
        try (InputStream in = repositoryService.getResourceAsStream(own.getDeploymentId(), own.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeWorkbenchDeployments() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        data.reset();
    }
}
