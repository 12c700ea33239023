package cn.lingyan.rectification;

import static cn.lingyan.rectification.RectificationForms.acceptance;
import static cn.lingyan.rectification.RectificationForms.confirm;
import static cn.lingyan.rectification.RectificationForms.fourOnes;
import static cn.lingyan.rectification.RectificationForms.plan;
import static cn.lingyan.rectification.RectificationForms.progress;
import static cn.lingyan.rectification.RectificationForms.requestAcceptance;
import static cn.lingyan.rectification.RectificationForms.review;
import static cn.lingyan.rectification.RectificationForms.screening;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.BatchDriver;
import cn.lingyan.TestData;
import cn.lingyan.org.CountyRules;
import cn.lingyan.policy.PolicyDeployments;
import cn.lingyan.web.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The policy owner's whole walk in 规则与流程管理, in headless Chromium, on real rectification cases: 雁鸣县 accepted three
 * cases under the shared pass score of 70 (72, 78, 90) and 鹤山县 one (75). yanming-zzb raises the score to 80 in the
 * table editor, tries it (试算), replays it on the county's history (2 of 3 outcomes would change), is warned that the
 * annotation still says 70, fixes it, and deploys with a reason after the checks and the diff. The next acceptance in
 * 雁鸣县 shows the new rule on its Tasklist form and fails a 75, while 鹤山县's passes it under the shared table. Then
 * yanming-zzb uploads a changed process, migrates the county's running cases to it, and returns to the shared table.
 * Screenshots under target/browser-screenshots/policy-walk-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class PolicyOwnerBrowserIT {

    static final String TABLE = "acceptance-decision";
    static final String ROW = "tr[data-key='" + TABLE + "']";
    static final String PROCESS_ROW = "tr[data-key='weak-branch-rectification']";
    static final String EDITOR = "[data-ly='dmn-editor']";
    static final String POLICY = "yanming-zzb";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CaseDriver driver;
    @Autowired BatchDriver batches;
    @Autowired CountyRules countyRules;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;

    Browser browser;

    @BeforeEach
    void setUp() {
        clean();
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        clean();
    }

    @Test
    void aCountyTriesAHigherPassScoreOnItsHistoryDeploysItMigratesItsCasesAndReturnsToTheSharedTable() {
        List<ProcessInstance> accepted = List.of(accepted("990101001001", "qingshan-dw", "dongpo-sj", POLICY, "yanming-ld", 72),
                accepted("990101001002", "qingshan-dw", "liuxi-sj", POLICY, "yanming-ld", 78),
                accepted("990101001003", "qingshan-dw", "shiqiao-sj", POLICY, "yanming-ld", 90));
        accepted("990102001001", "songlin-dw", "gaoqiao-sj", "heshan-zzb", "heshan-ld", 75);
        ProcessInstance yanmingNext = readyForAcceptance("990101001004", "qingshan-dw", "fenglin-sj", POLICY, "yanming-ld");
        ProcessInstance heshanNext = readyForAcceptance("990102001002", "songlin-dw", "nanwan-sj", "heshan-zzb", "heshan-ld");
        String shared = yanmingNext.getProcessDefinitionId();

        browser.login("cockpit", POLICY, "demo");
        browser.hook("policy-nav-link").click();
        browser.wait.until(d -> text(ROW).contains("全省通用"));
        browser.driver.findElement(By.cssSelector(ROW + " [data-ly='edit']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EDITOR + "[data-ready='true']")));
        type("rule-pass-in3", ">= 80");

        // 试算: a 75 with every task done would now fail
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='preview-fields'] [data-input='score']")));
        browser.driver.findElement(By.cssSelector("[data-input='unsatisfiedRatio']")).sendKeys("0.1");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector("select[data-input='allTasksClosed']")))
                .selectByVisibleText("是");
        browser.driver.findElement(By.cssSelector("[data-input='score']")).sendKeys("75");
        browser.hook("preview").click();
        browser.wait.until(d -> text("[data-ly='preview-result']").contains("FAIL"));
        assertThat(text("[data-ly='preview-matched']")).contains("FAIL").contains("得分低于70分");

        // 回放: 72 and 78 passed under 70 and would fail; 90 stays; 鹤山县's 75 is not the county's
        browser.hook("replay").click();
        WebElement summary = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='replay-summary']")));
        assertThat(summary.getAttribute("data-evaluations")).isEqualTo("3");
        assertThat(summary.getAttribute("data-changed")).isEqualTo("2");
        assertThat(summary.getText()).contains("共做过 3 次").contains("2 个结果会改变");
        assertThat(browser.driver.findElements(By.cssSelector("[data-ly='table-replay'] tbody tr"))).hasSize(2);
        assertThat(text("[data-ly='table-replay'] tbody")).contains("东坡村").contains("柳溪村").doesNotContain("石桥村").doesNotContain("高桥村")
                .contains("验收得分（0–100）：72").contains("PASS").contains("FAIL");
        reveal("[data-ly='replay-summary']");
        browser.screenshot("policy-walk-01-replay");

        // the checks before deploying: the annotation still says 70 (a warning, shown on the form), then the diff
        browser.hook("deploy").click();
        WebElement confirm = checked();
        assertThat(text("[data-ly='lint-findings']")).contains("警告").contains("“70分”").contains("表单");
        assertThat(confirm.isEnabled()).isTrue();
        assertThat(text("[data-ly='diff']")).contains("规则 第3条").contains(">= 70").contains(">= 80");
        browser.screenshot("policy-walk-02-checks-warn");
        browser.hook("reason-cancel").click();
        type("rule-pass-annotation", "[P:L-CH, L-HY] 任务全部完成且得分80分及以上，验收合格");
        type("rule-score-below-70-annotation", "[P:L-CH] 其余情形（得分低于80分）验收不合格");
        type("rule-score-below-70-out2", "\"验收得分低于80分\"");
        browser.hook("deploy").click();
        checked();
        assertThat(browser.hook("lint-clean").getText()).contains("规则检查通过");
        assertThat(browser.driver.findElements(By.cssSelector("[data-ly='diff-rule']"))).hasSize(2);
        browser.typeInto(browser.hook("reason"), "县委组织部〔2026〕3号文件：验收合格线由70分提高到80分");
        browser.screenshot("policy-walk-03-checks-clean");
        browser.hook("reason-confirm").click();
        browser.wait.until(d -> text(ROW).contains("本县"));
        assertThat(text(ROW)).contains("验收合格线由70分提高到80分");

        // the next acceptance in 雁鸣县 states and applies 80; 鹤山县's keeps 70
        driver.complete(yanmingNext, "Task_RequestAcceptance", "qingshan-dw", requestAcceptance());
        driver.complete(heshanNext, "Task_RequestAcceptance", "songlin-dw", requestAcceptance());
        browser.loginToTasklist(POLICY);
        browser.openFilter("本县待办");
        browser.openTask("县委组织部验收评分");
        browser.wait.until(d -> browser.page().contains("得分80分及以上"));
        assertThat(browser.page()).contains("枫林村").doesNotContain("得分70分及以上");
        browser.screenshot("policy-walk-04-tasklist-form-80");
        browser.loginToTasklist("heshan-zzb");
        browser.openFilter("本县待办");
        browser.openTask("县委组织部验收评分");
        browser.wait.until(d -> browser.page().contains("得分70分及以上"));
        driver.complete(yanmingNext, "Task_AcceptCase", POLICY, acceptance(75, 0.1));
        driver.complete(heshanNext, "Task_AcceptCase", "heshan-zzb", acceptance(75, 0.1));
        assertThat(decided(yanmingNext)).isEqualTo("FAIL");
        assertThat(decided(heshanNext)).isEqualTo("PASS");

        // a changed process from Modeler, uploaded with its checks, then the county's running cases moved to it
        browser.login("cockpit", POLICY, "demo");
        browser.hook("policy-nav-link").click();
        browser.wait.until(d -> text(PROCESS_ROW).contains("全省通用"));
        browser.hook("open-upload").click();
        browser.driver.findElement(By.cssSelector("[data-ly='upload'] input[type='file']")).sendKeys(changedProcess().toAbsolutePath().toString());
        browser.hook("upload-deploy").click();
        checked();
        assertThat(text("[data-ly='diff']")).contains("县委组织部审定软弱涣散村党组织");
        browser.typeInto(browser.hook("reason"), "县委组织部文件：排查后增加乡镇复核，进展改为半月报送");
        browser.hook("reason-confirm").click();
        browser.wait.until(d -> text(PROCESS_ROW).contains("本县"));
        browser.driver.findElement(By.cssSelector(PROCESS_ROW + " [data-ly='migrate']")).click();
        browser.hook("migration-check").click();
        WebElement plan = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='migration-summary']")));
        assertThat(plan.getAttribute("data-instances")).isEqualTo("4");
        assertThat(plan.getAttribute("data-movable")).isEqualTo("4");
        assertThat(plan.getAttribute("data-blocked")).isEqualTo("0");
        assertThat(text("[data-ly='table-migration']")).contains("县委组织部销号");
        browser.screenshot("policy-walk-05-migration-plan");
        browser.hook("migration-start").click();
        browser.typeInto(browser.hook("reason"), "县委组织部文件：在途案件改按本县流程办理");
        browser.hook("reason-confirm").click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='migration-status']")));
        Batch batch = browser.wait.until(d -> managementService.createBatchQuery().list().stream().findFirst().orElse(null));
        batches.run(batch.getId());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='migration-status'][data-done='true']")));
        assertThat(browser.hook("migration-status").getAttribute("data-moved")).isEqualTo("4");
        assertThat(browser.hook("migration-status").getText()).contains("迁移完成").contains("4 件已迁移");
        browser.screenshot("policy-walk-06-migrated");
        assertThat(accepted).allSatisfy(instance -> assertThat(definitionOf(instance)).isNotEqualTo(shared));
        assertThat(definitionOf(yanmingNext)).isNotEqualTo(shared);
        assertThat(definitionOf(heshanNext)).isEqualTo(shared);
        browser.wait.until(d -> text("[data-ly='table-changes'] tbody tr").contains("迁移"));

        // back to the shared table: adopted as the county's newest version
        browser.driver.findElement(By.cssSelector(ROW + " [data-ly='versions']")).click();
        browser.hook("table-versions").findElement(By.cssSelector("tr[data-own='false'] [data-ly='adopt']")).click();
        browser.typeInto(browser.hook("reason"), "省里统一口径，恢复全省通用的70分");
        browser.screenshot("policy-walk-07-adopt-shared");
        browser.hook("reason-confirm").click();
        browser.wait.until(d -> text(ROW).contains("恢复全省通用的70分"));
        assertThat(countyRules.ruleText(TABLE, "990101001004")).contains("得分70分及以上");
        browser.screenshot("policy-walk-08-back-to-shared");
    }

    /** Types {@code value} into the dmn-js cell {@code elementId} (a rule's condition, result or annotation) and leaves it. */
    private void type(String elementId, String value) {
        String css = EDITOR + " td[data-element-id='" + elementId + "']";
        WebElement cell = browser.driver.findElements(By.cssSelector(css)).isEmpty()
                ? browser.driver.findElement(By.cssSelector(EDITOR + " td.annotation[data-element-id='" + elementId.replace("-annotation", "") + "']"))
                : browser.driver.findElement(By.cssSelector(css));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(value).perform();
        browser.driver.findElement(By.cssSelector(EDITOR + " td[data-element-id='rule-pass-out2']")).click();
        browser.wait.until(d -> cell.getText().trim().equals(value));
    }

    /** Waits until the reason dialog's checks are done and returns its confirm button. */
    private WebElement checked() {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ly='reason-confirm'][data-checked='true']")));
    }

    private void reveal(String css) {
        ((JavascriptExecutor) browser.driver).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
    }

    private String text(String css) {
        Object text = ((JavascriptExecutor) browser.driver).executeScript(
                "const node = document.querySelector(arguments[0]); return node ? node.innerText : '';", css);
        return String.valueOf(text);
    }

    private ProcessInstance readyForAcceptance(String village, String township, String firstSecretary, String county, String leader) {
        ProcessInstance instance = driver.startCase(village, township);
        driver.complete(instance, "Task_ScreenVillage", township, screening());
        driver.complete(instance, "Task_ConfirmWeakBranch", county, confirm("CONFIRM"));
        driver.complete(instance, "Task_AssignFourOnes", county, fourOnes(leader, firstSecretary));
        driver.complete(instance, "Task_DraftPlan", firstSecretary, plan());
        driver.complete(instance, "Task_ApprovePlan", township, review("APPROVE"));
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        driver.complete(instance, "Task_ReportProgress", firstSecretary, progress("DONE"));
        return instance;
    }

    private ProcessInstance accepted(String village, String township, String firstSecretary, String county, String leader, double score) {
        ProcessInstance instance = readyForAcceptance(village, township, firstSecretary, county, leader);
        driver.complete(instance, "Task_RequestAcceptance", township, requestAcceptance());
        driver.complete(instance, "Task_AcceptCase", county, acceptance(score, 0.1));
        assertThat(decided(instance)).isEqualTo("PASS");
        return instance;
    }

    /** The latest acceptance result the engine decided for the case. */
    private String decided(ProcessInstance instance) {
        data.actAsSystem();
        HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
                .decisionDefinitionKey(TABLE).includeOutputs().orderByEvaluationTime().desc().list().get(0);
        return decision.getOutputs().stream().filter(o -> o.getVariableName().equals("acceptanceResult")).findFirst().orElseThrow()
                .getValue().toString();
    }

    private String definitionOf(ProcessInstance instance) {
        data.actAsSystem();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
    }

    private static Path changedProcess() {
        try {
            Path file = Path.of("target", "policy-walk", "weak-branch-rectification.bpmn");
            Files.createDirectories(file.getParent());
            return Files.writeString(file, RectificationModels.renamedAndExtended(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clean() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        managementService.createBatchQuery().list().forEach(b -> managementService.deleteBatch(b.getId(), true));
        List<String> decisions = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(TABLE).list().stream()
                .map(HistoricDecisionInstance::getId).toList();
        if (!decisions.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(decisions);
        }
        data.reset();
    }
}
