package cn.lingyan.deliberation;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 四议两公开 end to end over HTTP as the demo village users and the township (never admin): registration, the
 * merged meeting, the members' and villagers' assemblies with a quorum failure, both disclosures with the township
 * review and the supervision committee; the register by village, township and county; bad meeting data. Runs on
 * H2 and, in the mariadb Maven profile, on MariaDB via Connector/J.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class DeliberationRestIT {

    static final String START = "/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form";

    @Autowired TestRestTemplate http;
    @Autowired TestData data;

    RestActor branch, committees, supervision, qingshan, baishui, county, xinghua;

    @BeforeEach
    void setUp() {
        data.reset();
        branch = as("dongpo-zb");
        committees = as("dongpo-lw");
        supervision = as("dongpo-jd");
        qingshan = as("qingshan-dw");
        baishui = as("baishui-dw");
        county = as("yanming-zzb");
        xinghua = as("xinghua-lw");
    }

    @Test
    void aVillageTakesAMatterFromRegistrationToTheResultsDisclosureAndTheTownshipSeesIt() {
        String instance = registerMatter();
        submit(committees, instance, joint(meeting(9, 8, 7, 1, 0)));
        submit(branch, instance, review(meeting(40, 12, 12, 0, 0)));
        // the meeting lacked a quorum: the same task comes back with a notice
        String again = RestActor.single(branch.tasks("?processInstanceId=" + instance));
        assertThat(branch.get("/engine-rest/task/" + again + "/form-variables").getBody()).contains("未达到法定人数");
        submit(branch, instance, review(meeting(40, 30, 25, 5, 0)));
        submit(committees, instance, resolution(meeting(600, 400, 300, 50, 50), "ADULTS"));
        submit(committees, instance, disclosure(LocalDate.now().minusDays(7)));
        submit(qingshan, instance, postingReview("CONFIRMED"));
        submit(supervision, instance, supervision());
        submit(committees, instance, results(LocalDate.now().minusDays(7)));
        submit(qingshan, instance, postingReview("CONFIRMED"));

        assertThat(RestActor.listOf(county.get("/engine-rest/process-instance?processInstanceId=" + instance))).isEmpty();
        List<Map<String, Object>> township = RestActor.listOf(qingshan.get("/api/deliberation/matters"));
        assertThat(township).singleElement().satisfies(m -> assertThat(m).containsEntry("outcome", "COMPLETED")
                .containsEntry("resolvingBody", "VILLAGERS_ASSEMBLY").containsEntry("title", "村道硬化工程"));
        long id = ((Number) township.get(0).get("id")).longValue();
        Map<String, Object> detail = RestActor.mapOf(qingshan.get("/api/deliberation/matters/" + id));
        assertThat((List<?>) detail.get("meetings")).hasSize(4);
        assertThat((List<?>) detail.get("disclosures")).hasSize(2);
        assertThat((List<?>) detail.get("supervision")).hasSize(1);
        assertThat(RestActor.listOf(county.get("/api/deliberation/matters"))).hasSize(1);
        assertThat(RestActor.listOf(branch.get("/api/deliberation/matters?unit=" + DONGPO))).hasSize(1);

        assertThat(RestActor.listOf(baishui.get("/api/deliberation/matters"))).isEmpty();
        assertThat(baishui.get("/api/deliberation/matters/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(xinghua.get("/api/deliberation/matters?unit=990101001").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.anonymous(http).get("/api/deliberation/matters").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badMeetingDataIsRefusedWithACodeAndChangesNothing() {
        String instance = registerMatter();
        String taskId = RestActor.single(committees.tasks("?processInstanceId=" + instance));
        Map<String, Map<String, Object>> bad = Map.of(
                "实到人数10多于应到人数9", joint(meeting(9, 10, 7, 1, 0)),
                "合计9多于实到人数8", joint(meeting(9, 8, 7, 1, 1)),
                "不能小于0", joint(meeting(9, 8, -1, 1, 0)),
                "晚于今天", joint(with(meeting(9, 8, 7, 1, 0), "meetingDate", LocalDate.now().plusDays(2).toString())));
        bad.forEach((message, values) -> {
            ResponseEntity<String> refused = committees.submit(taskId, values);
            assertThat(refused.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) RestActor.mapOf(refused).get("message")).as(refused.getBody()).contains(message);
        });
        ResponseEntity<String> tooMany = committees.submit(taskId, joint(meeting(9, 10, 7, 1, 0)));
        assertThat(RestActor.mapOf(tooMany)).containsEntry("code", 20016);
        long id = ((Number) RestActor.listOf(committees.get("/api/deliberation/matters")).get(0).get("id")).longValue();
        assertThat((List<?>) RestActor.mapOf(committees.get("/api/deliberation/matters/" + id)).get("meetings")).isEmpty();
        assertThat(RestActor.single(committees.tasks("?processInstanceId=" + instance))).isEqualTo(taskId);

        // other villages and the township do not register this village's matters
        assertThat(xinghua.post(START, RestActor.form(register("PUBLIC_WORKS", false, true, false))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(qingshan.post(START, RestActor.form(register("PUBLIC_WORKS", false, true, false))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    String registerMatter() {
        ResponseEntity<String> started = branch.post(START, RestActor.form(register("PUBLIC_WORKS", false, true, false)));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) RestActor.mapOf(started).get("id");
    }

    void submit(RestActor actor, String instance, Map<String, Object> values) {
        String taskId = RestActor.single(actor.tasks("?processInstanceId=" + instance));
        ResponseEntity<String> response = actor.submit(taskId, values);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }



    RestActor as(String user) {
        return new RestActor(http, user, "demo");
    }
}
