package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.org.CountyRules;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.policy.PolicyShipment.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A redeploy of the application (a start with the files of processes/ and forms/) as {@link ShippedModels} makes it,
 * simulated by handing {@link PolicyShipment} the shipped files, changed where a release changes them: unchanged files
 * deploy nothing; a changed table is deployed alone, a changed form with its process; a newer shared version the
 * administrator deployed in the workbench is kept and the release logged in 变更记录, until the administrator adopts
 * it; a county's own version is never touched.
 */
@EngineTest
class PolicyShipmentTest {

    private static final String YANMING_VILLAGE = "990101001001";
    private static final String HESHAN_VILLAGE = "990102001001";
    private static final String TABLE = "acceptance-decision.dmn";

    @Autowired PolicyShipment shipment;
    @Autowired ShippedModels shippedModels;
    @Autowired PolicyDeployments deployments;
    @Autowired PolicyLog log;
    @Autowired CountyRules countyRules;
    @Autowired RepositoryService repositoryService;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    private Set<String> deploymentsBefore;
    private List<Map<String, Object>> shipmentsBefore;

    @BeforeEach
    void setUp() {
        data.reset();
        deploymentsBefore = repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).collect(Collectors.toSet());
        shipmentsBefore = jdbc.queryForList("SELECT * FROM ly_policy_shipment");
    }

    /** Back to the state of the application's own start: its deployments and what it recorded of them. */
    @AfterEach
    void restoreTheStartState() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().list().stream().filter(d -> !deploymentsBefore.contains(d.getId()))
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        jdbc.update("DELETE FROM ly_policy_shipment");
        shipmentsBefore.forEach(row -> jdbc.update("INSERT INTO ly_policy_shipment (unit_name, fingerprint, outcome, deployment_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?)", row.get("UNIT_NAME"), row.get("FINGERPRINT"), row.get("OUTCOME"), row.get("DEPLOYMENT_ID"),
                row.get("UPDATED_AT")));
        data.reset();
    }

    @Test
    void theApplicationShipsItsModelsItselfModelByModel() throws Exception {
        assertThat(repositoryService.createDeploymentQuery().deploymentName(PolicyShipment.STARTER_NAME).count()).isZero();
        assertThat(repositoryService.createDeploymentQuery().deploymentSource(PolicyShipment.SOURCE).count()).isPositive();
        long files;
        try (var processes = Files.walk(Path.of("processes")); var forms = Files.walk(Path.of("forms"))) {
            files = processes.filter(Files::isRegularFile).count() + forms.filter(Files::isRegularFile).count();
        }
        assertThat(shippedModels.read()).hasSize((int) files);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_policy_shipment WHERE outcome = 'SHIPPED'", Integer.class))
                .isEqualTo(ShippedModel.of(shippedModels.read()).size());
    }

    @Test
    void aRestartWithUnchangedFilesDeploysNothing() {
        Result restart = shipment.ship(shippedModels.read());

        assertThat(restart.deploymentId()).isNull();
        assertThat(restart.shipped()).isEmpty();
        assertThat(restart.skipped()).isEmpty();
        assertThat(restart.unchanged()).contains(TABLE, "weak-branch-rectification.bpmn");
        assertThat(newDeployments()).isEmpty();
        assertThat(log.findChanges(null, 10)).isEmpty();
    }

    @Test
    void aChangedTableIsShippedAloneAndOnce() {
        int process = latestSharedProcess("weak-branch-rectification").getVersion();
        int table = latestSharedTable().getVersion();

        Result release = shipment.ship(release(TABLE, passScore(75)));

        assertThat(release.shipped()).containsExactly(TABLE);
        assertThat(repositoryService.getDeploymentResourceNames(release.deploymentId())).containsExactly(TABLE);
        assertThat(latestSharedTable().getVersion()).isEqualTo(table + 1);
        assertThat(latestSharedProcess("weak-branch-rectification").getVersion()).isEqualTo(process);
        assertThat(decide(HESHAN_VILLAGE, 72)).isEqualTo("FAIL");
        assertThat(log.findByDeployment(release.deploymentId())).satisfies(row -> {
            assertThat(row.kind()).isEqualTo("SHIPPED");
            assertThat(row.actor()).isEqualTo("system");
            assertThat(row.reason()).isEqualTo("随应用发布");
            assertThat(row.tenantId()).isNull();
            assertThat(row.resources()).isEqualTo(TABLE);
            assertThat(row.versionsBefore()).contains("acceptance-decision v" + table + "（");
            assertThat(row.versionsAfter()).contains("acceptance-decision v" + (table + 1) + "（");
        });

        Result restart = shipment.ship(release(TABLE, passScore(75)));

        assertThat(restart.deploymentId()).isNull();
        assertThat(latestSharedTable().getVersion()).isEqualTo(table + 1);
        assertThat(newDeployments()).hasSize(1);
    }

    @Test
    void aChangedFormIsShippedWithItsProcessAndTheProcesssOtherForms() {
        int process = latestSharedProcess("weak-branch-rectification").getVersion();

        Result release = shipment.ship(release("rectification-accept-case.form", text -> text.replaceFirst("\"label\": \"", "\"label\": \"（新）")));

        assertThat(release.shipped()).containsExactly("weak-branch-rectification.bpmn");
        ProcessDefinition shipped = latestSharedProcess("weak-branch-rectification");
        assertThat(shipped.getVersion()).isEqualTo(process + 1);
        assertThat(shipped.getDeploymentId()).isEqualTo(release.deploymentId());
        ModelFile model = ModelFile.read("weak-branch-rectification.bpmn", bytes(repositoryService.getResourceAsStream(release.deploymentId(),
                "weak-branch-rectification.bpmn")));
        assertThat(repositoryService.getDeploymentResourceNames(release.deploymentId()))
                .hasSize(1 + model.formsUsed().size()).contains("rectification-accept-case.form", "rectification-start.form");
    }

    @Test
    void aNewerVersionFromTheWorkbenchIsKeptAndTheReleaseLoggedUntilTheAdministratorAdoptsIt() {
        PolicyDeployments.Change workbench = data.as("admin", () -> deployments.deploy(null, List.of(table(passScore(90))), "全省统一提高到90分"));
        int inForce = latestSharedTable().getVersion();

        Result unchanged = shipment.ship(shippedModels.read());
        assertThat(unchanged.deploymentId()).isNull();

        Result release = shipment.ship(release(TABLE, passScore(75)));

        assertThat(release.deploymentId()).isNull();
        assertThat(release.skipped()).containsExactly(TABLE);
        assertThat(latestSharedTable().getDeploymentId()).isEqualTo(workbench.deploymentId());
        assertThat(decide(HESHAN_VILLAGE, 85)).isEqualTo("FAIL");
        List<PolicyChangeRow> skipped = skippedRows();
        assertThat(skipped).singleElement().satisfies(row -> {
            assertThat(row.deploymentId()).isNull();
            assertThat(row.tenantId()).isNull();
            assertThat(row.actor()).isEqualTo("system");
            assertThat(row.reason()).isEqualTo("应用发布时保留了规则与流程管理中部署的较新版本；随应用发布的文件未部署，可在规则与流程管理中比较后部署");
            assertThat(row.resources()).isEqualTo(TABLE);
            assertThat(row.versionsBefore()).contains("acceptance-decision v" + inForce + "（").contains("全省通用");
        });

        Result restart = shipment.ship(release(TABLE, passScore(75)));
        assertThat(restart.skipped()).containsExactly(TABLE);
        assertThat(skippedRows()).hasSize(1);

        Result nextRelease = shipment.ship(release(TABLE, passScore(76)));
        assertThat(nextRelease.skipped()).containsExactly(TABLE);
        assertThat(skippedRows()).hasSize(2);

        // the administrator compares and deploys the released file in the workbench: it is then the application's again
        data.as("admin", () -> deployments.deploy(null, List.of(table(passScore(76))), "采用随应用发布的验收标准"));
        Result adopted = shipment.ship(release(TABLE, passScore(76)));
        assertThat(adopted.deploymentId()).isNull();
        assertThat(adopted.unchanged()).contains(TABLE);

        Result later = shipment.ship(release(TABLE, passScore(77)));
        assertThat(later.shipped()).containsExactly(TABLE);
        assertThat(decide(HESHAN_VILLAGE, 76)).isEqualTo("FAIL");
        assertThat(skippedRows()).hasSize(2);
    }

    @Test
    void theAdministratorsRollBackToAnOlderVersionIsKeptToo() {
        Result release = shipment.ship(release(TABLE, passScore(75)));
        String older = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .list().stream().filter(d -> !d.getDeploymentId().equals(release.deploymentId()))
                .max(java.util.Comparator.comparing(DecisionDefinition::getVersion)).orElseThrow().getId();
        data.as("admin", () -> deployments.rollback(older, "75分不合适，恢复原标准"));

        Result nextRelease = shipment.ship(release(TABLE, passScore(78)));

        assertThat(nextRelease.skipped()).containsExactly(TABLE);
        assertThat(decide(HESHAN_VILLAGE, 72)).isEqualTo("PASS");
    }

    @Test
    void aReleaseNeverTouchesACountysOwnVersion() {
        PolicyDeployments.Change county = data.as("yanming-zzb", () -> deployments.deploy(null, List.of(table(passScore(80))), "县委组织部文件：合格线80分"));

        Result release = shipment.ship(release(TABLE, passScore(75)));

        assertThat(release.shipped()).containsExactly(TABLE);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(release.deploymentId()).singleResult().getTenantId()).isNull();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").tenantIdIn("990101")
                .latestVersion().singleResult().getDeploymentId()).isEqualTo(county.deploymentId());
        assertThat(decide(YANMING_VILLAGE, 78)).isEqualTo("FAIL");
        assertThat(decide(HESHAN_VILLAGE, 78)).isEqualTo("PASS");
        assertThat(decide(HESHAN_VILLAGE, 72)).isEqualTo("FAIL");
    }

    @Test
    void theStartersLastDeploymentCountsAsShippedOnTheFirstStart() {
        // the starter shipped the table at 75 after the application's own start: a start without a record of it
        // compares with what the starter shipped last
        jdbc.update("DELETE FROM ly_policy_shipment WHERE unit_name = ?", TABLE);
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 60_000));
        try {
            repositoryService.createDeployment().name(PolicyShipment.STARTER_NAME).addInputStream("/srv/lingyan/processes/rectification/" + TABLE,
                    new java.io.ByteArrayInputStream(table(passScore(75)).content())).deploy();
        } finally {
            ClockUtil.reset();
        }
        int version = latestSharedTable().getVersion();

        Result firstStart = shipment.ship(release(TABLE, passScore(75)));

        assertThat(firstStart.deploymentId()).isNull();
        assertThat(firstStart.unchanged()).contains(TABLE);
        assertThat(latestSharedTable().getVersion()).isEqualTo(version);
        assertThat(log.findShipment(TABLE).outcome()).isEqualTo("SHIPPED");
    }

    @Test
    void aFirstStartsFilesFitTheChangeLog() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shippedModels.read().forEach(file -> names.add(file.name()));
        }

        String text = PolicyShipment.fit(names, "、");

        assertThat(text).hasSizeLessThanOrEqualTo(2000).startsWith(names.get(0) + "、").endsWith("…等" + names.size() + "项");
        assertThat(PolicyShipment.fit(List.of(TABLE, "relapse-decision.dmn"), "、")).isEqualTo(TABLE + "、relapse-decision.dmn");
    }

    private List<PolicyChangeRow> skippedRows() {
        return log.findChanges(null, 50).stream().filter(r -> r.kind().equals("SKIPPED_AT_STARTUP")).toList();
    }

    private List<String> newDeployments() {
        return repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).filter(id -> !deploymentsBefore.contains(id)).toList();
    }

    /** The shipped files with {@code name} changed as a release changes it. */
    private List<ModelFile> release(String name, UnaryOperator<String> change) {
        List<ModelFile> files = new ArrayList<>();
        for (ModelFile file : shippedModels.read()) {
            files.add(file.name().equals(name) ? ModelFile.read(name, change.apply(file.text()).getBytes(StandardCharsets.UTF_8)) : file);
        }
        return files;
    }

    private Upload table(UnaryOperator<String> change) {
        ModelFile file = shippedModels.read().stream().filter(f -> f.name().equals(TABLE)).findFirst().orElseThrow();
        return new Upload(TABLE, change.apply(file.text()).getBytes(StandardCharsets.UTF_8));
    }

    private static UnaryOperator<String> passScore(int score) {
        return text -> text.replace("<text>&gt;= 70</text>", "<text>&gt;= " + score + "</text>").replace("得分70分及以上", "得分" + score + "分及以上");
    }

    private String decide(String village, int score) {
        return (String) countyRules.evaluate("acceptance-decision", village, Map.of("score", score, "unsatisfiedRatio", 0.1, "allTasksClosed", true))
                .getSingleResult().getEntry("acceptanceResult");
    }

    private DecisionDefinition latestSharedTable() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult();
    }

    private ProcessDefinition latestSharedProcess(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion().singleResult();
    }

    private static byte[] bytes(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
