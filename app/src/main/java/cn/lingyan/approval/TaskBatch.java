package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.system.BeijingTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * 批量办理: several tasks of one step completed with the same answer, where the model allows it. Each task is
 * completed in its own engine command, so one refusal does not undo the others; the results say which went through.
 */
@Service
public class TaskBatch {

    public record BatchResult(String taskId, boolean ok, String message) {}

    public record BatchTask(String id, String caseTitle, String villageName, OffsetDateTime due) {}

    public record BatchGroup(String group, String name, String label, String noteLabel, List<BatchTask> tasks) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final People people;
    private final TaskAccess access;

    TaskBatch(TaskService taskService, RepositoryService repositoryService, SystemAccess systemAccess, People people,
            TaskAccess access) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.access = access;
    }

    /** The user's open tasks at steps the model allows to be done in a batch, by process version and step. */
    public List<BatchGroup> batchable() {
        String me = people.requireCurrentUserId();
        Map<String, List<Task>> byStep = new LinkedHashMap<>();
        taskService.createTaskQuery().or().taskAssignee(me).taskCandidateUser(me).endOr().orderByTaskCreateTime().asc()
                .listPage(0, 500).forEach(t -> byStep.computeIfAbsent(t.getProcessDefinitionId() + "|" + t.getTaskDefinitionKey(),
                        k -> new ArrayList<>()).add(t));
        List<BatchGroup> groups = new ArrayList<>();
        byStep.forEach((group, tasks) -> {
            Task first = tasks.get(0);
            Map<String, String> spec = batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey());
            if (spec != null) {
                groups.add(new BatchGroup(group, first.getName(), spec.getOrDefault("batchLabel", "批量办理"), "办理意见",
                        tasks.stream().map(t -> {
                            Map<String, Object> labels = access.labelsOf(t);
                            return new BatchTask(t.getId(), (String) labels.get("caseTitle"), (String) labels.get("villageName"),
                                    BeijingTime.of(t.getDueDate()));
                        }).toList()));
            }
        });
        return groups;
    }

    /** Completes the chosen tasks with the answer the model defines for the step and the user's note. */
    public List<BatchResult> batchConfirm(List<String> taskIds, String note) {
        String text = TaskAccess.required(note, "办理意见", "批量办理");
        if (taskIds == null || taskIds.isEmpty()) {
            throw TaskAccess.refused("批量办理", "请选择任务");
        }
        Task first = access.visibleTask(taskIds.get(0));
        Map<String, String> spec = batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey());
        if (spec == null) {
            throw TaskAccess.refused("批量办理", "“" + first.getName() + "”需逐项办理，流程未允许批量办理");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        try {
            if (spec.get("batchVariables") != null) {
                variables.putAll(JSON.readValue(spec.get("batchVariables"), new TypeReference<Map<String, Object>>() {}));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batchVariables of " + first.getTaskDefinitionKey() + " is not JSON", e);
        }
        if (spec.get("batchNote") != null) {
            variables.put(spec.get("batchNote"), text);
        }
        return batchComplete(taskIds, variables);
    }

    /** Completes several tasks of one kind with the same answer, where the model marks the step batchApproval=true. */
    public List<BatchResult> batchComplete(List<String> taskIds, Map<String, Object> variables) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw TaskAccess.refused("批量办理", "请选择任务");
        }
        List<Task> tasks = taskIds.stream().distinct().map(access::visibleTask).toList();
        Task first = tasks.get(0);
        if (tasks.stream().anyMatch(t -> !t.getTaskDefinitionKey().equals(first.getTaskDefinitionKey())
                || !t.getProcessDefinitionId().equals(first.getProcessDefinitionId()))) {
            throw TaskAccess.refused("批量办理", "只能批量办理同一流程的同一环节");
        }
        if (batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey()) == null) {
            throw TaskAccess.refused("批量办理", "“" + first.getName() + "”需逐项办理，流程未允许批量办理");
        }
        List<BatchResult> results = new ArrayList<>();
        for (Task task : tasks) {
            try {
                access.requireWorker(task);
                taskService.complete(task.getId(), variables);
                access.audit(task, "BATCH", null, "批量办理");
                results.add(new BatchResult(task.getId(), true, "已办理"));
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                results.add(new BatchResult(task.getId(), false, root.getMessage()));
            }
        }
        return results;
    }

    /**
     * The batch settings the model gives the step (camunda:properties batchApproval=true, batchVariables = the
     * answer as JSON, batchNote = the variable the user's note goes to, batchLabel = what the batch does), or null.
     */
    private Map<String, String> batchSpec(String processDefinitionId, String taskDefinitionKey) {
        UserTask model = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId))
                .getModelElementById(taskDefinitionKey);
        if (model == null || model.getExtensionElements() == null) {
            return null;
        }
        Map<String, String> spec = new LinkedHashMap<>();
        model.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .list().stream().flatMap(p -> p.getCamundaProperties().stream())
                .forEach((CamundaProperty p) -> spec.put(p.getCamundaName(), p.getCamundaValue()));
        return "true".equals(spec.get("batchApproval")) ? spec : null;
    }
}
