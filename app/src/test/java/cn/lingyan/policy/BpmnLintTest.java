package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.lingyan.policy.PolicyLint.Finding;
import cn.lingyan.policy.PolicyLint.Severity;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/** The rules of bpmnlint's recommended set, as the server applies them: each names the element that breaks it. */
class BpmnLintTest {

    @Test
    void aWellFormedProcessHasNoFindings() {
        assertThat(PolicyLintTest.lint(PolicyLintTest.cleanProcess())).isEmpty();
    }

    @Test
    void startEventRequired() {
        assertThat(lint("<userTask id=\"Task_A\" name=\"办理\"/><endEvent id=\"Event_End\" name=\"结束\"/>"
                + "<sequenceFlow id=\"Flow_A\" sourceRef=\"Task_A\" targetRef=\"Event_End\"/>", "start-event-required"))
                .containsExactly(tuple("lint-probe", "流程缺少开始事件"));
    }

    @Test
    void endEventRequiredAlsoInASubProcess() {
        assertThat(lint(start("Sub_Work") + "<subProcess id=\"Sub_Work\" name=\"办理\"><startEvent id=\"Event_SubStart\" name=\"开始办理\"/></subProcess>"
                + "<endEvent id=\"Event_End\" name=\"结束\"/><sequenceFlow id=\"Flow_B\" sourceRef=\"Sub_Work\" targetRef=\"Event_End\"/>",
                "end-event-required")).containsExactly(tuple("Sub_Work", "子流程缺少结束事件"));
    }

    @Test
    void noDisconnected() {
        assertThat(lint(start("Event_End") + end() + "<userTask id=\"Task_Orphan\" name=\"孤立任务\"/>", "no-disconnected"))
                .containsExactly(tuple("Task_Orphan", "没有与任何顺序流相连"));
    }

    @Test
    void noImplicitSplit() {
        assertThat(lint(start("Task_A") + "<userTask id=\"Task_A\" name=\"办理\"/>" + end()
                + "<sequenceFlow id=\"Flow_One\" sourceRef=\"Task_A\" targetRef=\"Event_End\"/>"
                + "<sequenceFlow id=\"Flow_Two\" sourceRef=\"Task_A\" targetRef=\"Event_End\"/>", "no-implicit-split"))
                .extracting(t -> t.toList().get(0)).containsExactly("Task_A");
    }

    @Test
    void conditionalFlowsAndLabelRequired() {
        BpmnModelInstance model = PolicyLintTest.cleanProcess();
        SequenceFlow rejected = model.getModelElementById("Flow_Rejected");
        rejected.removeChildElement(rejected.getConditionExpression());
        model.<SequenceFlow>getModelElementById("Flow_Approved").setName(null);
        model.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("Task_Review").setName(" ");

        assertThat(PolicyLintTest.lint(model)).extracting(Finding::rule, Finding::elementId, Finding::severity).containsExactlyInAnyOrder(
                tuple("conditional-flows", "Flow_Rejected", Severity.ERROR),
                tuple("label-required", "Flow_Approved", Severity.ERROR),
                tuple("label-required", "Task_Review", Severity.ERROR));
    }

    @Test
    void noDuplicateSequenceFlowsAndNoGatewayJoinFork() {
        String body = start("Gateway_Split") + "<exclusiveGateway id=\"Gateway_Split\" name=\"同意?\" default=\"Flow_No\"/>" + end()
                + "<userTask id=\"Task_A\" name=\"办理\"/>"
                + "<sequenceFlow id=\"Flow_Yes\" name=\"是\" sourceRef=\"Gateway_Split\" targetRef=\"Task_A\"><conditionExpression>${ok}</conditionExpression></sequenceFlow>"
                + "<sequenceFlow id=\"Flow_YesAgain\" name=\"是\" sourceRef=\"Gateway_Split\" targetRef=\"Task_A\"><conditionExpression>${ok}</conditionExpression></sequenceFlow>"
                + "<sequenceFlow id=\"Flow_No\" sourceRef=\"Gateway_Split\" targetRef=\"Event_End\"/>"
                + "<sequenceFlow id=\"Flow_Back\" sourceRef=\"Task_A\" targetRef=\"Gateway_Split\"/>";

        assertThat(lint(body, "no-duplicate-sequence-flows")).extracting(t -> t.toList().get(0)).containsExactly("Flow_YesAgain");
        assertThat(lint(body, "no-gateway-join-fork")).extracting(t -> t.toList().get(0)).containsExactly("Gateway_Split");
        assertThat(lint(body, "conditional-flows")).isEmpty();
    }

    @Test
    void superfluousGatewayAndFakeJoinAreWarnings() {
        List<Finding> findings = PolicyLintTest.lint(PolicyLintTest.file("lint-probe.bpmn", PolicyLintTest.process(start("Gateway_Pass")
                + "<exclusiveGateway id=\"Gateway_Pass\"/><userTask id=\"Task_A\" name=\"办理\"/>" + end()
                + "<sequenceFlow id=\"Flow_A\" sourceRef=\"Gateway_Pass\" targetRef=\"Task_A\"/>"
                + "<sequenceFlow id=\"Flow_B\" sourceRef=\"Event_Start\" targetRef=\"Task_A\"/>"
                + "<sequenceFlow id=\"Flow_C\" sourceRef=\"Task_A\" targetRef=\"Event_End\"/>")));

        assertThat(findings).filteredOn(f -> f.rule().equals("superfluous-gateway") || f.rule().equals("fake-join"))
                .extracting(Finding::rule, Finding::elementId, Finding::severity)
                .containsExactlyInAnyOrder(tuple("superfluous-gateway", "Gateway_Pass", Severity.WARNING), tuple("fake-join", "Task_A", Severity.WARNING));
    }

    @Test
    void singleBlankStartEvent() {
        assertThat(lint(start("Event_End") + end() + "<startEvent id=\"Event_Again\" name=\"再次发起\"/>"
                + "<sequenceFlow id=\"Flow_Again\" sourceRef=\"Event_Again\" targetRef=\"Event_End\"/>", "single-blank-start-event"))
                .containsExactly(tuple("lint-probe", "流程有2个空白开始事件，只能有一个"));
    }

    /** The element id and message of each finding of {@code rule}. */
    private static List<org.assertj.core.groups.Tuple> lint(String body, String rule) {
        return PolicyLint.lint(PolicyLintTest.file("lint-probe.bpmn", PolicyLintTest.process(body))).stream()
                .filter(f -> f.rule().equals(rule)).map(f -> tuple(f.elementId(), f.message())).toList();
    }

    private static String start(String target) {
        return "<startEvent id=\"Event_Start\" name=\"发起\"/><sequenceFlow id=\"Flow_Start\" sourceRef=\"Event_Start\" targetRef=\"" + target + "\"/>";
    }

    private static String end() {
        return "<endEvent id=\"Event_End\" name=\"结束\"/>";
    }
}
