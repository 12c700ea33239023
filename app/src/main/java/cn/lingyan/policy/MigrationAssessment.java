package cn.lingyan.policy;

import cn.lingyan.policy.PolicyMigration.ActivityRow;
import cn.lingyan.policy.PolicyMigration.Blocked;
import cn.lingyan.policy.PolicyMigration.CaseRef;
import cn.lingyan.policy.PolicyMigration.Plan;
import cn.lingyan.policy.PolicyMigration.PlanProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.stereotype.Component;

/**
 * What moving a county's running cases from one version to another would do: the engine's plan, where each case
 * waits (the leaves of its activity instance tree, read per case because the engine's activity statistics cannot
 * be narrowed to one tenant), and per case the engine's reasons it cannot move, from a {@link MigrationDryRun}.
 * Must run as the system.
 */
@Component
class MigrationAssessment {

    /** Which cases: those of {@code tenant} (null: of every county) running on {@code source}. */
    record Scope(ProcessDefinition source, ProcessDefinition target, String tenant) {}

    record Assessment(Plan report, MigrationPlan plan, List<String> movable) {}

    private record Position(ProcessInstance instance, Set<String> leaves, Set<String> activities, List<MigrationDryRun.Failure> failures) {}

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final MigrationInstructions instructions;
    private final MigrationDryRun dryRun;

    MigrationAssessment(RuntimeService runtimeService, RepositoryService repositoryService, MigrationInstructions instructions,
            MigrationDryRun dryRun) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.instructions = instructions;
        this.dryRun = dryRun;
    }

    Assessment assess(Scope scope) {
        String sourceId = scope.source().getId();
        String targetId = scope.target().getId();
        MigrationPlan plan;
        List<PlanProblem> problems = new ArrayList<>();
        try {
            plan = instructions.plan(sourceId, targetId);
        } catch (MigrationPlanValidationException e) {
            plan = e.getValidationReport().getMigrationPlan();
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction instruction = report.getMigrationInstruction();
                report.getFailures().forEach(f -> problems.add(new PlanProblem(instruction.getSourceActivityId(),
                        instruction.getTargetActivityId(), MigrationReasons.chinese(f), f)));
            }
        }
        List<Position> positions = new ArrayList<>();
        for (ProcessInstance instance : instances(scope)) {
            ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
            if (tree != null) {
                Set<String> leaves = new LinkedHashSet<>();
                Set<String> activities = new LinkedHashSet<>();
                collect(tree, leaves, activities);
                // an invalid plan moves nobody; the plan's problems say why
                List<MigrationDryRun.Failure> failures = problems.isEmpty() ? dryRun.failures(plan, instance.getId())
                        : List.of(new MigrationDryRun.Failure(null, null));
                positions.add(new Position(instance, leaves, activities, failures));
            }
        }
        List<CaseRef> movable = positions.stream().filter(p -> p.failures().isEmpty()).map(p -> caseRef(p.instance())).toList();
        Plan report = new Plan(scope.source().getKey(), sourceId, describe(scope.source()), targetId, describe(scope.target()),
                scope.tenant(), positions.size(), movable, positions.size() - movable.size(), problems, rows(plan, positions));
        return new Assessment(report, plan, movable.stream().map(CaseRef::processInstanceId).toList());
    }

    /** "weak-branch-rectification v2（1.1.0，本县）" */
    static String describe(ProcessDefinition definition) {
        return definition.getKey() + " v" + definition.getVersion() + "（" + Objects.toString(definition.getVersionTag(), "无版本标签")
                + "，" + (definition.getTenantId() == null ? "全省通用" : "本县") + "）";
    }

    private List<ProcessInstance> instances(Scope scope) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(scope.source().getId());
        if (scope.tenant() != null) {
            query = query.tenantIdIn(scope.tenant());
        }
        return query.orderByBusinessKey().asc().list();
    }

    /** One row per activity where a case waits or which a reason names, in the order of the source model. */
    private List<ActivityRow> rows(MigrationPlan plan, List<Position> positions) {
        BpmnModelInstance source = repositoryService.getBpmnModelInstance(plan.getSourceProcessDefinitionId());
        BpmnModelInstance target = repositoryService.getBpmnModelInstance(plan.getTargetProcessDefinitionId());
        Map<String, String> targets = new LinkedHashMap<>();
        plan.getInstructions().forEach(i -> targets.putIfAbsent(i.getSourceActivityId(), i.getTargetActivityId()));
        List<String> order = new ArrayList<>();
        inDocumentOrder(source.getDocument().getRootElement(), order);
        Set<String> ids = new LinkedHashSet<>();
        for (Position position : positions) {
            ids.addAll(position.leaves());
            position.failures().stream().map(MigrationDryRun.Failure::activityId).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids.stream().sorted(Comparator.comparingInt(id -> order.contains(id) ? order.indexOf(id) : order.size()))
                .map(id -> {
                    String mappedTo = targets.get(id);
                    int count = (int) positions.stream().filter(p -> p.activities().contains(id)).count();
                    List<Blocked> blocked = positions.stream().map(p -> blocked(p, id)).filter(Objects::nonNull).toList();
                    return new ActivityRow(id, name(source, id), count, mappedTo != null, mappedTo,
                            mappedTo == null ? null : name(target, mappedTo), blocked);
                }).toList();
    }

    /** Why the case cannot move, as far as activity {@code id} is concerned; reasons for the whole case count at each activity it waits in. */
    private static Blocked blocked(Position position, String id) {
        List<MigrationDryRun.Failure> here = position.failures().stream()
                .filter(f -> id.equals(f.activityId()) || f.activityId() == null && position.leaves().contains(id)).toList();
        if (here.isEmpty()) {
            return null;
        }
        String reason = here.stream().map(f -> f.engineMessage() == null ? "迁移方案未通过引擎校验，见方案问题" : MigrationReasons.chinese(f.engineMessage()))
                .distinct().collect(Collectors.joining("；"));
        String engine = here.stream().map(MigrationDryRun.Failure::engineMessage).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining("\n"));
        return new Blocked(position.instance().getId(), position.instance().getBusinessKey(), reason, engine.isEmpty() ? null : engine);
    }

    private static void collect(ActivityInstance instance, Set<String> leaves, Set<String> activities) {
        activities.add(instance.getActivityId());
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            activities.add(transition.getActivityId());
            leaves.add(transition.getActivityId());
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            leaves.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, leaves, activities);
        }
    }

    /** The ids of the model's elements as the file lists them (the model API groups them by type). */
    private static void inDocumentOrder(DomElement element, List<String> ids) {
        String id = element.getAttribute("id");
        if (id != null) {
            ids.add(id);
        }
        element.getChildElements().forEach(child -> inDocumentOrder(child, ids));
    }

    private static String name(BpmnModelInstance model, String id) {
        return model.getModelElementById(id) instanceof FlowElement element && element.getName() != null ? element.getName() : id;
    }

    private static CaseRef caseRef(ProcessInstance instance) {
        return new CaseRef(instance.getId(), instance.getBusinessKey());
    }
}
