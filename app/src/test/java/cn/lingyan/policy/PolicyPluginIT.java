package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.TestData;
import cn.lingyan.WebappSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench's resource through the Cockpit session, as its page calls it (on H2 and on MariaDB): a county's
 * policy owner reads what is in force, deploys a table with a reason and sees it in the change log; a refused deploy
 * answers the one refusal body and deploys nothing; a township is refused every call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class PolicyPluginIT {

    static final String API = "/camunda/api/cockpit/plugin/lingyan-policy/default";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired RepositoryService repositoryService;
    @Autowired PolicyLog log;

    @BeforeEach
    @AfterEach
    void removeWorkbenchDeployments() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        data.reset();
    }

    @Test
    void aPolicyOwnerDeploysThroughTheCockpitSessionAndATownshipIsRefused() throws IOException {
        WebappSession county = WebappSession.login(port, "cockpit", "yanming-zzb", "demo");
        assertThat(county.get(API + "/me").body()).contains("\"county\":\"990101\"").contains("雁鸣县");
        assertThat(county.get(API + "/definitions").body()).contains("\"key\":\"acceptance-decision\"").contains("全省通用");

        String table = Files.readString(Path.of("processes/rectification/acceptance-decision.dmn")).replace("&gt;= 70", "&gt;= 80");
        var refused = county.post(API + "/deployments", Map.of("reason", "短", "files", List.of(Map.of("name", "acceptance-decision.dmn", "text", table))));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":20019").contains("变更理由");
        assertThat(repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).count()).isZero();

        var deployed = county.post(API + "/deployments", Map.of("reason", "验收合格线提高到80分",
                "files", List.of(Map.of("name", "acceptance-decision.dmn", "text", table))));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        assertThat(deployed.body()).contains("\"tenantId\":\"990101\"").contains("acceptance-decision v1（1.0.0，本县）");
        assertThat(county.get(API + "/changes").body()).contains("验收合格线提高到80分").contains("雁鸣县 县委组织部").contains("\"scope\":\"本县\"");
        String versions = county.get(API + "/versions?kind=DECISION&key=acceptance-decision").body();
        assertThat(versions).contains("\"own\":true").contains("\"own\":false");

        String rectification = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification")
                .withoutTenantId().latestVersion().singleResult().getId();
        var forms = county.get(API + "/definitions/" + rectification + "/forms");
        assertThat(forms.statusCode()).isEqualTo(200);
        assertThat(forms.body()).contains("rectification-accept-case").contains("县委组织部验收评分");

        WebappSession township = WebappSession.login(port, "cockpit", "qingshan-dw", "demo");
        for (String path : List.of("/me", "/definitions", "/changes", "/definitions/" + rectification + "/content")) {
            var answer = township.get(API + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).contains("\"code\":20004");
        }
        assertThat(township.post(API + "/rollback", Map.of("definitionId", rectification, "reason", "乡镇想回滚")).statusCode()).isEqualTo(403);
        assertThat(WebappSession.login(port, "cockpit", null, null).get(API + "/definitions").statusCode()).isEqualTo(401);
    }

    @Test
    void theReviewTryAndMigrationCallsAnswerTheCountysOwnerRefuseATownshipAndLetTheAdministratorPickACounty() throws IOException {
        WebappSession county = WebappSession.login(port, "cockpit", "yanming-zzb", "demo");
        String table = Files.readString(Path.of("processes/rectification/acceptance-decision.dmn")).replace("&gt;= 70", "&gt;= 80");
        String shared = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult().getId();

        var preview = county.post(API + "/preview", Map.of("decisionKey", "acceptance-decision", "text", table,
                "inputs", Map.of("unsatisfiedRatio", "0.1", "allTasksClosed", "true", "score", "75")));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"ruleId\":\"rule-score-below-70\"").contains("FAIL");
        var replay = county.post(API + "/replay", Map.of("decisionKey", "acceptance-decision", "text", table, "months", 6));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).contains("\"county\":\"990101\"").contains("\"months\":6").contains("\"since\":\"20");
        var lint = county.post(API + "/lint", Map.of("name", "acceptance-decision.dmn", "text", table));
        assertThat(lint.statusCode()).isEqualTo(200);
        assertThat(lint.body()).contains("lingyan/annotation-values").contains("rule-pass");
        var diff = county.post(API + "/diff-draft", Map.of("definitionId", shared, "name", "acceptance-decision.dmn", "text", table));
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("\"before\":\">= 70\"").contains("\"after\":\">= 80\"");
        assertThat(county.get(API + "/diff?from=" + shared + "&to=" + shared).body()).contains("\"decisions\":[]");
        var unsafe = county.post(API + "/lint", Map.of("name", "x.bpmn", "text", "<definitions><script/></definitions>"));
        assertThat(unsafe.statusCode()).isEqualTo(400);
        assertThat(unsafe.body()).contains("\"code\":20019");

        String process = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification")
                .withoutTenantId().latestVersion().singleResult().getId();
        var sameVersion = county.post(API + "/migrations/plan", Map.of("source", process, "target", process));
        assertThat(sameVersion.statusCode()).isEqualTo(400);
        assertThat(sameVersion.body()).contains("\"code\":20020");
        assertThat(county.get(API + "/migrations/no-such-batch").statusCode()).isEqualTo(404);

        WebappSession township = WebappSession.login(port, "cockpit", "qingshan-dw", "demo");
        assertThat(township.post(API + "/preview", Map.of("decisionKey", "acceptance-decision", "text", table)).statusCode()).isEqualTo(403);
        assertThat(township.post(API + "/replay", Map.of("decisionKey", "acceptance-decision", "text", table)).statusCode()).isEqualTo(403);
        assertThat(township.post(API + "/lint", Map.of("name", "acceptance-decision.dmn", "text", table)).statusCode()).isEqualTo(403);
        assertThat(township.get(API + "/diff?from=" + shared + "&to=" + shared).statusCode()).isEqualTo(403);
        assertThat(township.post(API + "/migrations/plan", Map.of("source", process, "target", process)).statusCode()).isEqualTo(403);
        assertThat(township.post(API + "/migrations", Map.of("source", process, "target", process, "reason", "乡镇想迁移")).statusCode())
                .isEqualTo(403);
        var otherCounty = county.post(API + "/replay", Map.of("decisionKey", "acceptance-decision", "text", table, "county", "990102"));
        assertThat(otherCounty.statusCode()).isEqualTo(403);

        WebappSession admin = WebappSession.login(port, "cockpit", "admin", "admin");
        String me = admin.get(API + "/me").body();
        assertThat(me).contains("\"administrator\":true").contains("\"code\":\"990101\"").contains("\"name\":\"鹤山县\"");
        assertThat(admin.get(API + "/me?county=990102").body()).contains("\"county\":\"990102\"").contains("\"countyName\":\"鹤山县\"");
        assertThat(county.get(API + "/me").body()).contains("\"counties\":[]");
    }

    @Test
    void aCountyAdoptsASharedVersionAndTheChangeLogNamesEveryKind() throws IOException {
        WebappSession county = WebappSession.login(port, "cockpit", "yanming-zzb", "demo");
        String table = Files.readString(Path.of("processes/rectification/acceptance-decision.dmn")).replace("&gt;= 70", "&gt;= 80");
        assertThat(county.post(API + "/deployments", Map.of("reason", "验收合格线提高到80分",
                "files", List.of(Map.of("name", "acceptance-decision.dmn", "text", table)))).statusCode()).isEqualTo(200);
        String shared = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult().getId();

        var adopted = county.post(API + "/rollback", Map.of("definitionId", shared, "reason", "恢复执行全省通用验收标准"));

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.body()).contains("\"tenantId\":\"990101\"").contains("acceptance-decision v2（1.0.0，本县）");
        OffsetDateTime now = cn.lingyan.system.BeijingTime.now();
        log.insertChange(new PolicyChangeRow(null, "shipment-1", null, "SHIPPED", "system", "随应用发布", "acceptance-decision.dmn", "", "", now));
        log.insertChange(new PolicyChangeRow(null, null, null, "SKIPPED_AT_STARTUP", "system", PolicyShipment.SKIPPED_REASON,
                "relapse-decision.dmn", "", "", now));
        String changes = county.get(API + "/changes").body();
        assertThat(changes).contains("\"kind\":\"部署\",").contains("\"kind\":\"回滚\",").contains("\"kindCode\":\"ROLLBACK\"")
                .contains("\"kind\":\"随应用发布\",").contains("\"kind\":\"发布时未部署\",").contains("\"kindCode\":\"SKIPPED_AT_STARTUP\"")
                .contains("\"actorName\":\"系统\"").contains("恢复执行全省通用验收标准");
    }
}
