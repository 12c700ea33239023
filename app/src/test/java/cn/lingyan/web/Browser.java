package cn.lingyan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium with a Chinese browser language, driven through ChromeDriver (both checked, and
 * installed where the build may, by {@link BrowserPrerequisites}), plus the few Tasklist and Camunda Form moves the
 * browser suite needs. Screenshots go to target/browser-screenshots.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserPrerequisites.chromium());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1100", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(BrowserPrerequisites.chromedriver()).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.baseUrl = "http://localhost:" + port;
    }

    /** The zh-CN label the project serves for {@code app} (tasklist, cockpit, admin, welcome). */
    public static String label(String app, String key) {
        String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode value = JSON.readTree(in).path("labels").path(key);
            if (value.isMissingNode()) {
                throw new IllegalArgumentException("No label " + key + " in " + resource);
            }
            return value.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void loginToTasklist(String user) {
        login("tasklist", user, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filter")));
    }

    /** Signs in to one of the webapps (tasklist, cockpit, admin) through its login form. */
    public void login(String app, String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/" + app + "/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    public void openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='"
                + name + "']"))).click();
    }

    public void openTask(String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'tasks-list')]//h4[contains(normalize-space(.),'"
                + taskName + "')]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        // a candidate's form stays disabled until the task is claimed
        List<WebElement> claim = driver.findElements(By.xpath("//button[normalize-space(.)='" + label("tasklist", "CLAIM_TASK")
                + "' or normalize-space(.)='" + label("tasklist", "Claim") + "']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        }
    }

    public WebElement field(String key) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-Field_" + key + "']")));
    }

    /**
     * Types into a form field. ChromeDriver cannot type Chinese into headless Chromium, so non-ASCII text is inserted
     * the way an input method commits it (DevTools Input.insertText).
     */
    public void type(String key, Object value) {
        typeInto(field(key), String.valueOf(value));
    }

    public void typeInto(WebElement input, String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            input.clear();
            input.sendKeys(text);
            settle();
            return;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(d -> {
            input.click();
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            ((ChromeDriver) driver).executeCdpCommand("Input.insertText", Map.of("text", text));
            settle();
            return text.equals(input.getDomProperty("value"));
        });
    }

    /** form-js takes text input after a short debounce; a field typed faster than that can lose its value. */
    private static void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Picks a date in a form-js date field through its date picker, as a click in the calendar would. */
    public void date(String key, String isoDate) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-Field_" + key + "-date']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0]._flatpickr.setDate(arguments[1], true, 'Y-m-d');"
                + " arguments[0]._flatpickr.close();", input, isoDate);
    }

    /** An element of the approval plugin, by its data-ly hook. */
    public WebElement hook(String name) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-ly='" + name + "']")));
    }

    public void openTab(String label) {
        WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space(.)='"
                + label + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", tab);
    }

    public void clickButton(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")));
        // a notification may cover the button, as it would a person's pointer: they close it, we click through
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    /** Text of the notifications Tasklist shows (errors and confirmations). */
    public String notifications() {
        List<WebElement> list = driver.findElements(By.cssSelector(".notifications, .notification"));
        return String.join(" ", list.stream().map(WebElement::getText).toList());
    }

    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
