package cn.lingyan.policy;

import static cn.lingyan.policy.PolicyLint.error;
import static cn.lingyan.policy.PolicyLint.warning;

import cn.lingyan.policy.PolicyLint.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * The rules of bpmnlint's "recommended" set (bpmn-io/bpmnlint, same names and severities) that matter for an
 * executable Camunda 7 process, so a policy owner gets the findings Camunda Modeler's linter would show, and the
 * server refuses what the engine would run wrongly (a flow that splits or never joins where the diagram suggests
 * otherwise, a gateway without conditions).
 */
final class BpmnLint {

    private BpmnLint() {}

    static List<Finding> lint(BpmnModelInstance model) {
        List<Finding> findings = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            scope(process, "流程", process.getFlowElements(), findings);
        }
        for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
            scope(subProcess, "子流程", subProcess.getFlowElements(), findings);
        }
        // from the flows' sourceRef and targetRef, as the engine reads them (<incoming> and <outgoing> are optional)
        Map<FlowNode, List<SequenceFlow>> incoming = new HashMap<>();
        Map<FlowNode, List<SequenceFlow>> outgoing = new HashMap<>();
        Collection<SequenceFlow> sequenceFlows = model.getModelElementsByType(SequenceFlow.class);
        for (SequenceFlow flow : sequenceFlows) {
            incoming.computeIfAbsent(flow.getTarget(), n -> new ArrayList<>()).add(flow);
            outgoing.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            node(node, incoming.getOrDefault(node, List.of()).size(), outgoing.getOrDefault(node, List.of()), findings);
        }
        Set<String> flows = new HashSet<>();
        for (SequenceFlow flow : sequenceFlows) {
            if (flow.getConditionExpression() != null && blank(flow.getName())) {
                findings.add(error("label-required", flow.getId(), null, "条件顺序流缺少名称（写明条件的答案，如“通过”）"));
            }
            String key = id(flow.getSource()) + "#" + id(flow.getTarget()) + "#"
                    + (flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent().strip());
            if (!flows.add(key)) {
                findings.add(error("no-duplicate-sequence-flows", flow.getId(), flow.getName(),
                        "与另一条顺序流重复（起点" + id(flow.getSource()) + "、终点" + id(flow.getTarget()) + "和条件都相同）"));
            }
        }
        return findings;
    }

    private static void scope(BaseElement scope, String kind, Collection<FlowElement> elements, List<Finding> findings) {
        String name = scope.getAttributeValue("name");
        if (elements.stream().noneMatch(StartEvent.class::isInstance)) {
            findings.add(error("start-event-required", scope.getId(), name, kind + "缺少开始事件"));
        }
        if (elements.stream().noneMatch(EndEvent.class::isInstance)) {
            findings.add(error("end-event-required", scope.getId(), name, kind + "缺少结束事件"));
        }
        long blankStarts = elements.stream().filter(e -> e instanceof StartEvent start && start.getEventDefinitions().isEmpty()).count();
        if (blankStarts > 1) {
            findings.add(error("single-blank-start-event", scope.getId(), name, kind + "有" + blankStarts + "个空白开始事件，只能有一个"));
        }
    }

    private static void node(FlowNode node, int incoming, List<SequenceFlow> flows, List<Finding> findings) {
        String id = node.getId();
        String name = node.getName();
        int outgoing = flows.size();
        if (incoming == 0 && outgoing == 0 && mustConnect(node)) {
            findings.add(error("no-disconnected", id, name, "没有与任何顺序流相连"));
        }
        SequenceFlow defaultFlow = defaultFlow(node);
        if ((node instanceof Task || node instanceof Event) && flows.stream()
                .filter(f -> f.getConditionExpression() == null && !f.equals(defaultFlow)).count() > 1) {
            findings.add(error("no-implicit-split", id, name, "有多条无条件的出口顺序流，会隐式并行分支；需要并行请使用并行网关"));
        }
        boolean conditionalGateway = node instanceof ExclusiveGateway || node instanceof InclusiveGateway;
        if (defaultFlow != null || conditionalGateway && outgoing > 1 || flows.stream().anyMatch(f -> f.getConditionExpression() != null)) {
            flows.stream().filter(f -> f.getConditionExpression() == null && !f.equals(defaultFlow))
                    .forEach(f -> findings.add(error("conditional-flows", f.getId(), f.getName(),
                            "从“" + (blank(name) ? id : name) + "”分支出的顺序流缺少条件，也不是默认流")));
        }
        if (needsLabel(node, outgoing) && blank(name)) {
            findings.add(error("label-required", id, null, "缺少名称"));
        }
        if (node instanceof Gateway && incoming > 1 && outgoing > 1) {
            // bpmnlint says error; the engine runs such a gateway as drawn (the shipped 四议两公开 has two), so a warning here
            findings.add(warning("no-gateway-join-fork", id, name, "网关同时汇合和分支，请拆成一个汇合网关和一个分支网关"));
        }
        if (node instanceof Gateway && incoming == 1 && outgoing == 1) {
            findings.add(warning("superfluous-gateway", id, name, "网关只有一个入口和一个出口，是多余的"));
        }
        if ((node instanceof Task || node instanceof Event) && incoming > 1) {
            findings.add(warning("fake-join", id, name, "有" + incoming + "条入口顺序流，这里不会等待汇合；需要汇合请使用并行网关"));
        }
    }

    /** Event sub-processes and compensation handlers are not connected by flows (Camunda 7 has no ad-hoc sub-processes). */
    private static boolean mustConnect(FlowNode node) {
        if (node instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
            return false;
        }
        if (node instanceof Activity activity && activity.isForCompensation()) {
            return false;
        }
        return !(node instanceof BoundaryEvent boundary && boundary.getEventDefinitions().size() == 1
                && boundary.getEventDefinitions().iterator().next() instanceof CompensateEventDefinition);
    }

    /** Tasks, events and forking gateways other than parallel and event-based ones; sub-processes are named by their content. */
    private static boolean needsLabel(FlowNode node, int outgoing) {
        if (node instanceof ParallelGateway || node instanceof EventBasedGateway || node instanceof SubProcess) {
            return false;
        }
        return !(node instanceof Gateway) || outgoing > 1;
    }

    private static SequenceFlow defaultFlow(FlowNode node) {
        if (node instanceof ExclusiveGateway gateway) {
            return gateway.getDefault();
        }
        if (node instanceof InclusiveGateway gateway) {
            return gateway.getDefault();
        }
        if (node instanceof ComplexGateway gateway) {
            return gateway.getDefault();
        }
        return node instanceof Activity activity ? activity.getDefault() : null;
    }

    private static String id(FlowNode node) {
        return node == null ? "?" : node.getId();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
