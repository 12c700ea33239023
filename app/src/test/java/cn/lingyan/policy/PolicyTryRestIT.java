package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 试算 and 回放 over HTTP Basic as the counties' policy owners (never only as admin), on H2 and on MariaDB: a draft
 * pass score of 80 previewed, and replayed against acceptance decisions taken in both counties by cases' business rule
 * tasks; refusals with their status and code. The decisions themselves are taken through the engine's Java API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class PolicyTryRestIT {

    @Autowired TestRestTemplate http;
    @Autowired TestData data;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;

    private RestActor yanming;
    private RestActor heshan;
    private RestActor qingshan;
    private Deployment probe;

    @BeforeEach
    void setUp() {
        data.reset();
        yanming = new RestActor(http, "yanming-zzb", "demo");
        heshan = new RestActor(http, "heshan-zzb", "demo");
        qingshan = new RestActor(http, "qingshan-dw", "demo");
    }

    @AfterEach
    void tearDown() {
        data.reset();
        if (probe != null) {
            repositoryService.deleteDeployment(probe.getId(), true);
        }
    }

    @Test
    void aPolicyOwnerPreviewsADraftAndGetsTheMatchedRule() {
        ResponseEntity<String> response = yanming.post("/api/policy/preview", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80), "inputs", Map.of("score", "75", "unsatisfiedRatio", 0.1, "allTasksClosed", true)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> preview = RestActor.mapOf(response);
        assertThat(preview).containsEntry("decisionKey", "acceptance-decision").containsEntry("hitPolicy", "FIRST");
        List<Map<String, Object>> rules = list(preview.get("matchedRules"));
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule).containsEntry("ruleId", "rule-score-below-70");
            assertThat((String) rule.get("description")).contains("验收不合格");
            assertThat(rule.get("outputs")).isEqualTo(Map.of("acceptanceResult", "FAIL", "acceptanceReason", "验收得分低于70分"));
        });
        assertThat(list(preview.get("inputs"))).extracting(i -> i.get("name"), i -> i.get("value"))
                .contains(org.assertj.core.groups.Tuple.tuple("score", 75.0));
    }

    @Test
    void previewRefusalsCarryTheirStatusAndCode() {
        ResponseEntity<String> wrongType = yanming.post("/api/policy/preview", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80), "inputs", Map.of("score", "高")));
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(wrongType)).containsEntry("code", 20001);
        assertThat((String) RestActor.mapOf(wrongType).get("message")).contains("验收得分").contains("应为数字");

        ResponseEntity<String> unreadable = yanming.post("/api/policy/preview", Map.of("decisionKey", "acceptance-decision",
                "text", "不是决策表", "inputs", Map.of()));
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(unreadable)).containsEntry("code", 20001);

        ResponseEntity<String> township = qingshan.post("/api/policy/preview", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80), "inputs", Map.of()));
        assertThat(township.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.mapOf(township)).containsEntry("code", 20004);
        assertThat(RestActor.anonymous(http).post("/api/policy/preview", Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eachCountysOwnerReplaysItsOwnDecisionsOnly() {
        clearAcceptanceHistory();
        probe = repositoryService.createDeployment().addModelInstance("policy-try-probe.bpmn", Bpmn
                .createExecutableProcess("policy-try-probe").camundaHistoryTimeToLive(1).startEvent()
                .businessRuleTask("Task_Decide").camundaDecisionRef("acceptance-decision").camundaDecisionRefBinding("latest")
                .camundaDecisionRefTenantId("${countyRules.tenant(execution)}").camundaMapDecisionResult("singleResult")
                .camundaResultVariable("acceptance").userTask("Task_Wait").endEvent().done()).deploy();
        List<String> yanmingChanged = new ArrayList<>();
        for (int score : new int[] {65, 72, 79, 88}) {
            String id = decide("990101001001", score);
            if (score >= 70 && score < 80) {
                yanmingChanged.add(id);
            }
        }
        decide("990102001001", 75);
        decide("990102001001", 95);

        ResponseEntity<String> response = yanming.post("/api/policy/replay", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80), "months", 12));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> report = RestActor.mapOf(response);
        assertThat(report).containsEntry("county", "990101").containsEntry("evaluations", 4).containsEntry("changed", 2)
                .containsEntry("failed", 0);
        List<Map<String, Object>> changes = list(report.get("changes"));
        assertThat(changes).extracting(c -> c.get("processInstanceId")).containsExactlyInAnyOrderElementsOf(yanmingChanged);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c).containsEntry("villageName", "东坡村").containsEntry("county", "990101");
            assertThat(list(c.get("before")).get(0)).containsEntry("acceptanceResult", "PASS");
            assertThat(list(c.get("after")).get(0)).containsEntry("acceptanceResult", "FAIL");
        });

        Map<String, Object> heshanReport = RestActor.mapOf(heshan.post("/api/policy/replay", Map.of("decisionKey",
                "acceptance-decision", "text", Drafts.acceptance(80))));
        assertThat(heshanReport).containsEntry("county", "990102").containsEntry("evaluations", 2).containsEntry("changed", 1);
        assertThat(list(heshanReport.get("changes"))).extracting(c -> c.get("villageName")).containsExactly("高桥村");

        ResponseEntity<String> foreign = yanming.post("/api/policy/replay", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80), "county", "990102"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> township = qingshan.post("/api/policy/replay", Map.of("decisionKey", "acceptance-decision",
                "text", Drafts.acceptance(80)));
        assertThat(township.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestActor.mapOf(township)).containsEntry("code", 20004);
    }

    private void clearAcceptanceHistory() {
        List<String> ids = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("acceptance-decision").list()
                .stream().map(HistoricDecisionInstance::getId).toList();
        if (!ids.isEmpty()) {
            historyService.deleteHistoricDecisionInstancesBulk(ids);
        }
    }

    private String decide(String village, int score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("villageCode", village);
        variables.put("score", score);
        variables.put("unsatisfiedRatio", 0.1);
        variables.put("allTasksClosed", true);
        return runtimeService.createProcessInstanceByKey("policy-try-probe").businessKey(village + "-try-" + score)
                .setVariables(variables).execute().getId();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
