package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import cn.lingyan.WebappSession;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
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
 * A county with its own version of a process or table, over HTTP as the demo users: 雁鸣县's people start only the
 * county's version (a start of the shared one is refused with LY-20021 and writes nothing; Tasklist's start list shows
 * them the county's version only) while 鹤山县 keeps the shared one; 雁鸣县's policy owner returns to the shared default
 * by rolling back to a shared version, which becomes the county's newest own version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class CountyVersionRestIT {

    static final String DONGPO = "990101001001";
    static final String GAOQIAO = "990102001001";
    static final String START_LIST = "/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15";
    static final String START_COUNT = "/camunda/api/engine/engine/default/process-definition/count?latest=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true";

    @Autowired TestRestTemplate http;
    @Autowired TestData data;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

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
    void aCountyWithItsOwnProcessStartsOnlyThatVersion() {
        String shared = sharedVersion("weak-branch-rectification");
        assertThat(ids(startList("qingshan-dw"))).contains(shared);
        ResponseEntity<String> deployed = policy.post("/api/policy/deployments", Map.of("reason", "县委组织部文件：排查后增加乡镇复核",
                "files", List.of(Map.of("name", "weak-branch-rectification.bpmn", "text", RectificationModels.renamedAndExtended()))));
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        String own = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification").tenantIdIn("990101")
                .latestVersion().singleResult().getId();

        ResponseEntity<String> refused = qingshan.post("/engine-rest/process-definition/" + shared + "/start", start(DONGPO));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(RestActor.mapOf(refused)).containsEntry("code", 20021);
        assertThat((String) RestActor.mapOf(refused).get("message")).startsWith("【LY-20021】雁鸣县已启用本县的").contains("全省通用版本");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_rect_case", Integer.class)).isZero();
        // a start by key names the tenant: without it, the key means the shared version
        ResponseEntity<String> byKey = qingshan.post("/engine-rest/process-definition/key/weak-branch-rectification/start", start(DONGPO));
        assertThat(byKey.getStatusCode()).as(byKey.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(RestActor.mapOf(byKey)).containsEntry("code", 20021);
        // the same through Tasklist's door
        HttpResponse<String> viaTasklist = WebappSession.login(port, "qingshan-dw", "demo").post(
                "/camunda/api/engine/engine/default/process-definition/" + shared + "/submit-form", start(DONGPO));
        assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(409);
        assertThat(viaTasklist.body()).contains("\"code\":20021");

        ResponseEntity<String> county = qingshan.post("/engine-rest/process-definition/key/weak-branch-rectification/tenant-id/990101/start",
                start(DONGPO));
        assertThat(county.getStatusCode()).as(county.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(RestActor.mapOf(county)).containsEntry("definitionId", own);
        ResponseEntity<String> other = songlin.post("/engine-rest/process-definition/key/weak-branch-rectification/start", start(GAOQIAO));
        assertThat(other.getStatusCode()).as(other.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(RestActor.mapOf(other)).containsEntry("definitionId", shared);

        // Tasklist's start dialog: 雁鸣县 sees its own version only, 鹤山县 the shared one; the count agrees with the list
        List<Map<String, Object>> yanming = startList("qingshan-dw");
        assertThat(ids(yanming)).contains(own).doesNotContain(shared);
        assertThat(ids(startList("songlin-dw"))).contains(shared).doesNotContain(own);
        assertThat(count("qingshan-dw")).isEqualTo(yanming.size());
        assertThat(ids(startList("songlin-dw"))).hasSize(count("songlin-dw"));
    }

    @Test
    void aCountyReturnsToTheSharedDefaultByRollingBackToIt() throws Exception {
        String table = Files.readString(Path.of("processes/rectification/acceptance-decision.dmn"))
                .replace("<text>&gt;= 70</text>", "<text>&gt;= 80</text>").replace("得分70分及以上", "得分80分及以上");
        ResponseEntity<String> own = policy.post("/api/policy/deployments", Map.of("reason", "县委组织部文件：验收合格线提高到80分",
                "files", List.of(Map.of("name", "acceptance-decision.dmn", "text", table))));
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> versions = RestActor.listOf(policy.get("/api/policy/versions?kind=DECISION&key=acceptance-decision"));
        String shared = (String) versions.stream().filter(v -> Boolean.FALSE.equals(v.get("own"))).findFirst().orElseThrow().get("definitionId");

        assertRefused(policy.post("/api/policy/rollback", Map.of("definitionId", shared)), HttpStatus.BAD_REQUEST, 20019);
        assertRefused(qingshan.post("/api/policy/rollback", Map.of("definitionId", shared, "reason", "乡镇想恢复全省标准")),
                HttpStatus.FORBIDDEN, 20004);
        assertRefused(heshanPolicy.post("/api/policy/rollback", Map.of("definitionId", shared, "reason", "替雁鸣县恢复全省标准",
                "county", "990101")), HttpStatus.FORBIDDEN, 20004);
        ResponseEntity<String> back = policy.post("/api/policy/rollback", Map.of("definitionId", shared, "reason", "恢复执行全省通用验收标准"));

        assertThat(back.getStatusCode()).as(back.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> change = RestActor.mapOf(back);
        assertThat(change).containsEntry("tenantId", "990101").containsEntry("resources", List.of("acceptance-decision.dmn"));
        assertThat(change.get("versionsBefore").toString()).contains("acceptance-decision v1").contains("本县");
        assertThat(change.get("versionsAfter").toString()).contains("acceptance-decision v2").contains("本县");
        String adopted = (String) RestActor.listOf(policy.get("/api/policy/definitions")).stream()
                .filter(d -> "acceptance-decision".equals(d.get("key"))).findFirst().orElseThrow().get("definitionId");
        assertThat(RestActor.mapOf(policy.get("/api/policy/definitions/" + adopted + "/content")).get("text"))
                .isEqualTo(RestActor.mapOf(policy.get("/api/policy/definitions/" + shared + "/content")).get("text"));
        assertThat(RestActor.listOf(policy.get("/api/policy/changes"))).first().satisfies(row -> assertThat(row)
                .containsEntry("kind", "ROLLBACK").containsEntry("tenantId", "990101").containsEntry("actor", "yanming-zzb")
                .containsEntry("reason", "恢复执行全省通用验收标准"));
    }

    private List<Map<String, Object>> startList(String user) {
        HttpResponse<String> list = WebappSession.login(port, user, "demo").get(START_LIST);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return read(list.body(), new TypeReference<>() {});
    }

    private int count(String user) {
        HttpResponse<String> count = WebappSession.login(port, user, "demo").get(START_COUNT);
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return (Integer) read(count.body(), new TypeReference<Map<String, Object>>() {}).get("count");
    }

    private String sharedVersion(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion().singleResult().getId();
    }

    private static List<Object> ids(List<Map<String, Object>> definitions) {
        return definitions.stream().map(d -> d.get("id")).toList();
    }

    private static Map<String, Object> start(String village) {
        return Map.of("variables", RestActor.variables(Map.of("villageCode", village)));
    }

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status, int code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(RestActor.mapOf(response).get("code")).isEqualTo(code);
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return new ObjectMapper().readValue(body, type);
        } catch (Exception e) {
            throw new IllegalStateException("Not the JSON expected: " + body, e);
        }
    }

    private RestActor as(String user) {
        return new RestActor(http, user, "demo");
    }
}
