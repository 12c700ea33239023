package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.BatchDriver;
import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 迁移进行中的案件 over HTTP as the demo users: 雁鸣县's policy owner deploys its own version, checks, migrates and
 * follows the batch; its case goes on in the new version for the township, 鹤山县's stays; a township, another
 * county and bad requests are refused with their codes. Runs on H2 and MariaDB; only the job executor's part (running
 * the batch) goes through the engine's Java API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class PolicyMigrationRestIT {

    static final String DONGPO = "990101001001";
    static final String GAOQIAO = "990102001001";

    @Autowired TestRestTemplate http;
    @Autowired TestData data;
    @Autowired BatchDriver batches;
    @Autowired RepositoryService repositoryService;

    RestActor policy, qingshan, songlin, heshanPolicy;

    @BeforeEach
    void setUp() {
        data.reset();
        policy = as("yanming-zzb");
        qingshan = as("qingshan-dw");
        songlin = as("songlin-dw");
        heshanPolicy = as("heshan-zzb");
    }

    @AfterEach
    void removeWorkbenchDeployments() {
        data.removeWorkbenchDeployments();
    }

    @Test
    void aCountysPolicyOwnerMovesItsCasesToItsOwnVersionAndOthersAreRefused() {
        String dongpo = startCase(qingshan, DONGPO);
        String gaoqiao = startCase(songlin, GAOQIAO);
        ResponseEntity<String> deployed = policy.post("/api/policy/deployments", Map.of("reason", "县委组织部文件：排查后增加乡镇复核",
                "files", List.of(Map.of("name", "weak-branch-rectification.bpmn", "text", RectificationModels.renamedAndExtended()))));
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> versions = RestActor.listOf(policy.get("/api/policy/versions?kind=PROCESS&key=weak-branch-rectification"));
        String target = (String) versions.stream().filter(v -> Boolean.TRUE.equals(v.get("own"))).findFirst().orElseThrow().get("definitionId");
        String source = (String) versions.stream().filter(v -> Boolean.FALSE.equals(v.get("own"))).findFirst().orElseThrow().get("definitionId");
        Map<String, Object> pair = Map.of("source", source, "target", target);

        assertRefused(qingshan.post("/api/policy/migrations/plan", pair), HttpStatus.FORBIDDEN, 20004);
        assertRefused(heshanPolicy.post("/api/policy/migrations/plan", pair), HttpStatus.FORBIDDEN, 20004);
        ResponseEntity<String> checked = policy.post("/api/policy/migrations/plan", pair);
        assertThat(checked.getStatusCode()).as(checked.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> plan = RestActor.mapOf(checked);
        assertThat(plan).containsEntry("tenantId", "990101").containsEntry("instances", 1).containsEntry("blocked", 0)
                .containsEntry("planProblems", List.of());
        assertThat(listOf(plan.get("movable"))).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("processInstanceId", dongpo);
            assertThat((String) c.get("businessKey")).startsWith(DONGPO + "-");
        });
        assertThat(plan.get("activities")).isEqualTo(List.of(Map.of("activityId", "Task_ScreenVillage", "name", "乡镇党委逐村排查",
                "instances", 1, "mapped", true, "targetActivityId", "Task_ScreenVillage", "targetName", "乡镇党委逐村排查",
                "blocked", List.of())));

        assertRefused(policy.post("/api/policy/migrations", Map.of("source", source, "target", target, "reason", "迁移")),
                HttpStatus.BAD_REQUEST, 20020);
        assertRefused(policy.post("/api/policy/migrations", Map.of("source", "weak-branch-rectification:99:none", "target", target,
                "reason", "县委组织部文件")), HttpStatus.NOT_FOUND, 20010);
        assertRefused(qingshan.post("/api/policy/migrations", Map.of("source", source, "target", target, "reason", "乡镇想迁移案件")),
                HttpStatus.FORBIDDEN, 20004);
        ResponseEntity<String> migrated = policy.post("/api/policy/migrations",
                Map.of("source", source, "target", target, "reason", "县委组织部文件：在途案件改按本县流程办理"));
        assertThat(migrated.getStatusCode()).as(migrated.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> started = RestActor.mapOf(migrated);
        assertThat(started).containsEntry("tenantId", "990101").containsEntry("sourceDefinitionId", source)
                .containsEntry("targetDefinitionId", target).containsEntry("blocked", 0);
        assertThat(started.get("submitted")).isEqualTo(plan.get("movable"));
        String batch = (String) started.get("batchId");
        batches.run(batch);

        assertRefused(qingshan.get("/api/policy/migrations/" + batch), HttpStatus.FORBIDDEN, 20004);
        assertRefused(heshanPolicy.get("/api/policy/migrations/" + batch), HttpStatus.FORBIDDEN, 20004);
        assertThat(RestActor.mapOf(policy.get("/api/policy/migrations/" + batch))).containsEntry("done", true).containsEntry("total", 1)
                .containsEntry("moved", 1).containsEntry("failed", 0).containsEntry("pending", 0).containsEntry("failures", List.of());
        Map<String, Object> task = qingshan.tasks("?processInstanceId=" + dongpo).get(0);
        assertThat(task).containsEntry("processDefinitionId", target).containsEntry("taskDefinitionKey", "Task_ScreenVillage");
        assertThat(qingshan.submit((String) task.get("id"), RectificationForms.screening()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(qingshan.tasks("?processInstanceId=" + dongpo)).singleElement()
                .satisfies(next -> assertThat(next).containsEntry("name", "乡镇党委复核排查情况").containsEntry("processDefinitionId", target));
        assertThat(songlin.tasks("?processInstanceId=" + gaoqiao)).singleElement()
                .satisfies(other -> assertThat(other).containsEntry("processDefinitionId", source));
        assertThat(RestActor.listOf(policy.get("/api/policy/changes"))).anySatisfy(change -> assertThat(change)
                .containsEntry("kind", "MIGRATE").containsEntry("deploymentId", batch).containsEntry("actor", "yanming-zzb")
                .containsEntry("reason", "县委组织部文件：在途案件改按本县流程办理"));
    }

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status, int code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(RestActor.mapOf(response).get("code")).isEqualTo(code);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object json) {
        return (List<Map<String, Object>>) json;
    }

    private String startCase(RestActor actor, String villageCode) {
        ResponseEntity<String> started = actor.post("/engine-rest/process-definition/key/weak-branch-rectification/start",
                Map.of("variables", RestActor.variables(Map.of("villageCode", villageCode))));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return (String) RestActor.mapOf(started).get("id");
    }

    private RestActor as(String user) {
        return new RestActor(http, user, "demo");
    }
}
