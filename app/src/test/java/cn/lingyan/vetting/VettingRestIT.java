package cn.lingyan.vetting;

import static cn.lingyan.vetting.VettingForms.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The vetting end to end over HTTP as the demo role users (never admin): nomination by the village, the
 * township, the county and all eight departments in parallel, publication and filing; the person archive
 * with the identity number shown in full only to the county org department and the person's township;
 * the reserve register; bad input. Runs on H2 and, in the mariadb Maven profile, on MariaDB via Connector/J.
 * The job executor is off: the test runs due jobs itself (the departments' asynchronous continuations).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class VettingRestIT {

    static final String START = "/engine-rest/process-definition/key/secretary-candidate-vetting/submit-form";
    static final String ID = idNumber("19850312", "123");

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired TestData data;

    RestActor county, qingshan, baishui, dongpo, police;

    @BeforeEach
    void setUp() {
        data.reset();
        county = as("yanming-zzb");
        qingshan = as("qingshan-dw");
        baishui = as("baishui-dw");
        dongpo = as("dongpo-zb");
        police = as("yanming-ga");
    }

    @Test
    void villageTownshipCountyAndDepartmentsVetACandidateToFiling() {
        String instance = nominate(nomination("𠮷祥", ID));
        String taskId = vetToFiling(instance);

        assertThat(dongpo.tasks("?processInstanceId=" + instance)).isEmpty();
        assertThat(county.get("/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        List<Map<String, Object>> vettings = RestActor.listOf(dongpo.get("/api/vetting/vettings"));
        assertThat(vettings).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("outcome", "FILED").containsEntry("candidateName", "𠮷祥");
            assertThat(RestActor.json(v)).doesNotContain(ID);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArchiveShowsTheFullNumberOnlyToTheCountyAndTheOwnTownship() {
        String instance = nominate(nomination("陈晨", ID));
        // the department sees the candidate in its task, never the full number
        passVillageAndTownship(instance);
        launchJointReview(instance);
        String policeTask = RestActor.single(police.tasks("?processInstanceId=" + instance));
        ResponseEntity<String> variables = police.get("/engine-rest/task/" + policeTask + "/form-variables?deserializeValues=false");
        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).contains("990101********").doesNotContain(ID).contains("陈晨");
        // Tasklist submits each field with the type of the variable it loaded: never a Null type for a checklist
        Map<String, Object> formVariables = RestActor.mapOf(variables);
        assertThat((Map<String, Object>) formVariables.get("hitClauses")).containsEntry("type", "Json");
        assertThat((Map<String, Object>) formVariables.get("reviewResult")).containsEntry("type", "String");
        assertThat((Map<String, Object>) formVariables.get("departmentName")).containsEntry("value", "县公安局");
        assertThat(police.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).getBody()).doesNotContain(ID);
        assertThat(county.get("/engine-rest/history/detail?processInstanceId=" + instance).getBody()).doesNotContain(ID);

        long personId = ((Number) RestActor.listOf(county.get("/api/vetting/persons")).get(0).get("id")).longValue();
        assertThat(person(county, personId)).containsEntry("idNumber", ID).containsEntry("idNumberMasked", false);
        assertThat(person(qingshan, personId)).containsEntry("idNumber", ID);
        assertThat(person(police, personId)).containsEntry("idNumberMasked", true).containsEntry("idNumber", ResidentId.mask(ID));
        assertThat(person(dongpo, personId)).containsEntry("idNumberMasked", true);
        ResponseEntity<String> foreign = baishui.get("/api/vetting/persons/" + personId);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody()).doesNotContain(ID).doesNotContain("陈晨");
        assertThat(RestActor.listOf(baishui.get("/api/vetting/persons"))).isEmpty();
        assertThat(baishui.get("/api/vetting/persons?unit=990101001").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.anonymous(http).get("/api/vetting/persons").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        Map<String, Object> archive = RestActor.mapOf(county.get("/api/vetting/persons/" + personId));
        List<?> history = (List<?>) archive.get("vettings");
        assertThat(history).hasSize(1);
        assertThat(RestActor.json(history.get(0))).contains("JOINT_REVIEW_LAUNCHED").contains("县公安局");
    }

    @Test
    void badNominationsGetAClearErrorAndLeaveNothingHalfWritten() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? "1" : "0");
        ResponseEntity<String> checkDigit = dongpo.post(START, RestActor.form(nomination("李明", wrongCheck)));
        assertThat(checkDigit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(checkDigit)).containsEntry("code", 20012);
        assertThat((String) RestActor.mapOf(checkDigit).get("message")).contains("校验位").doesNotContain(wrongCheck);

        ResponseEntity<String> birth = dongpo.post(START, RestActor.form(with(nomination("李明", ID), "birthDate", "1985-03-21")));
        assertThat(birth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) RestActor.mapOf(birth).get("message")).contains("出生日期1985-03-21与公民身份号码中的出生日期不一致");

        ResponseEntity<String> missing = dongpo.post(START, RestActor.form(with(nomination("李明", ID), "candidateName", null, "residence", null)));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(missing)).containsEntry("code", 20001);
        assertThat((String) RestActor.mapOf(missing).get("message")).contains("「姓名」为必填项").contains("「户籍所在地」为必填项");

        assertThat(RestActor.listOf(county.get("/api/vetting/persons"))).isEmpty();
        assertThat(RestActor.listOf(county.get("/engine-rest/process-instance?processDefinitionKey=secretary-candidate-vetting")))
                .isEmpty();

        nominate(nomination("李明", ID));
        ResponseEntity<String> second = qingshan.post(START, RestActor.form(with(nomination("李明", ID), "vettingReason", "TRANSFER")));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(RestActor.mapOf(second)).containsEntry("code", 20013);
        assertThat(RestActor.listOf(county.get("/api/vetting/vettings"))).hasSize(1);

        ResponseEntity<String> foreign = baishui.post(START, RestActor.form(nomination("李明", idNumber("19900101", "345"))));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aFiledReserveEntersTheRegisterAndTheTownshipKeepsItsYearlyRecord() {
        String instance = nominate(with(nomination("周敏", idNumber("19920202", "246")), "vettingReason", "RESERVE"));
        vetToFiling(instance);

        Map<String, Object> register = RestActor.mapOf(county.get("/api/vetting/reserves"));
        List<Map<String, Object>> reserves = list(register.get("reserves"));
        assertThat(reserves).hasSize(1);
        long reserveId = ((Number) ((Map<?, ?>) reserves.get(0).get("reserve")).get("id")).longValue();
        assertThat(village(register, DONGPO)).containsEntry("active", 1).containsEntry("mature", 0).containsEntry("belowMinimum", true);
        assertThat(list(register.get("villages"))).hasSize(12).allSatisfy(v -> assertThat(v).containsEntry("belowTarget", true));

        Map<String, Object> year = new HashMap<>(Map.of("year", LocalDate.now().getYear(), "trainingDone", true,
                "shadowingDone", true, "chairedMeeting", true, "linkedHouseholds", 12, "note", "参加县委党校培训班"));
        ResponseEntity<String> foreign = baishui.post("/api/vetting/reserves/" + reserveId + "/records", year);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> negative = qingshan.post("/api/vetting/reserves/" + reserveId + "/records",
                with(year, "linkedHouseholds", -1));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) RestActor.mapOf(negative).get("message")).contains("联系农户数");
        ResponseEntity<String> garbled = qingshan.post("/api/vetting/reserves/" + reserveId + "/records",
                with(year, "linkedHouseholds", "很多"));
        assertThat(garbled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(garbled)).containsEntry("code", 20001);

        ResponseEntity<String> recorded = qingshan.post("/api/vetting/reserves/" + reserveId + "/records", year);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(RestActor.mapOf(recorded)).containsEntry("mature", true);
        register = RestActor.mapOf(qingshan.get("/api/vetting/reserves"));
        assertThat(village(register, DONGPO)).containsEntry("mature", 1).containsEntry("belowMinimum", false)
                .containsEntry("belowTarget", true);
        assertThat(list(register.get("villages"))).hasSize(4);
    }

    // ---------------------------------------------------------------- the steps, as Tasklist submits them

    String nominate(Map<String, Object> values) {
        ResponseEntity<String> started = dongpo.post(START, RestActor.form(values));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) RestActor.mapOf(started).get("id");
    }

    void passVillageAndTownship(String instance) {
        submit(dongpo, instance, villageCheck("PASS"));
        submit(qingshan, instance, townshipReview("PASS"));
    }

    void launchJointReview(String instance) {
        submit(county, instance, VettingForms.launch(Arrays.asList(DEPARTMENT_ROLES)));
    }

    /** From the village check to the county filing; returns the id of the last (filing) task. */
    String vetToFiling(String instance) {
        passVillageAndTownship(instance);
        launchJointReview(instance);
        for (String user : DEPARTMENT_USERS) {
            RestActor department = as(user);
            submit(department, instance, noHit());
            // a department sees no other department's task
            assertThat(department.tasks("?processInstanceId=" + instance)).isEmpty();
        }
        runDueJobs(instance);
        submit(dongpo, instance, notice(LocalDate.now().minusDays(6)));
        submit(qingshan, instance, noObjection());
        return submit(county, instance, filing());
    }

    String submit(RestActor actor, String instance, Map<String, Object> values) {
        String taskId = RestActor.single(actor.tasks("?processInstanceId=" + instance));
        ResponseEntity<String> response = actor.submit(taskId, values);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return taskId;
    }

    void runDueJobs(String instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instance).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    Map<String, Object> person(RestActor actor, long id) {
        ResponseEntity<String> response = actor.get("/api/vetting/persons/" + id);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) RestActor.mapOf(response).get("person");
        return person;
    }


    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Map<String, Object> village(Map<String, Object> register, String code) {
        return list(register.get("villages")).stream().filter(v -> code.equals(v.get("villageCode"))).findFirst().orElseThrow();
    }


    RestActor as(String user) {
        return new RestActor(http, user, "demo");
    }
}
