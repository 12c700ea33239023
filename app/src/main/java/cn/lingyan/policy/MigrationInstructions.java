package cn.lingyan.policy;

import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's migration plan from one version of a process to another: every activity mapped to the activity with
 * the same id ({@code mapEqualActivities}, so a renamed step still maps, a removed or re-numbered one does not).
 * <p>
 * Event triggers (timers, messages, signals) are updated only where the new version changed them. Updating every
 * trigger, as {@code updateEventTriggers()} does, recreates each timer from now: every running case's monthly report
 * (R/P1M) would fall due a month after the migration instead of on its day. A timer the policy owner changed is
 * recreated, so its new rule applies. Must run as the system.
 */
@Component
class MigrationInstructions {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    MigrationInstructions(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** The plan; a plan the engine refuses is a {@link org.camunda.bpm.engine.migration.MigrationPlanValidationException}. */
    MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId) {
        MigrationPlan equal = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities().build();
        BpmnModelInstance source = repositoryService.getBpmnModelInstance(sourceDefinitionId);
        BpmnModelInstance target = repositoryService.getBpmnModelInstance(targetDefinitionId);
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId);
        for (MigrationInstruction instruction : equal.getInstructions()) {
            MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
            // conditional events come with the flag already: the engine requires it for them
            boolean update = instruction.isUpdateEventTrigger() || triggerChanged(source.getModelElementById(instruction.getSourceActivityId()),
                    target.getModelElementById(instruction.getTargetActivityId()));
            builder = update ? mapped.updateEventTrigger() : mapped;
        }
        return builder.build();
    }

    /** Whether both elements wait for an event that stays in the database and the new one waits for another. */
    static boolean triggerChanged(ModelElementInstance source, ModelElementInstance target) {
        String before = trigger(source);
        String after = trigger(target);
        return before != null && after != null && !before.equals(after);
    }

    /** What a waiting element waits for, e.g. "timer:|P1M|" or "message:催办"; null if it waits for nothing lasting. */
    private static String trigger(ModelElementInstance element) {
        if (element instanceof ReceiveTask task) {
            return "message:" + (task.getMessage() == null ? "" : task.getMessage().getName());
        }
        boolean waits = element instanceof BoundaryEvent || element instanceof IntermediateCatchEvent
                || element instanceof StartEvent start && start.getParentElement() instanceof SubProcess;
        if (!waits) {
            return null;
        }
        return ((CatchEvent) element).getEventDefinitions().stream().map(MigrationInstructions::describe)
                .collect(Collectors.joining(";"));
    }

    private static String describe(EventDefinition definition) {
        if (definition instanceof TimerEventDefinition timer) {
            return "timer:" + text(timer.getTimeDate()) + "|" + text(timer.getTimeDuration()) + "|" + text(timer.getTimeCycle());
        }
        if (definition instanceof MessageEventDefinition message) {
            return "message:" + (message.getMessage() == null ? "" : message.getMessage().getName());
        }
        if (definition instanceof SignalEventDefinition signal) {
            return "signal:" + (signal.getSignal() == null ? "" : signal.getSignal().getName());
        }
        if (definition instanceof ConditionalEventDefinition condition) {
            return "condition:" + text(condition.getCondition()) + "|" + condition.getCamundaVariableName() + "|"
                    + condition.getCamundaVariableEvents();
        }
        return definition.getElementType().getTypeName();
    }

    private static String text(ModelElementInstance element) {
        return element == null ? "" : Objects.toString(element.getTextContent(), "").strip();
    }
}
