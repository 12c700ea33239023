package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.org.CountyRules;
import cn.lingyan.policy.PolicyDeployments.Change;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county's policy owner changes its county's rules and nobody else's: the acceptance pass score raised to 80 in
 * 雁鸣县 decides 雁鸣县's cases while 鹤山县 keeps the shared 70; every change is logged with its reason and versions;
 * a roll-back deploys the earlier version again; uploads that could run code, and callers without the right, are refused
 * with nothing deployed.
 */
@EngineTest
class PolicyDeploymentsTest {

    private static final String YANMING_VILLAGE = "990101001001";
    private static final String HESHAN_VILLAGE = "990102001001";

    @Autowired PolicyDeployments deployments;
    @Autowired PolicyCatalogue catalogue;
    @Autowired PolicyLog log;
    @Autowired CountyRules countyRules;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestData data;

    private long deploymentsBefore;

    @BeforeEach
    void setUp() {
        data.reset();
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
    }

    @AfterEach
    void removeWorkbenchDeployments() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        data.reset();
    }

    @Test
    void aCountysOwnPassScoreDecidesItsCasesAndLeavesTheOtherCountyAlone() throws IOException {
        Change change = data.as("yanming-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(80)), "县委组织部文件：验收合格线提高到80分"));

        assertThat(change.tenantId()).isEqualTo("990101");
        assertThat(change.versionsBefore()).singleElement().asString().contains("acceptance-decision v1").contains("全省通用");
        assertThat(change.versionsAfter()).singleElement().asString().contains("acceptance-decision v1").contains("本县");
        assertThat(decide(YANMING_VILLAGE, 75)).isEqualTo("FAIL");
        assertThat(decide(HESHAN_VILLAGE, 75)).isEqualTo("PASS");
        assertThat(decide(YANMING_VILLAGE, 85)).isEqualTo("PASS");
        assertThat((String) countyRules.evaluate("acceptance-decision", YANMING_VILLAGE, inputs(75)).getSingleResult().getEntry("acceptanceResult"))
                .isEqualTo("FAIL");
        assertThat((String) countyRules.evaluate("acceptance-decision", HESHAN_VILLAGE, inputs(75)).getSingleResult().getEntry("acceptanceResult"))
                .isEqualTo("PASS");
        // the scoring form's rule text follows each county's table in force
        assertThat(countyRules.ruleText("acceptance-decision", YANMING_VILLAGE)).contains("得分80分及以上").doesNotContain("70分及以上");
        assertThat(countyRules.ruleText("acceptance-decision", HESHAN_VILLAGE)).contains("得分70分及以上");

        PolicyChangeRow row = log.findByDeployment(change.deploymentId());
        assertThat(row.actor()).isEqualTo("yanming-zzb");
        assertThat(row.kind()).isEqualTo("DEPLOY");
        assertThat(row.tenantId()).isEqualTo("990101");
        assertThat(row.reason()).isEqualTo("县委组织部文件：验收合格线提高到80分");
        assertThat(row.resources()).isEqualTo("acceptance-decision.dmn");
        assertThat(data.as("yanming-zzb", () -> catalogue.inForce(null))).filteredOn(e -> e.key().equals("acceptance-decision"))
                .singleElement().satisfies(e -> {
                    assertThat(e.own()).isTrue();
                    assertThat(e.reason()).isEqualTo(row.reason());
                });
        assertThat(data.as("heshan-zzb", () -> catalogue.inForce(null))).filteredOn(e -> e.key().equals("acceptance-decision"))
                .singleElement().satisfies(e -> assertThat(e.own()).isFalse());
    }

    @Test
    void aRollBackDeploysTheEarlierVersionAgainAsTheNewest() throws IOException {
        Change first = data.as("yanming-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(80)), "合格线提高到80分"));
        data.as("yanming-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(90)), "合格线提高到90分"));
        assertThat(decide(YANMING_VILLAGE, 85)).isEqualTo("FAIL");
        String firstVersion = repositoryService.createDecisionDefinitionQuery().deploymentId(first.deploymentId()).singleResult().getId();

        Change back = data.as("yanming-zzb", () -> deployments.rollback(firstVersion, "90分过高，恢复80分"));

        assertThat(back.versionsAfter()).singleElement().asString().contains("v3");
        assertThat(decide(YANMING_VILLAGE, 85)).isEqualTo("PASS");
        assertThat(log.findByDeployment(back.deploymentId()).kind()).isEqualTo("ROLLBACK");
        assertThat(data.as("yanming-zzb", () -> catalogue.changes(null))).extracting(PolicyChangeRow::reason)
                .containsExactly("90分过高，恢复80分", "合格线提高到90分", "合格线提高到80分");
    }

    @Test
    void aCountyReturnsToTheSharedDefaultAsItsOwnNewestVersionUntilItAdoptsTheNextOne() {
        Change own = data.as("yanming-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(80)), "县委组织部文件：验收合格线提高到80分"));
        String shared = latestShared();

        Change back = data.as("yanming-zzb", () -> deployments.rollback(shared, "恢复执行全省通用验收标准"));

        assertThat(back.tenantId()).isEqualTo("990101");
        assertThat(back.versionsAfter()).singleElement().asString().contains("acceptance-decision v2").contains("本县");
        assertThat(decide(YANMING_VILLAGE, 75)).isEqualTo("PASS");
        assertThat(countyRules.hasOwnDecision("990101", "acceptance-decision")).isTrue();
        assertThat(log.findByDeployment(back.deploymentId())).satisfies(row -> {
            assertThat(row.kind()).isEqualTo("ROLLBACK");
            assertThat(row.tenantId()).isEqualTo("990101");
            assertThat(row.actor()).isEqualTo("yanming-zzb");
        });
        // a later change of the shared default reaches 鹤山县, and 雁鸣县 only once it adopts it in turn
        data.as("admin", () -> deployments.deploy(null, List.of(acceptanceTable(60)), "全省统一调整合格线为60分"));
        assertThat(decide(HESHAN_VILLAGE, 65)).isEqualTo("PASS");
        assertThat(decide(YANMING_VILLAGE, 65)).isEqualTo("FAIL");
        String next = latestShared();
        data.as("yanming-zzb", () -> deployments.rollback(next, "采用全省新的验收标准"));
        assertThat(decide(YANMING_VILLAGE, 65)).isEqualTo("PASS");
        // the administrator adopts a shared version for a county by naming it; a county's version stays in its county
        data.as("admin", () -> deployments.rollback(shared, "鹤山县暂按原全省标准执行", "990102"));
        assertThat(decide(HESHAN_VILLAGE, 65)).isEqualTo("FAIL");
        String yanmingVersion = repositoryService.createDecisionDefinitionQuery().deploymentId(own.deploymentId()).singleResult().getId();
        assertThatThrownBy(() -> data.as("admin", () -> deployments.rollback(yanmingVersion, "把雁鸣县的标准给鹤山县", "990102")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20019");
    }

    private String latestShared() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult().getId();
    }

    @Test
    void aShippedVersionRolledBackIsNamedByItsFileNotItsClasspathFolders() {
        var shipped = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision")
                .withoutTenantId().orderByDecisionDefinitionVersion().asc().list().get(0);

        Change back = data.as("admin", () -> deployments.rollback(shipped.getId(), "全省恢复发布时的版本"));

        assertThat(back.resources()).containsExactly("acceptance-decision.dmn");
        assertThat(log.findByDeployment(back.deploymentId()).resources()).isEqualTo("acceptance-decision.dmn");
        assertThat(repositoryService.getDeploymentResourceNames(back.deploymentId())).containsExactly("acceptance-decision.dmn");
    }

    @Test
    void onlyACountysPolicyOwnerChangesItsRulesAndOnlyTheAdministratorTheDefault() throws IOException {
        Upload table = acceptanceTable(80);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> deployments.deploy(null, List.of(table), "乡镇想改合格线")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("dongpo-zb", () -> deployments.deploy(null, List.of(table), "村里想改合格线")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("yanming-zzb", () -> deployments.deploy("990102", List.of(table), "替鹤山县改合格线")))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("990102");
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> catalogue.inForce(null))).isInstanceOf(OutOfScopeException.class);
        Change province = data.as("admin", () -> deployments.deploy(null, List.of(table), "全省统一调整合格线"));
        assertThat(province.tenantId()).isNull();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
    }

    @Test
    void aCountyCannotReadAnotherCountysOwnVersion() throws IOException {
        Change heshan = data.as("heshan-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(60)), "鹤山县调低合格线"));
        String heshanVersion = repositoryService.createDecisionDefinitionQuery().deploymentId(heshan.deploymentId()).singleResult().getId();

        assertThatThrownBy(() -> data.as("yanming-zzb", () -> catalogue.content(heshanVersion))).isInstanceOf(OutOfScopeException.class);
        assertThat(data.as("yanming-zzb", () -> catalogue.versions("DECISION", "acceptance-decision", null)))
                .noneMatch(e -> "990102".equals(e.tenantId()));
        assertThat(data.as("heshan-zzb", () -> catalogue.content(heshanVersion)).text()).contains("&gt;= 60");
    }

    @Test
    void anUploadThatCouldRunCodeOrGivesNoReasonIsRefusedAndNothingIsDeployed() throws IOException {
        String script = new String(acceptanceTable(80).content(), StandardCharsets.UTF_8)
                .replace("<text>score</text>", "<text>java.lang.Runtime.getRuntime().exec('id')</text>")
                .replace("typeRef=\"double\">\n          <text>java", "typeRef=\"double\" expressionLanguage=\"javascript\">\n          <text>java");
        assertThatThrownBy(() -> data.as("yanming-zzb", () -> deployments.deploy(null,
                List.of(new Upload("acceptance-decision.dmn", script.getBytes(StandardCharsets.UTF_8))), "试图加入脚本")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20019").hasMessageContaining("javascript");
        assertThatThrownBy(() -> data.as("yanming-zzb", () -> deployments.deploy(null, List.of(acceptanceTable(80)), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("变更理由");
        assertThatThrownBy(() -> data.as("yanming-zzb", () -> deployments.deploy(null,
                List.of(new Upload("run.groovy", "x".getBytes(StandardCharsets.UTF_8))), "上传脚本文件")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只能上传");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(log.findChanges(null, 10)).isEmpty();
    }

    @Test
    void everyShippedModelPassesTheUploadCheck() throws IOException {
        UploadSafety safety = uploadSafety;
        try (var files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(safety.check(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
            }
        }
        try (var files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(safety.check(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @Autowired UploadSafety uploadSafety;

    /** Runs the acceptance table through a business rule task of a case of {@code village}, as the process does. */
    private String decide(String village, int score) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("policy-probe").camundaHistoryTimeToLive(1).startEvent()
                .businessRuleTask("Task_Decide").camundaDecisionRef("acceptance-decision").camundaDecisionRefBinding("latest")
                .camundaDecisionRefTenantId("${countyRules.tenant(execution)}").camundaMapDecisionResult("singleResult")
                .camundaResultVariable("acceptance").userTask("Task_Wait").endEvent().done();
        Deployment probe = repositoryService.createDeployment().addModelInstance("policy-probe.bpmn", model).deploy();
        try {
            Map<String, Object> variables = new java.util.HashMap<>(inputs(score));
            variables.put("villageCode", village);
            ProcessInstance instance = runtimeService.createProcessInstanceByKey("policy-probe").setVariables(variables).execute();
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) runtimeService.getVariable(instance.getId(), "acceptance");
            return (String) result.get("acceptanceResult");
        } finally {
            repositoryService.deleteDeployment(probe.getId(), true);
        }
    }

    private static Map<String, Object> inputs(int score) {
        return Map.of("score", score, "unsatisfiedRatio", 0.1, "allTasksClosed", true);
    }

    private static Upload acceptanceTable(int passScore) {
        try {
            String table = Files.readString(Path.of("processes/rectification/acceptance-decision.dmn"))
                    .replace("<text>&gt;= 70</text>", "<text>&gt;= " + passScore + "</text>")
                    .replace("得分70分及以上", "得分" + passScore + "分及以上");
            return new Upload("acceptance-decision.dmn", table.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
