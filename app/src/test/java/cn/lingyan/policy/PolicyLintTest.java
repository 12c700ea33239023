package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.lingyan.policy.PolicyLint.Finding;
import cn.lingyan.policy.PolicyLint.Severity;
import cn.lingyan.refusal.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The project's conventions as checks before a deployment: each names the element that breaks it, and every model the
 * project ships passes without an error.
 */
class PolicyLintTest {

    @Test
    void everyShippedModelLintsWithoutErrors() throws IOException {
        for (Path root : List.of(Path.of("processes"), Path.of("forms"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.filter(Files::isRegularFile).toList()) {
                    List<Finding> findings = PolicyLint.lint(ModelFile.read(path.getFileName().toString(), Files.readAllBytes(path)));
                    assertThat(findings).as(path.toString()).noneMatch(f -> f.severity() == Severity.ERROR)
                            .noneMatch(f -> f.rule().equals("lingyan/annotation-values"));
                }
            }
        }
    }

    @Test
    void candidateGroupsAndPeopleAreComputedNeverWrittenIn() {
        BpmnModelInstance model = cleanProcess();
        task(model).setCamundaCandidateGroups("org-dept-990101");
        task(model).setCamundaCandidateUsers("yanming-zzb");
        assertThat(lint(model)).extracting(Finding::rule, Finding::elementId, Finding::elementName).containsExactly(
                tuple("lingyan/routing-expression", "Task_Review", "审核申请"), tuple("lingyan/routing-expression", "Task_Review", "审核申请"));
        assertThat(lint(model).get(0).describe()).startsWith("Task_Review（审核申请）：候选组须由 ${routing.group(").contains("org-dept-990101");

        task(model).setCamundaCandidateGroups(null);
        task(model).setCamundaCandidateUsers(null);
        assertThat(lint(model)).singleElement().extracting(Finding::message).asString().contains("没有办理人");

        task(model).setCamundaAssignee("${caseSteps.countyLeaderOf(execution)}");
        assertThat(lint(model)).isEmpty();
    }

    @Test
    void everyUserTaskHasAFormDeployedWithItsProcess() {
        BpmnModelInstance model = cleanProcess();
        task(model).setCamundaFormRefBinding("latest");
        assertThat(lint(model)).extracting(Finding::rule, Finding::elementId).containsExactly(tuple("lingyan/form-ref", "Task_Review"));
        task(model).setCamundaFormRef(null);
        assertThat(lint(model)).singleElement().extracting(Finding::message).asString().contains("camunda:formRef");
    }

    @Test
    void modelerIdsAreRefusedAndReadableOnesPass() {
        String body = "<startEvent id=\"StartEvent_1\" name=\"发起\"/><userTask id=\"Activity_0abc123\" name=\"办理\"/>"
                + "<endEvent id=\"Event_Done\" name=\"办结\"/><sequenceFlow id=\"Flow_1x2y3z4\" sourceRef=\"StartEvent_1\" targetRef=\"Activity_0abc123\"/>"
                + "<sequenceFlow id=\"Flow_ToDone\" sourceRef=\"Activity_0abc123\" targetRef=\"Event_Done\"/>";
        assertThat(lint(file("p.bpmn", process(body)))).filteredOn(f -> f.rule().equals("lingyan/readable-id")).extracting(Finding::elementId)
                .containsExactlyInAnyOrder("StartEvent_1", "Activity_0abc123", "Flow_1x2y3z4");
    }

    @Test
    void everyProcessKeepsHistoryForATimeAndCarriesAVersionTag() {
        BpmnModelInstance model = cleanProcess();
        Process process = model.getModelElementById("lint-probe");
        process.setCamundaHistoryTimeToLiveString(null);
        process.setCamundaVersionTag(null);
        assertThat(lint(model)).extracting(Finding::rule, Finding::elementId).containsExactly(
                tuple("lingyan/history-time-to-live", "lint-probe"), tuple("lingyan/version-tag", "lint-probe"));
    }

    @Test
    void everyBusinessRuleTaskUsesItsCountysTable() {
        BpmnModelInstance model = cleanProcess();
        BusinessRuleTask decide = model.getModelElementById("Task_Decide");
        decide.setCamundaDecisionRefTenantId("990101");
        assertThat(lint(model)).extracting(Finding::rule, Finding::elementId).containsExactly(tuple("lingyan/county-decision", "Task_Decide"));
        decide.setCamundaDecisionRefTenantId(null);
        assertThat(lint(model)).singleElement().extracting(Finding::message).asString().contains(BpmnConventions.COUNTY_TENANT);
        decide.setCamundaDecisionRefTenantId("${ countyRules.tenant(execution) }");
        assertThat(lint(model)).isEmpty();
    }

    @Test
    void everyElementHasADiagramShape() {
        BpmnModelInstance model = cleanProcess();
        model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement().getId().equals("Task_Review"))
                .forEach(s -> s.getParentElement().removeChildElement(s));
        assertThat(lint(model)).extracting(Finding::rule, Finding::elementId).containsExactly(tuple("lingyan/diagram-shape", "Task_Review"));
    }

    @Test
    void everyRuleNamesItsSourceAndEveryInputReadsAVariable() {
        String table = DecisionDiffTest.read("processes/rectification/acceptance-decision.dmn");
        String edited = table.replace("<description>[P:L-CH, L-HY] 任务全部完成且得分70分及以上，验收合格</description>", "")
                .replace("[P:L-CH] 其余情形（得分低于70分）验收不合格", "其余情形验收不合格").replace("<text>score</text>", "<text> </text>")
                .replace(" hitPolicy=\"FIRST\"", "");

        assertThat(lint(file("acceptance-decision.dmn", edited))).extracting(Finding::rule, Finding::elementId, Finding::elementName, Finding::severity)
                .containsExactly(tuple("lingyan/hit-policy", "acceptance-decision", "整顿验收结论", Severity.WARNING),
                        tuple("lingyan/input-expression", "input-score", "验收得分（0–100）", Severity.ERROR),
                        tuple("lingyan/rule-annotated", "rule-pass", "整顿验收结论第3条规则", Severity.ERROR),
                        tuple("lingyan/rule-annotated", "rule-score-below-70", "整顿验收结论第4条规则", Severity.ERROR));
        assertThat(lint(file("acceptance-decision.dmn", table))).isEmpty();
    }

    @Test
    void anAnnotationNamingAValueNoCellUsesAnyMoreIsFlagged() {
        String table = DecisionDiffTest.read("processes/rectification/acceptance-decision.dmn");
        String cellOnly = table.replace("<text>&gt;= 70</text>", "<text>&gt;= 80</text>");
        String both = cellOnly.replace("得分70分及以上", "得分80分及以上").replace("得分低于70分", "得分低于80分");
        String annotationsOnly = cellOnly.replace("得分70分及以上", "得分80分及以上").replace("其余情形（得分低于70分）", "其余情形（得分低于80分）");
        String percent = table.replace("<text>&gt; 0.5</text>", "<text>&gt; 0.4</text>");

        assertThat(lint(file("acceptance-decision.dmn", cellOnly))).extracting(Finding::rule, Finding::elementId, Finding::severity)
                .containsExactly(tuple("lingyan/annotation-values", "rule-pass", Severity.WARNING),
                        tuple("lingyan/annotation-values", "rule-score-below-70", Severity.WARNING),
                        tuple("lingyan/annotation-values", "rule-score-below-70-out2", Severity.WARNING));
        assertThat(lint(file("acceptance-decision.dmn", cellOnly)).get(0).message()).contains("“70分”").contains("表单");
        assertThat(lint(file("acceptance-decision.dmn", both))).isEmpty();
        // a result's text is shown to people too ("验收得分低于70分")
        assertThat(lint(file("acceptance-decision.dmn", annotationsOnly))).extracting(Finding::rule, Finding::elementId)
                .containsExactly(tuple("lingyan/annotation-values", "rule-score-below-70-out2"));
        List<Finding> percentFindings = lint(file("acceptance-decision.dmn", percent));
        assertThat(percentFindings).extracting(Finding::elementId).containsExactly("rule-unsatisfied-over-half", "rule-unsatisfied-over-half-out2");
        assertThat(percentFindings).allSatisfy(f -> assertThat(f.message()).contains("“50%”"));
    }

    @Test
    void everyInputFieldHasAKeyAndALabel() {
        String form = DecisionDiffTest.read("forms/rectification/rectification-approve-plan.form");
        String edited = form.replace("\"label\": \"退回意见\",", "").replace("\"key\": \"planDecision\",", "");

        assertThat(lint(file("rectification-approve-plan.form", edited))).extracting(Finding::rule, Finding::elementId, Finding::elementName)
                .containsExactly(tuple("lingyan/form-field", "Field_planDecision", "审核结果"), tuple("lingyan/form-field", "Field_planComment", "planComment"));
        assertThat(lint(file("rectification-approve-plan.form", form))).isEmpty();
        assertThat(lint(file("copy.form", form))).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void onlyErrorsRefuseAndTheRefusalNamesEachElement() {
        BpmnModelInstance model = cleanProcess();
        task(model).setCamundaCandidateGroups("org-dept");
        Assertions.assertThatThrownBy(() -> PolicyLint.requireNoErrors(file("lint-probe.bpmn", Bpmn.convertToString(model))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20019")
                .hasMessageContaining("lint-probe.bpmn · Task_Review（审核申请）：候选组须由");
        PolicyLint.requireNoErrors(file("acceptance-decision.dmn", DecisionDiffTest.read("processes/rectification/acceptance-decision.dmn")
                .replace(" hitPolicy=\"FIRST\"", "")));
    }

    /** A process that follows every rule: start, a routed user task with its form, a question, a county's table, two ends. */
    static BpmnModelInstance cleanProcess() {
        return Bpmn.createExecutableProcess("lint-probe").name("检查样例").camundaHistoryTimeToLive(180).camundaVersionTag("1.0.0")
                .startEvent("Event_Started").name("发起").sequenceFlowId("Flow_ToReview")
                .userTask("Task_Review").name("审核申请").camundaFormRef("probe-review").camundaFormRefBinding("deployment")
                .camundaCandidateGroups("${routing.group(villageCode, 'org-dept')}").sequenceFlowId("Flow_ToQuestion")
                .exclusiveGateway("Gateway_Approved").name("同意?").sequenceFlowId("Flow_Approved").condition("同意", "${approved}")
                .businessRuleTask("Task_Decide").name("研判结论").camundaDecisionRef("acceptance-decision")
                .camundaDecisionRefTenantId("${countyRules.tenant(execution)}").sequenceFlowId("Flow_ToDone")
                .endEvent("Event_Done").name("办结")
                .moveToLastGateway().sequenceFlowId("Flow_Rejected").condition("不同意", "${!approved}").endEvent("Event_Rejected").name("不予办理")
                .done();
    }

    static List<Finding> lint(BpmnModelInstance model) {
        return lint(file("lint-probe.bpmn", Bpmn.convertToString(model)));
    }

    static List<Finding> lint(ModelFile file) {
        return PolicyLint.lint(file);
    }

    static ModelFile file(String name, String text) {
        return ModelFile.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An executable, versioned process "lint-probe" holding {@code body}, without a diagram. */
    static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_LintProbe" targetNamespace="t">
                  <process id="lint-probe" name="检查样例" isExecutable="true" camunda:versionTag="1.0.0" camunda:historyTimeToLive="P180D">%s</process>
                </definitions>""".formatted(body).strip();
    }

    private static UserTask task(BpmnModelInstance model) {
        return model.getModelElementById("Task_Review");
    }
}
