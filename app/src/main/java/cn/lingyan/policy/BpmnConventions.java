package cn.lingyan.policy;

import static cn.lingyan.policy.PolicyLint.error;

import cn.lingyan.policy.PolicyLint.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The project's own rules for a process (CONVENTIONS.md "BPMN", ModelConventionsTest): what routing per county,
 * Tasklist, migrations and the change log rely on. A county's task goes to its own people only through
 * {@code routing.group(...)}; a decision is its own county's table only through {@code countyRules.tenant(execution)};
 * a form travels with its process only with {@code formRefBinding="deployment"}.
 */
final class BpmnConventions {

    static final String COUNTY_TENANT = "${countyRules.tenant(execution)}";
    private static final Pattern ROUTING = Pattern.compile("\\$\\{\\s*routing\\.group\\(.+\\)\\s*}");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{.+}", Pattern.DOTALL);
    /**
     * Ids Camunda Modeler makes up: StartEvent_1, Process_1, Activity_0abc123, Flow_1x2y3z4, Gateway_0k3v8ez, and the
     * older SequenceFlow_0…, Task_1…, ExclusiveGateway_0…: a type, "_", then digits and lower-case letters only.
     */
    private static final Pattern MODELER_ID = Pattern.compile("[A-Za-z]+_(\\d+|(?=[0-9a-z]*\\d)[0-9a-z]{5,})");

    private BpmnConventions() {}

    static List<Finding> lint(BpmnModelInstance model) {
        List<Finding> findings = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            process(process, findings);
        }
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement() == null ? null : s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement() == null ? null : e.getBpmnElement().getId()));
        List<FlowElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        elements.addAll(model.getModelElementsByType(SequenceFlow.class));
        for (FlowElement element : elements) {
            if (MODELER_ID.matcher(element.getId()).matches()) {
                findings.add(error("lingyan/readable-id", element.getId(), element.getName(),
                        "请把建模器生成的id改为可读、稳定的id（如 Task_ConfirmWeakBranch、Flow_AcceptanceFailed），测试、迁移和统计按id引用它"));
            }
            if (!drawn.contains(element.getId())) {
                findings.add(error("lingyan/diagram-shape", element.getId(), element.getName(), "没有图形，建模器和驾驶舱中看不到它"));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            userTask(task, findings);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null && !"deployment".equals(start.getCamundaFormRefBinding())) {
                findings.add(error("lingyan/form-ref", start.getId(), start.getName(), "表单须以 camunda:formRefBinding=\"deployment\" 引用，与流程一同部署"));
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaDecisionRef() == null || task.getCamundaDecisionRef().isBlank()) {
                findings.add(error("lingyan/county-decision", task.getId(), task.getName(), "业务规则任务须以 camunda:decisionRef 引用决策表"));
            } else if (task.getCamundaDecisionRefTenantId() == null
                    || !COUNTY_TENANT.equals(task.getCamundaDecisionRefTenantId().replaceAll("\\s", ""))) {
                findings.add(error("lingyan/county-decision", task.getId(), task.getName(),
                        "须设置 camunda:decisionRefTenantId=\"" + COUNTY_TENANT + "\"，各县才会使用本县的决策表"));
            }
        }
        return findings;
    }

    private static void process(Process process, List<Finding> findings) {
        if (MODELER_ID.matcher(process.getId()).matches()) {
            findings.add(error("lingyan/readable-id", process.getId(), process.getName(),
                    "流程标识（key）不能用建模器生成的id，应为 kebab-case 英文，如 weak-branch-rectification"));
        }
        if (!process.isExecutable()) {
            return;
        }
        if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
            findings.add(error("lingyan/history-time-to-live", process.getId(), process.getName(),
                    "流程须设置历史保留期限 camunda:historyTimeToLive（如 P1825D）"));
        }
        if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
            findings.add(error("lingyan/version-tag", process.getId(), process.getName(),
                    "流程须设置版本标签 camunda:versionTag（如 1.1.0），变更记录按它区分版本"));
        }
    }

    private static void userTask(UserTask task, List<Finding> findings) {
        String groups = task.getCamundaCandidateGroups();
        String users = task.getCamundaCandidateUsers();
        String assignee = task.getCamundaAssignee();
        if (groups != null && !ROUTING.matcher(groups.strip()).matches()) {
            findings.add(error("lingyan/routing-expression", task.getId(), task.getName(),
                    "候选组须由 ${routing.group(区划代码变量, '角色')} 按县乡村计算，不能写固定的组“" + groups + "”"));
        }
        for (String person : new String[] {users, assignee}) {
            if (person != null && !EXPRESSION.matcher(person.strip()).matches()) {
                findings.add(error("lingyan/routing-expression", task.getId(), task.getName(), "办理人须由表达式计算，不能写固定的账号“" + person + "”"));
            }
        }
        if (groups == null && users == null && assignee == null) {
            findings.add(error("lingyan/routing-expression", task.getId(), task.getName(), "没有办理人：请设置候选组 ${routing.group(...)}"));
        }
        if (task.getCamundaFormRef() == null || task.getCamundaFormRef().isBlank()) {
            findings.add(error("lingyan/form-ref", task.getId(), task.getName(), "用户任务须以 camunda:formRef 引用一个 Camunda 表单"));
        } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            findings.add(error("lingyan/form-ref", task.getId(), task.getName(), "表单须以 camunda:formRefBinding=\"deployment\" 引用，与流程一同部署"));
        }
    }
}
