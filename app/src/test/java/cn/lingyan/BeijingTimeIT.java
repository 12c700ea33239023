package cn.lingyan;

import static cn.lingyan.deliberation.DeliberationForms.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every time the APIs print is Beijing time with its offset, and our tables hold Beijing wall-clock time, whatever the
 * zone of the JVM and of the database server (this suite's machine and its MariaDB run in UTC): on H2 and on MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
class BeijingTimeIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String PLUGIN = "/camunda/api/tasklist/plugin/lingyan-approval/default";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void theLedgerPrintsWhenACaseStartedInBeijingTimeWithItsOffset() throws Exception {
        RestActor township = new RestActor(http, "qingshan-dw", "demo");
        ResponseEntity<String> started = township.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", "990101001001"))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);

        JsonNode cases = JSON.readTree(township.get("/api/rectification/cases").getBody());
        assertThat(cases).hasSize(1);
        assertBeijingNow(cases.get(0).get("createdAt").asText());
        assertBeijingNow(cases.get(0).get("updatedAt").asText());
        assertThat(jdbc.queryForObject("SELECT created_at FROM ly_rect_case", LocalDateTime.class))
                .as("stored as Beijing wall-clock time, not the database server's").isCloseTo(LocalDateTime.now(BEIJING), within(2, ChronoUnit.MINUTES));
    }

    @Test
    void theTasklistPluginPrintsCommentsCopiesAndNotificationsInBeijingTime() throws Exception {
        RestActor branch = new RestActor(http, "dongpo-zb", "demo");
        RestActor committees = new RestActor(http, "dongpo-lw", "demo");
        String instance = (String) RestActor.mapOf(branch.post(
                "/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form",
                Map.of("variables", RestActor.variables(register("PUBLIC_WORKS", false, true, false))))).get("id");
        String task = (String) committees.tasks("?processInstanceId=" + instance).get(0).get("id");
        WebappSession lw = WebappSession.login(port, "dongpo-lw", "demo");
        assertThat(lw.post(PLUGIN + "/tasks/" + task + "/comments", Map.of("text", "下周二召开联席会议")).statusCode()).isEqualTo(204);
        assertThat(lw.post(PLUGIN + "/tasks/" + task + "/cc", Map.of("userIds", List.of("qingshan-dw"), "note", "请乡镇知悉"))
                .statusCode()).isEqualTo(204);

        List<String> times = new ArrayList<>();
        JSON.readTree(lw.get(PLUGIN + "/tasks/" + task + "/timeline").body()).forEach(entry -> times.add(entry.get("time").asText()));
        WebappSession township = WebappSession.login(port, "qingshan-dw", "demo");
        JSON.readTree(township.get(PLUGIN + "/cc").body()).forEach(copy -> times.add(copy.get("createdAt").asText()));
        JSON.readTree(township.get(PLUGIN + "/notifications").body()).forEach(note -> times.add(note.get("createdAt").asText()));
        assertThat(times).hasSizeGreaterThanOrEqualTo(3);
        for (String time : times) {
            assertBeijingNow(time);
        }
    }

    private static void assertBeijingNow(String printed) {
        assertThat(printed).as("an instant with the +08:00 offset").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00");
        OffsetDateTime time = OffsetDateTime.parse(printed);
        assertThat(time.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(time).isCloseTo(OffsetDateTime.now(), within(2, ChronoUnit.MINUTES));
    }
}
