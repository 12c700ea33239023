package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办 and 委派: the task goes to another of its candidates, for good (转办) or to be done and handed back to the
 * one who delegated it for confirmation (委派).
 */
@Service
public class TaskHandOver {

    private final TaskService taskService;
    private final SystemAccess systemAccess;
    private final People people;
    private final TaskAccess access;

    TaskHandOver(TaskService taskService, SystemAccess systemAccess, People people, TaskAccess access) {
        this.taskService = taskService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.access = access;
    }

    @Transactional
    public void transfer(String taskId, String userId, String reason) {
        Task task = access.workableTask(taskId);
        String note = TaskAccess.required(reason, "转办理由", "转办");
        access.requireCandidate(task, userId, "转办");
        String to = people.displayName(userId);
        systemAccess.call(() -> {
            taskService.setAssignee(task.getId(), userId);
            taskService.createComment(task.getId(), task.getProcessInstanceId(), "转办给" + to + "：" + note);
            return null;
        });
        access.audit(task, "TRANSFER", to, note);
        access.notify(userId, "TRANSFER", task,
                people.displayName(people.requireCurrentUserId()) + "将任务“" + task.getName() + "”转办给您：" + note);
    }

    @Transactional
    public void delegate(String taskId, String userId, String reason) {
        Task task = access.workableTask(taskId);
        String note = TaskAccess.required(reason, "委派说明", "委派");
        access.requireCandidate(task, userId, "委派");
        String me = people.requireCurrentUserId();
        String to = people.displayName(userId);
        systemAccess.call(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), me);
            }
            taskService.delegateTask(task.getId(), userId);
            taskService.createComment(task.getId(), task.getProcessInstanceId(), "委派给" + to + "：" + note);
            return null;
        });
        access.audit(task, "DELEGATE", to, note);
        access.notify(userId, "DELEGATE", task, people.displayName(me) + "将任务“" + task.getName() + "”委派给您，办理后交回确认：" + note);
    }
}
