package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.PlainValues;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What every approval operation checks first and leaves behind: whether the signed-in user may see or work the
 * task, who else may take it, the case's labels and unit, and the audit row and notifications written in the
 * operation's transaction. Engine calls the user holds no permission for run with checks off, only after those
 * checks.
 */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final People people;
    private final ApprovalLog log;
    private final Clock clock;

    TaskAccess(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
            SystemAccess systemAccess, People people, ApprovalLog log, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.log = log;
        this.clock = clock;
    }

    /** The task, if the signed-in user may see it (the engine's authorization checks decide). */
    Task visibleTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("任务 " + taskId);
        }
        return task;
    }

    /** The task, if the signed-in user may see it and works it. */
    Task workableTask(String taskId) {
        Task task = visibleTask(taskId);
        requireWorker(task);
        return task;
    }

    /** The assignee, the owner of a delegated task, or — while nobody has claimed it — one of its candidates. */
    void requireWorker(Task task) {
        String me = people.requireCurrentUserId();
        boolean works = me.equals(task.getAssignee()) || me.equals(task.getOwner())
                || task.getAssignee() == null && candidates(task.getId()).stream().anyMatch(c -> c.id().equals(me));
        if (!works) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, me, task.getName());
        }
    }

    /** Users who may take the task: the members of its candidate groups and its candidate users. */
    List<Candidate> candidates(String taskId) {
        Task task = visibleTask(taskId);
        return systemAccess.call(() -> {
            Map<String, Candidate> users = new LinkedHashMap<>();
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                List<User> members = link.getGroupId() != null
                        ? identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        : identityService.createUserQuery().userId(link.getUserId()).list();
                members.forEach(u -> users.putIfAbsent(u.getId(), new Candidate(u.getId(), People.displayName(u))));
            }
            return new ArrayList<>(users.values());
        });
    }

    /** A hand-over goes to someone else who holds the same post, never outside the task's candidates. */
    void requireCandidate(Task task, String userId, String operation) {
        if (userId == null || userId.equals(people.requireCurrentUserId())) {
            throw refused(operation, "请选择本人以外的办理人");
        }
        if (candidates(task.getId()).stream().noneMatch(c -> c.id().equals(userId))) {
            throw refused(operation, "“" + userId + "”不是本任务的候选办理人（同一岗位的人员）");
        }
    }

    /** The village code of the task's case. */
    String unitOfCase(Task task) {
        return PlainValues.text(systemAccess.call(() -> runtimeService.getVariable(task.getExecutionId(), "villageCode")));
    }

    Map<String, Object> labelsOf(Task task) {
        return labelsOfInstance(task.getProcessInstanceId());
    }

    /** caseTitle and villageName of a running case; empty once the case has ended. */
    Map<String, Object> labelsOfInstance(String processInstanceId) {
        return systemAccess.call(() -> {
            Map<String, Object> labels = new LinkedHashMap<>();
            if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                labels.put("caseTitle", runtimeService.getVariable(processInstanceId, "caseTitle"));
                labels.put("villageName", runtimeService.getVariable(processInstanceId, "villageName"));
            }
            return labels;
        });
    }

    void audit(Task task, String kind, String target, String note) {
        // the application's clock (Asia/Shanghai), not the database's, so "once an hour" holds whatever the server zone
        log.insertAudit(new AuditRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), kind,
                people.requireCurrentUserId(), target, note, OffsetDateTime.now(clock)));
    }

    void notify(String userId, String kind, Task task, String text) {
        log.insertNotification(userId, kind, task.getId(), task.getProcessInstanceId(), text, OffsetDateTime.now(clock));
    }

    /** The person's own words for an operation: present, at most 2000 characters, trimmed. */
    static String required(String text, String what, String operation) {
        if (text == null || text.isBlank()) {
            throw refused(operation, "请填写" + what);
        }
        if (text.length() > 2000) {
            throw refused(operation, what + "不能超过2000字");
        }
        return text.trim();
    }

    static InvalidInputException refused(String operation, String why) {
        return new InvalidInputException(ErrorCode.OPERATION_REFUSED, operation, why);
    }
}
