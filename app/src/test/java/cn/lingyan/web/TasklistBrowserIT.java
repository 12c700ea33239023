package cn.lingyan.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Tasklist in a real headless Chromium with a Chinese browser language: the demo users see the zh-CN UI and
 * their unit's filters, complete a Camunda Form, and get the server's refusal of data the form alone cannot
 * judge. Screenshots under target/browser-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class TasklistBrowserIT {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TestData data;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired cn.lingyan.approval.TaskReminders reminders;

    Browser browser;

    @BeforeEach
    void setUp() {
        data.reset();
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void villageCommitteeSeesChineseTasklistAndGetsTheServersRefusalThenCompletesTheMeeting() {
        String instance = registerMatter();

        browser.loginToTasklist("dongpo-lw");
        String page = browser.page();
        assertThat(page).contains(Browser.label("tasklist", "START_PROCESS")).contains("本村待办").contains("即将到期")
                .doesNotContain("Start process");
        browser.openFilter("本村待办");
        browser.openTask("村党组织提议并经“两委”商议");
        browser.screenshot("tasklist-01-meeting-form");
        // the form widget's own messages are Chinese too
        browser.typeInto(browser.field("minutes"), "草稿");
        browser.field("minutes").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        browser.wait.until(d -> browser.page().contains("此项为必填项"));

        fillMeeting(9, 10, 7, 1, 0);
        browser.screenshot("tasklist-02-filled");
        browser.clickButton(Browser.label("tasklist", "COMPLETE"));
        browser.wait.until(d -> browser.notifications().contains("实到人数10多于应到人数9"));
        assertThat(browser.notifications()).contains("LY-20016");
        browser.screenshot("tasklist-02-server-refusal");
        assertThat(tasksOf("dongpo-lw", instance)).hasSize(1);

        browser.type("presentCount", 8);
        browser.clickButton(Browser.label("tasklist", "COMPLETE"));
        browser.wait.until(d -> tasksOf("dongpo-lw", instance).isEmpty());
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
        browser.screenshot("tasklist-03-completed");
        assertThat(tasksOf("dongpo-zb", instance)).singleElement()
                .satisfies(task -> assertThat(task.get("name")).isEqualTo("党员大会审议"));
    }

    @Test
    void aReturnedTaskComesBackToItsAuthorWithTheReason() {
        String instance = registerMatter();
        RestActor committees = new RestActor(http, "dongpo-lw", "demo");
        String joint = (String) tasksOf("dongpo-lw", instance).get(0).get("id");
        committees.post("/engine-rest/task/" + joint + "/claim", Map.of("userId", "dongpo-lw"));
        assertThat(committees.submit(joint, Map.of("noticeDate", LocalDate.now().minusDays(15).toString(), "meetingDate",
                LocalDate.now().minusDays(1).toString(), "dueCount", 9, "presentCount", 8, "yesCount", 7, "noCount", 1,
                "abstainCount", 0, "minutes", "举手表决", "proposalText", "提议实施村道硬化", "deliberationText", "方案"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        browser.loginToTasklist("dongpo-zb");
        browser.openFilter("本村待办");
        browser.openTask("党员大会审议");
        browser.openTab("审批意见与操作");
        browser.hook("btn-return").click();
        browser.typeInto(browser.hook("return-reason"), "会议纪要缺少表决情况，请补充");
        browser.screenshot("tasklist-04-return-reason");
        browser.hook("confirm").click();
        browser.wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-ly='message']")).isEmpty());
        assertThat(tasksOf("dongpo-zb", instance)).isEmpty();

        browser.loginToTasklist("dongpo-lw");
        browser.openFilter("本村待办");
        browser.openTask("村党组织提议并经“两委”商议");
        browser.openTab("审批意见与操作");
        browser.wait.until(d -> browser.hook("timeline").getText().contains("会议纪要缺少表决情况"));
        assertThat(browser.hook("timeline").getText()).contains("退回");
        browser.screenshot("tasklist-05-returned-with-reason");
        assertThat(tasksOf("dongpo-lw", instance)).singleElement().satisfies(t -> assertThat(t).containsEntry("assignee", "dongpo-lw"));
    }

    @Test
    void evidenceTransferCopyWithdrawAndAnOverdueNoticeInTheApprovalPanel() throws Exception {
        ensureSecondClerk();
        String instance = registerMatter();
        String joint = (String) tasksOf("dongpo-lw", instance).get(0).get("id");

        browser.loginToTasklist("dongpo-lw");
        browser.openFilter("本村待办");
        browser.openTask("村党组织提议并经“两委”商议");
        browser.openTab("审批意见与操作");
        java.nio.file.Path minutes = java.nio.file.Files.createTempFile("会议纪要", ".pdf");
        java.nio.file.Files.write(minutes, "%PDF-1.4\n两委联席会议纪要\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("[data-ly='attachment-file']")).sendKeys(minutes.toString());
        browser.hook("attachment-upload").click();
        browser.wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-ly='attachment-item']")).isEmpty());
        String href = browser.hook("attachment-link").getAttribute("href");
        Object downloaded = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ':' + b.byteLength)));", href);
        assertThat(downloaded).isEqualTo("200:" + java.nio.file.Files.size(minutes));
        browser.screenshot("tasklist-06-evidence");

        browser.hook("btn-cc").click();
        browser.typeInto(browser.hook("cc-extra"), "qingshan-dw");
        browser.hook("confirm").click();
        browser.wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-ly='message']")).isEmpty());

        browser.hook("btn-transfer").click();
        new org.openqa.selenium.support.ui.Select(browser.hook("transfer-user")).selectByValue("dongpo-lw2");
        browser.typeInto(browser.hook("transfer-reason"), "本人外出学习，请代为组织会议");
        browser.screenshot("tasklist-07-transfer");
        browser.hook("confirm").click();
        browser.wait.until(d -> "dongpo-lw2".equals(tasksOf("dongpo-lw2", instance).get(0).get("assignee")));

        // the new assignee completes the step, then takes it back while the next step is untouched
        RestActor second = new RestActor(http, "dongpo-lw2", "demo");
        assertThat(second.submit(joint, Map.of("noticeDate", LocalDate.now().minusDays(15).toString(), "meetingDate",
                LocalDate.now().minusDays(1).toString(), "dueCount", 9, "presentCount", 8, "yesCount", 7, "noCount", 1,
                "abstainCount", 0, "minutes", "举手表决", "proposalText", "提议", "deliberationText", "方案")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        browser.loginToTasklist("dongpo-lw2");
        browser.hook("navbar-link").click();
        browser.hook("withdraw-btn").click();
        browser.typeInto(browser.hook("withdraw-reason"), "表决人数填错，撤回重填");
        browser.screenshot("tasklist-08-withdraw");
        browser.hook("withdraw-confirm").click();
        browser.wait.until(d -> tasksOf("dongpo-lw2", instance).stream().anyMatch(t -> "Task_ProposeAndDeliberate".equals(
                t.get("taskDefinitionKey")) && "dongpo-lw2".equals(t.get("assignee"))));

        // the township got the copy; a task past due shows up in the notifications
        String back = (String) tasksOf("dongpo-lw2", instance).get(0).get("id");
        data.actAsSystem();
        taskService.setDueDate(back, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        reminders.scan();
        browser.loginToTasklist("dongpo-lw2");
        browser.wait.until(d -> browser.hook("navbar-badge").getText().matches("[1-9]\\d*"));
        browser.hook("navbar-link").click();
        browser.wait.until(d -> browser.hook("notifications").getText().contains("请尽快办理"));
        assertThat(browser.hook("notifications").getText()).contains("超期");
        browser.screenshot("tasklist-09-overdue-notice");
        browser.loginToTasklist("qingshan-dw");
        browser.hook("navbar-link").click();
        browser.wait.until(d -> browser.hook("cc-list").getText().contains("村道硬化工程"));
    }

    @Test
    void theTownshipConfirmsTwoDisclosuresInOneBatch() {
        String first = toResolutionReview("村道硬化工程");
        String second = toResolutionReview("修建文化广场");

        browser.loginToTasklist("qingshan-dw");
        browser.hook("navbar-link").click();
        browser.hook("batch-all").click();
        browser.typeInto(browser.hook("batch-note"), "公开规范，公示期满无投诉");
        browser.screenshot("tasklist-10-batch");
        browser.hook("batch-submit").click();
        browser.wait.until(d -> browser.hook("batch-result").getText().split("已办理", -1).length == 3);
        browser.screenshot("tasklist-11-batch-done");
        assertThat(tasksOf("qingshan-dw", first)).isEmpty();
        assertThat(tasksOf("qingshan-dw", second)).isEmpty();
        assertThat(tasksOf("dongpo-jd", first)).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("村务监督委员会监督实施"));
    }

    @Test
    void cockpitSpeaksChineseToo() {
        browser.login("cockpit", "admin", "admin");
        browser.wait.until(d -> browser.page().contains(Browser.label("cockpit", "COCKPIT_PROCESSES")));
        assertThat(browser.page()).contains(Browser.label("cockpit", "COCKPIT_DECISIONS")).doesNotContain("Running Process Instances");
        browser.screenshot("cockpit-01-dashboard");
    }

    /** A matter taken over REST up to the township's review of its posted resolution. */
    private String toResolutionReview(String title) {
        RestActor branch = new RestActor(http, "dongpo-zb", "demo");
        RestActor committees = new RestActor(http, "dongpo-lw", "demo");
        var started = branch.post("/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "990101001001", "matterKind", "PUBLIC_WORKS",
                        "matterTitle", title, "matterDescription", "说明", "amount", 1000, "affectedHouseholds", 10,
                        "matterSource", "VILLAGER_SUGGESTION", "secretaryHeadsCommittee", true))));
        String instance = (String) RestActor.mapOf(started).get("id");
        Map<String, Object> meeting = Map.of("noticeDate", LocalDate.now().minusDays(15).toString(), "meetingDate",
                LocalDate.now().minusDays(1).toString(), "dueCount", 9, "presentCount", 8, "yesCount", 7, "noCount", 1,
                "abstainCount", 0, "minutes", "举手表决");
        submitNext(committees, instance, with(meeting, "proposalText", "提议", "deliberationText", "方案"));
        submitNext(branch, instance, with(meeting, "reviewOpinion", "同意"));
        submitNext(committees, instance, with(meeting, "quorumBasis", "ADULTS", "resolutionText", "同意"));
        submitNext(committees, instance, Map.of("disclosureContent", "决议内容", "disclosurePlace", "公开栏",
                "disclosureEvidence", "照片", "postedDate", LocalDate.now().minusDays(7).toString()));
        return instance;
    }

    private void submitNext(RestActor actor, String instance, Map<String, Object> values) {
        String taskId = (String) actor.tasks("?processInstanceId=" + instance).get(0).get("id");
        assertThat(actor.submit(taskId, values).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> with(Map<String, Object> values, Object... pairs) {
        Map<String, Object> copy = new java.util.HashMap<>(values);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private void ensureSecondClerk() {
        if (identityService.createUserQuery().userId("dongpo-lw2").count() == 0) {
            org.camunda.bpm.engine.identity.User user = identityService.newUser("dongpo-lw2");
            user.setFirstName("东坡村");
            user.setLastName("村“两委”文书");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership("dongpo-lw2", "990101001001-committees");
        }
    }

    private void fillMeeting(int due, int present, int yes, int no, int abstain) {
        browser.date("noticeDate", LocalDate.now().minusDays(15).toString());
        browser.date("meetingDate", LocalDate.now().minusDays(1).toString());
        browser.type("dueCount", due);
        browser.type("presentCount", present);
        browser.type("yesCount", yes);
        browser.type("noCount", no);
        browser.type("abstainCount", abstain);
        browser.type("minutes", "宣读方案，逐项讨论，举手表决");
        browser.type("proposalText", "提议实施村道硬化");
        browser.type("deliberationText", "村集体出资40%，申请上级补助60%");
    }

    private String registerMatter() {
        RestActor branch = new RestActor(http, "dongpo-zb", "demo");
        var started = branch.post("/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "990101001001", "matterKind", "PUBLIC_WORKS",
                        "matterTitle", "村道硬化工程", "matterDescription", "硬化三组至五组村道", "amount", 360000,
                        "affectedHouseholds", 126, "matterSource", "VILLAGER_SUGGESTION", "secretaryHeadsCommittee", true))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) RestActor.mapOf(started).get("id");
    }

    private List<Map<String, Object>> tasksOf(String user, String instance) {
        return new RestActor(http, user, "demo").tasks("?processInstanceId=" + instance);
    }
}
