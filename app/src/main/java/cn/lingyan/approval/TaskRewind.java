package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.system.BeijingTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退回 and 撤回: the case goes back a step, by process instance modification. 退回 sends the current task back to
 * whoever completed the step before it; 撤回 lets the user take back a step they completed while the next step is
 * untouched. Neither moves a step of a parallel review on its own nor across levels of the diagram.
 */
@Service
public class TaskRewind {

    public record Withdrawable(String historicTaskId, String name, String caseTitle, OffsetDateTime completedAt) {}

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final People people;
    private final TaskAccess access;

    TaskRewind(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            IdentityService identityService, RepositoryService repositoryService, SystemAccess systemAccess, People people,
            TaskAccess access) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.access = access;
    }

    /**
     * Sends the case back to the last other step completed before this one, to the person who completed it (a
     * step repeated in a loop, e.g. a meeting held again, does not count as its own previous step).
     */
    @Transactional
    public void returnTask(String taskId, String reason) {
        Task task = access.workableTask(taskId);
        String note = TaskAccess.required(reason, "退回理由", "退回");
        requireSingleInstance(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), "退回");
        HistoricTaskInstance previous = systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).finished().orderByHistoricTaskInstanceEndTime().desc().list())
                .stream().filter(t -> "completed".equals(t.getDeleteReason()) && !t.getEndTime().after(task.getCreateTime())
                        && !t.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> TaskAccess.refused("退回", "这是本事项的第一步，没有可退回的上一步"));
        requireSingleInstance(task.getProcessDefinitionId(), previous.getTaskDefinitionKey(), "退回");
        requireSameScope(task.getProcessDefinitionId(), previous.getTaskDefinitionKey(), List.of(task.getTaskDefinitionKey()), "退回");
        Task back = moveTo(task.getProcessInstanceId(), List.of(task.getTaskDefinitionKey()), previous.getTaskDefinitionKey(),
                previous.getAssignee());
        systemAccess.call(() -> {
            taskService.setVariableLocal(back.getId(), "returnReason", note);
            taskService.createComment(back.getId(), back.getProcessInstanceId(), "退回：" + note);
            return null;
        });
        access.audit(task, "RETURN", previous.getName(), note);
        if (previous.getAssignee() != null) {
            access.notify(previous.getAssignee(), "RETURN", back,
                    people.displayName(people.requireCurrentUserId()) + "退回了“" + previous.getName() + "”：" + note);
        }
    }

    /** Steps the user completed whose following steps nobody has touched yet. */
    public List<Withdrawable> withdrawable() {
        String me = people.requireCurrentUserId();
        return systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery().taskAssignee(me).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 20)).stream()
                .filter(t -> "completed".equals(t.getDeleteReason()) && canTakeBack(t))
                .map(t -> new Withdrawable(t.getId(), t.getName(), Objects.toString(access.labelsOfInstance(t.getProcessInstanceId())
                        .get("caseTitle"), ""), BeijingTime.of(t.getEndTime())))
                .toList();
    }

    @Transactional
    public void withdraw(String historicTaskId, String reason) {
        String me = people.requireCurrentUserId();
        HistoricTaskInstance mine = systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery()
                .taskId(historicTaskId).singleResult());
        if (mine == null || !me.equals(mine.getAssignee()) || !"completed".equals(mine.getDeleteReason())) {
            throw new NotFoundException("本人办理的任务 " + historicTaskId);
        }
        List<Task> next = untouchedSince(mine);
        if (next == null) {
            throw TaskAccess.refused("撤回", "下一步已有人办理或认领，或事项已办结");
        }
        String note = TaskAccess.required(reason, "撤回理由", "撤回");
        List<String> nextSteps = next.stream().map(Task::getTaskDefinitionKey).distinct().toList();
        requireSingleInstance(mine.getProcessDefinitionId(), mine.getTaskDefinitionKey(), "撤回");
        requireSameScope(mine.getProcessDefinitionId(), mine.getTaskDefinitionKey(), nextSteps, "撤回");
        Task back = moveTo(mine.getProcessInstanceId(), nextSteps, mine.getTaskDefinitionKey(), me);
        systemAccess.call(() -> {
            taskService.createComment(back.getId(), back.getProcessInstanceId(), "撤回：" + note);
            return null;
        });
        access.audit(back, "WITHDRAW", mine.getName(), note);
    }

    private boolean canTakeBack(HistoricTaskInstance done) {
        List<Task> next = untouchedSince(done);
        if (next == null) {
            return false;
        }
        try {
            requireSingleInstance(done.getProcessDefinitionId(), done.getTaskDefinitionKey(), "撤回");
            requireSameScope(done.getProcessDefinitionId(), done.getTaskDefinitionKey(),
                    next.stream().map(Task::getTaskDefinitionKey).distinct().toList(), "撤回");
            return true;
        } catch (InvalidInputException notHere) {
            return false;
        }
    }

    /** A step inside a multi-instance (e.g. one department of the joint review) cannot be moved on its own. */
    private void requireSingleInstance(String processDefinitionId, String activityId, String operation) {
        FlowElement element = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId))
                .getModelElementById(activityId);
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess sub && sub.getLoopCharacteristics() != null) {
                throw TaskAccess.refused(operation, "“" + element.getName() + "”是并行办理的环节之一，不能单独退回或撤回");
            }
        }
    }

    /**
     * Moving a case back only within one level of the diagram: a step inside a sub-process (the monthly report, a
     * department's review) and a step outside it are not each other's previous step.
     */
    private void requireSameScope(String processDefinitionId, String target, List<String> current, String operation) {
        var model = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId));
        var scope = ((FlowElement) model.getModelElementById(target)).getParentElement();
        for (String activity : current) {
            if (((FlowElement) model.getModelElementById(activity)).getParentElement() != scope) {
                throw TaskAccess.refused(operation, "上一步与当前环节不在同一流程层级（如并行审查、月度报送），请通过流程办理");
            }
        }
    }

    /** The open tasks that followed {@code done}, if nobody has claimed or commented on them; null otherwise. */
    private List<Task> untouchedSince(HistoricTaskInstance done) {
        return systemAccess.call(() -> {
            List<Task> open = taskService.createTaskQuery().processInstanceId(done.getProcessInstanceId()).list();
            boolean laterCompleted = historyService.createHistoricTaskInstanceQuery().processInstanceId(done.getProcessInstanceId())
                    .finished().list().stream().anyMatch(t -> !t.getId().equals(done.getId()) && t.getEndTime().after(done.getEndTime()));
            boolean untouched = !open.isEmpty() && !laterCompleted && open.stream().allMatch(t -> !t.getCreateTime().before(done.getEndTime())
                    && t.getAssignee() == null && taskService.getTaskComments(t.getId()).isEmpty());
            return untouched ? open : null;
        });
    }

    /** Cancels the given steps and starts {@code activityId} again, for {@code assignee}. */
    private Task moveTo(String processInstanceId, List<String> cancel, String activityId, String assignee) {
        // the modification runs as its own engine command (flushed before the query below), as the system
        systemAccess.asSystem(() -> {
            var modification = runtimeService.createProcessInstanceModification(processInstanceId);
            for (String activity : cancel) {
                modification = modification.cancelAllForActivity(activity);
            }
            modification.startBeforeActivity(activityId).execute();
            return null;
        });
        return systemAccess.call(() -> {
            Task back = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
            if (assignee != null && identityService.createUserQuery().userId(assignee).count() > 0) {
                taskService.setAssignee(back.getId(), assignee);
            }
            return back;
        });
    }
}
