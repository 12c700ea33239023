package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.policy.ReplayReport.Change;
import cn.lingyan.refusal.OutOfScopeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 回放: real acceptance decisions were taken in 雁鸣县 and 鹤山县 by business rule tasks of cases; a draft raising the pass
 * score from 70 to 80 reports exactly the caller's county's cases scored in [70, 80) as changing from PASS to FAIL,
 * with their inputs and village; each county sees only its own history; a township may not replay.
 */
@EngineTest
class PolicyReplayTest {

    private static final String DONGPO = "990101001001";
    private static final String GAOQIAO = "990102001001";

    @Autowired PolicyReplay replay;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired TestData data;

    private Deployment probe;
    private final Map<String, Double> yanmingScores = new HashMap<>();

    @BeforeEach
    void decideInBothCounties() {
        data.reset();
        List<String> earlier = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("acceptance-decision").list()
                .stream().map(HistoricDecisionInstance::getId).toList();
        if (!earlier.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(earlier);
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess("policy-replay-probe").camundaHistoryTimeToLive(1).startEvent()
                .businessRuleTask("Task_Decide").camundaDecisionRef("acceptance-decision").camundaDecisionRefBinding("latest")
                .camundaDecisionRefTenantId("${countyRules.tenant(execution)}").camundaMapDecisionResult("singleResult")
                .camundaResultVariable("acceptance").userTask("Task_Wait").endEvent().done();
        probe = repositoryService.createDeployment().addModelInstance("policy-replay-probe.bpmn", model).deploy();
        for (double score : new double[] {60, 70, 75, 79.5, 80, 90}) {
            yanmingScores.put(decide(DONGPO, score), score);
        }
        for (double score : new double[] {65, 72, 78, 85}) {
            decide(GAOQIAO, score);
        }
    }

    @AfterEach
    void removeProbe() {
        data.reset();
        repositoryService.deleteDeployment(probe.getId(), true);
        ClockUtil.reset();
    }

    @Test
    void aHigherPassScoreChangesExactlyTheCountysCasesBetweenTheOldAndTheNewScore() {
        ReplayReport report = data.as("yanming-zzb", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 0));

        assertThat(report.county()).isEqualTo("990101");
        assertThat(report.months()).isEqualTo(12);
        assertThat(report.evaluations()).isEqualTo(6);
        assertThat(report.replayed()).isEqualTo(6);
        assertThat(report.changed()).isEqualTo(3);
        assertThat(report.failed()).isZero();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.changes()).extracting(c -> yanmingScores.get(c.processInstanceId())).containsExactly(70.0, 75.0, 79.5);
        assertThat(report.changes()).allSatisfy(change -> {
            assertThat(change.county()).isEqualTo("990101");
            assertThat(change.villageName()).isEqualTo("东坡村");
            assertThat(change.businessKey()).startsWith(DONGPO + "-probe-");
            assertThat(change.caseTitle()).isEqualTo("东坡村验收试点");
            assertThat(change.evaluatedAt()).isBefore(Instant.now().plusSeconds(1));
            assertThat(change.inputs()).containsEntry("allTasksClosed", true).containsEntry("unsatisfiedRatio", 0.1)
                    .containsEntry("score", yanmingScores.get(change.processInstanceId()));
            assertThat(result(change.before())).isEqualTo("PASS");
            assertThat(result(change.after())).isEqualTo("FAIL");
            assertThat(change.rulesBefore()).containsExactly("rule-pass");
            assertThat(change.rulesAfter()).containsExactly("rule-score-below-70");
        });
    }

    @Test
    void eachCountySeesOnlyItsOwnHistoryAndTheAdministratorEveryCounty() {
        ReplayReport heshan = data.as("heshan-zzb", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 12));
        assertThat(heshan.evaluations()).isEqualTo(4);
        assertThat(heshan.changes()).extracting(Change::villageName).containsExactly("高桥村", "高桥村");
        assertThat(heshan.changes()).extracting(c -> c.inputs().get("score")).containsExactly(72.0, 78.0);
        assertThat(heshan.changes()).extracting(Change::county).containsOnly("990102");

        ReplayReport all = data.as("admin", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 12));
        assertThat(all.county()).isNull();
        assertThat(all.evaluations()).isEqualTo(10);
        assertThat(all.changed()).isEqualTo(5);
        assertThat(data.as("admin", () -> replay.replay("990102", Drafts.acceptance(80), "acceptance-decision", 12)).changed())
                .isEqualTo(2);
    }

    @Test
    void theTableAsDeployedChangesNothing() {
        ReplayReport report = data.as("yanming-zzb", () -> replay.replay(null, Drafts.acceptance(70), "acceptance-decision", 12));

        assertThat(report.evaluations()).isEqualTo(6);
        assertThat(report.changed()).isZero();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void onlyTheWindowAskedForIsReplayed() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(500, ChronoUnit.DAYS)));
        decide(DONGPO, 71);
        ClockUtil.reset();

        assertThat(data.as("yanming-zzb", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 12)).changed())
                .isEqualTo(3);
        assertThat(data.as("yanming-zzb", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 24)).changed())
                .isEqualTo(4);
    }

    @Test
    void aDraftThatCannotDecideIsReportedAsFailing() {
        String broken = Drafts.acceptance(80).replace("<text>&gt;= 80</text>", "<text>&gt;= = 80</text>");

        ReplayReport report = data.as("yanming-zzb", () -> replay.replay(null, broken, "acceptance-decision", 12));

        // FIRST: every case reaches the broken entry (no ratio over half, all tasks closed)
        assertThat(report.failed()).isEqualTo(6);
        assertThat(report.changed()).isEqualTo(6);
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.error()).isNotBlank());
    }

    @Test
    void aTownshipAnotherCountysOwnerAndAVillageMayNotReplay() {
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 12)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("yanming-zzb", () -> replay.replay("990102", Drafts.acceptance(80), "acceptance-decision", 12)))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("990102");
        assertThatThrownBy(() -> data.as("dongpo-zb", () -> replay.replay(null, Drafts.acceptance(80), "acceptance-decision", 12)))
                .isInstanceOf(OutOfScopeException.class);
    }

    /** A case of {@code village} whose acceptance score is {@code score}; its process instance id. */
    private String decide(String village, double score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("villageCode", village);
        variables.put("score", score);
        variables.put("unsatisfiedRatio", 0.1);
        variables.put("allTasksClosed", true);
        if (village.equals(DONGPO)) {
            variables.put("caseTitle", "东坡村验收试点");
        }
        return runtimeService.createProcessInstanceByKey("policy-replay-probe").businessKey(village + "-probe-" + score)
                .setVariables(variables).execute().getId();
    }

    @SuppressWarnings("unchecked")
    private static Object result(Object outcome) {
        return ((List<Map<String, Object>>) outcome).get(0).get("acceptanceResult");
    }
}
