package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The weak-branch loop end to end over HTTP as the demo role users (never admin): yearly screening →
 * confirmation → case → plan → rectification → acceptance → sign-off → look-back → closure, plus the
 * security and input refusals. Runs on H2 and, in the mariadb Maven profile, on MariaDB via Connector/J.
 * Only the passing of time (timers falling due) is driven through the engine's Java API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class RectificationRestIT {

    static final String DONGPO = "990101001001";
    static final String ZHUYUAN = "990101002003";

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired TestData data;

    RestActor county, qingshan, baishui, hongling, leader, dongpoSecretary, dongpoBranch;

    @BeforeEach
    void setUp() {
        data.reset();
        county = as("yanming-zzb");
        qingshan = as("qingshan-dw");
        baishui = as("baishui-dw");
        hongling = as("hongling-dw");
        leader = as("yanming-ld");
        dongpoSecretary = as("dongpo-sj");
        dongpoBranch = as("dongpo-zb");
    }

    @Test
    void anonymousAndWrongPasswordsGetNoData() {
        assertThat(RestActor.anonymous(http).get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestActor.anonymous(http).get("/engine-rest/process-definition").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestActor.anonymous(http).get("/api/rectification/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a user no other test logs in as: a failed login delays that user's next attempts (brute-force guard)
        assertThat(new RestActor(http, "jinsha-zb", "wrong").get("/engine-rest/task").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(qingshan.get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void countyDrivesACaseFromScreeningToClosure() {
        ResponseEntity<String> started = county.post("/engine-rest/process-definition/key/weak-branch-screening/start",
                Map.of("variables", RestActor.variables(Map.of("countyCode", "990101", "screeningYear", 2026))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String campaign = (String) RestActor.mapOf(started).get("id");

        for (RestActor township : List.of(qingshan, baishui, hongling)) {
            List<Map<String, Object>> tasks = township.tasks("?processInstanceId=" + campaign);
            assertThat(tasks).hasSize(1);
            String taskId = (String) tasks.get(0).get("id");
            List<Map<String, Object>> rows = screenings(township, taskId);
            assertThat(township.submit(taskId, Map.of("villageScreenings", rows, "screeningSummary", "已逐村排查")).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }

        String confirmTask = RestActor.single(county.tasks("?processInstanceId=" + campaign));
        List<Map<String, Object>> weakList = new ArrayList<>();
        for (Map<String, Object> item : jsonList(county, confirmTask, "weakList")) {
            Map<String, Object> copy = new HashMap<>(item);
            if (Boolean.TRUE.equals(copy.get("include"))) {
                copy.put("rootCause", "班子软弱涣散，𠮷字姓村民反映强烈");
            }
            weakList.add(copy);
        }
        assertThat(weakList).filteredOn(i -> Boolean.TRUE.equals(i.get("include"))).extracting(i -> i.get("villageCode"))
                .containsExactlyInAnyOrder(DONGPO, ZHUYUAN);
        assertThat(county.submit(confirmTask, Map.of("weakList", weakList)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the township sees its own village's case only; the county sees both
        List<Map<String, Object>> countyCases = RestActor.listOf(county.get("/api/rectification/cases"));
        assertThat(countyCases).extracting(c -> c.get("villageCode")).containsExactlyInAnyOrder(DONGPO, ZHUYUAN);
        assertThat(RestActor.listOf(qingshan.get("/api/rectification/cases"))).extracting(c -> c.get("villageCode"))
                .containsExactly(DONGPO);
        Number zhuyuanCase = (Number) countyCases.stream().filter(c -> ZHUYUAN.equals(c.get("villageCode"))).findFirst()
                .orElseThrow().get("id");
        assertThat(qingshan.get("/api/rectification/cases/" + zhuyuanCase).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(qingshan.get("/api/rectification/cases?unit=990101002").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Number dongpoCase = (Number) countyCases.stream().filter(c -> DONGPO.equals(c.get("villageCode"))).findFirst()
                .orElseThrow().get("id");
        assertThat(RestActor.mapOf(qingshan.get("/api/rectification/cases/" + dongpoCase)).get("caseRow").toString())
                .contains("𠮷字姓村民");

        String instance = caseInstance(DONGPO);
        complete(county, instance, RectificationForms.fourOnes("yanming-ld", "dongpo-sj"));
        complete(dongpoSecretary, instance, RectificationForms.plan());
        complete(qingshan, instance, RectificationForms.review("APPROVE"));

        fireTimer(instance, "Event_MonthlyReportDue");
        complete(dongpoSecretary, instance, RectificationForms.progress("DONE"));
        fireTimer(instance, "Event_LeaderVisitDue");
        assertThat(leader.tasks("?assignee=yanming-ld&processInstanceId=" + instance)).hasSize(1);
        complete(leader, instance, RectificationForms.visit());
        complete(qingshan, instance, RectificationForms.requestAcceptance());
        complete(county, instance, RectificationForms.acceptance(86, 0.12));
        complete(county, instance, RectificationForms.signOff());
        fireTimer(instance, "Event_ConsolidationElapsed");
        complete(qingshan, instance, RectificationForms.lookBack(false, 88));

        Map<String, Object> history = RestActor.mapOf(county.get("/api/rectification/cases/" + dongpoCase));
        assertThat(((Map<?, ?>) history.get("caseRow")).get("stage")).isEqualTo("CLOSED");
        assertThat(history.get("acceptanceResults")).isEqualTo(List.of("PASS"));
        for (RestActor actor : List.of(county, qingshan, leader, dongpoSecretary)) {
            assertThat(actor.tasks("?processInstanceId=" + instance)).isEmpty();
        }
    }

    @Test
    void usersSeeAndWorkOnlyTheirOwnUnitsTasks() {
        String instance = startCase(qingshan, DONGPO);
        String taskId = RestActor.single(qingshan.tasks("?processInstanceId=" + instance));

        assertThat(villageColumn(qingshan, taskId)).isEqualTo("东坡村");
        assertThat(baishui.tasks("?processInstanceId=" + instance)).isEmpty();
        assertThat(dongpoBranch.tasks("")).isEmpty();
        assertThat(baishui.get("/engine-rest/task/" + taskId).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(baishui.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "baishui-dw")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(baishui.submit(taskId, RectificationForms.screening()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(baishui.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.single(qingshan.tasks("?processInstanceId=" + instance))).isEqualTo(taskId);

        ResponseEntity<String> foreign = baishui.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "990101001002"))));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.mapOf(foreign).get("code")).isEqualTo(20004);
    }

    @Test
    void badInputIsRefusedWithACodeAndAChineseMessageAndChangesNothing() {
        // the start form's own rules are checked on the server too (12 digits) ...
        ResponseEntity<String> malformed = qingshan.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "99010100100X"))));
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) RestActor.mapOf(malformed).get("message")).startsWith("【LY-20001】").contains("「村级区划代码」格式不正确");
        // ... and then whether the village exists
        ResponseEntity<String> unknown = qingshan.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "990101001099"))));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(unknown)).containsEntry("code", 20002);
        assertThat((String) RestActor.mapOf(unknown).get("message")).startsWith("【LY-20002】村级区划代码");

        String instance = startCase(qingshan, DONGPO);
        ResponseEntity<String> duplicate = county.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", DONGPO))));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        String taskId = RestActor.single(qingshan.tasks("?processInstanceId=" + instance));
        Map<String, Object> values = RectificationForms.screening();
        values.put("satisfactionRate", 150);
        values.remove("screeningNote");
        for (String call : List.of("/submit-form", "/complete")) {
            ResponseEntity<String> refused = qingshan.post("/engine-rest/task/" + taskId + call,
                    Map.of("variables", RestActor.variables(values)));
            assertThat(refused.getStatusCode()).as(call).isEqualTo(HttpStatus.BAD_REQUEST);
            Map<String, Object> error = RestActor.mapOf(refused);
            assertThat(error).containsEntry("code", 20001);
            assertThat((String) error.get("message")).startsWith("【LY-20001】表单填写有误")
                    .contains("「群众满意度（%）」不能大于100").contains("「排查情况说明」为必填项");
        }
        // routing variables are the process's own: rewriting the village would hand the case to another township
        Map<String, Object> rerouted = RectificationForms.screening();
        rerouted.put("villageCode", "990101002001");
        ResponseEntity<String> protectedWrite = qingshan.submit(taskId, rerouted);
        assertThat(protectedWrite.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(protectedWrite)).containsEntry("code", 20011);
        assertThat(qingshan.call(org.springframework.http.HttpMethod.PUT, "/engine-rest/task/" + taskId + "/variables/villageCode",
                Map.of("value", "990101002001")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.single(qingshan.tasks("?processInstanceId=" + instance + "&processVariables=villageCode_eq_" + DONGPO)))
                .isEqualTo(taskId);

        assertThat(RestActor.single(qingshan.tasks("?processInstanceId=" + instance))).isEqualTo(taskId);
        assertThat(qingshan.get("/engine-rest/task/" + taskId + "/variables/satisfactionRate").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The 村 column Tasklist shows for the task in the user's unit filter (本村/本乡镇/本县待办), as the user sees it. */
    @SuppressWarnings("unchecked")
    private static Object villageColumn(RestActor actor, String taskId) {
        String filterId = (String) RestActor.listOf(actor.get("/engine-rest/filter?resourceType=Task")).stream()
                .filter(f -> String.valueOf(f.get("name")).matches("本.+待办")).findFirst().orElseThrow().get("id");
        Map<String, Object> page = RestActor.mapOf(actor.call(org.springframework.http.HttpMethod.POST,
                "/engine-rest/filter/" + filterId + "/list?maxResults=50", Map.of()));
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.get("_embedded")).get("task");
        Map<String, Object> task = tasks.stream().filter(t -> taskId.equals(t.get("id"))).findFirst().orElseThrow();
        List<Map<String, Object>> variables = (List<Map<String, Object>>) ((Map<String, Object>) task.get("_embedded")).get("variable");
        return variables.stream().filter(v -> "villageName".equals(v.get("name"))).findFirst().orElseThrow().get("value");
    }

    private List<Map<String, Object>> screenings(RestActor township, String taskId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> village : jsonList(township, taskId, "villageScreenings")) {
            Map<String, Object> row = new HashMap<>(village);
            row.putAll(Map.of("vacancyDays", 0, "secretaryStar", 4, "petitionCount", 1, "satisfactionRate", 85,
                    "collectiveIncome", 12.5));
            if (DONGPO.equals(village.get("villageCode"))) {
                row.put("vacancyDays", 100);
            }
            if (ZHUYUAN.equals(village.get("villageCode"))) {
                row.put("collectiveIncome", 0);
            }
            rows.add(row);
        }
        return rows;
    }

    /** A Json variable as Tasklist reads it for a form. */
    private static List<Map<String, Object>> jsonList(RestActor actor, String taskId, String name) {
        Map<String, Object> variable = RestActor.mapOf(actor.get("/engine-rest/task/" + taskId + "/variables/" + name + "?deserializeValue=false"));
        assertThat(variable).containsEntry("type", "Json");
        Object value = variable.get("value");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = value instanceof String text ? RestActor.listOf(ResponseEntity.ok(text))
                : (List<Map<String, Object>>) value;
        return list;
    }

    private String startCase(RestActor actor, String villageCode) {
        ResponseEntity<String> started = actor.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", villageCode))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) RestActor.mapOf(started).get("id");
    }

    private String caseInstance(String villageCode) {
        List<Map<String, Object>> tasks = county.tasks("?processDefinitionKey=weak-branch-rectification&processInstanceBusinessKey="
                + villageCode + "-" + LocalDate.now().getYear() + "-rectification");
        assertThat(tasks).hasSize(1);
        return (String) tasks.get(0).get("processInstanceId");
    }

    /** The actor's one open task in the instance, submitted with the values. */
    private void complete(RestActor actor, String instance, Map<String, Object> values) {
        String taskId = RestActor.single(actor.tasks("?processInstanceId=" + instance));
        ResponseEntity<String> response = actor.submit(taskId, values);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void fireTimer(String instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        managementService.executeJob(job.getId());
    }


    private RestActor as(String user) {
        return new RestActor(http, user, "demo");
    }
}
