package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.system.BeijingTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 审批意见 and 审批记录: a comment on the task, and every earlier decision on its case. */
@Service
public class TaskTimeline {

    /** A line of a task's approval history. */
    public record TimelineEntry(OffsetDateTime time, String kind, String actor, String actorName, String step, String text) {}

    private final TaskService taskService;
    private final HistoryService historyService;
    private final SystemAccess systemAccess;
    private final People people;
    private final TaskAccess access;
    private final ApprovalLog log;

    TaskTimeline(TaskService taskService, HistoryService historyService, SystemAccess systemAccess, People people,
            TaskAccess access, ApprovalLog log) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.access = access;
        this.log = log;
    }

    @Transactional
    public void comment(String taskId, String text) {
        Task task = access.visibleTask(taskId);
        String note = TaskAccess.required(text, "审批意见", "提交意见");
        systemAccess.call(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), note));
        access.audit(task, "COMMENT", null, note);
    }

    /** Every earlier decision on the case: comments, completed steps and approval operations, oldest first. */
    public List<TimelineEntry> timeline(String taskId) {
        Task task = access.visibleTask(taskId);
        String instance = task.getProcessInstanceId();
        List<TimelineEntry> entries = new ArrayList<>();
        systemAccess.call(() -> {
            historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list().stream()
                    .filter(t -> "completed".equals(t.getDeleteReason()))
                    .forEach(t -> entries.add(new TimelineEntry(BeijingTime.of(t.getEndTime()), "COMPLETED", t.getAssignee(),
                            people.displayName(t.getAssignee()), t.getName(), "办理完成")));
            taskService.getProcessInstanceComments(instance).forEach(c -> entries.add(new TimelineEntry(BeijingTime.of(c.getTime()), "COMMENT",
                    c.getUserId(), people.displayName(c.getUserId()), taskName(c.getTaskId()), c.getFullMessage())));
            return null;
        });
        // comments are already in from the engine; the audit adds the operations
        for (AuditRow row : log.findAuditOfInstance(instance)) {
            if (!"COMMENT".equals(row.kind())) {
                entries.add(new TimelineEntry(row.createdAt(), row.kind(), row.actor(),
                        people.displayName(row.actor()), row.taskName(), (row.target() == null ? "" : row.target() + "：")
                                + Objects.toString(row.note(), "")));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    private String taskName(String taskId) {
        if (taskId == null) {
            return null;
        }
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getName();
    }
}
