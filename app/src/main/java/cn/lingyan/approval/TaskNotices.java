package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.org.Routing;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送 and 催办, and the user's 消息 they (and the reminders) leave: the list and marking one read. */
@Service
public class TaskNotices {

    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final People people;
    private final TaskAccess access;
    private final ApprovalLog log;
    private final ReminderProperties reminders;
    private final Clock clock;

    TaskNotices(IdentityService identityService, SystemAccess systemAccess, People people, TaskAccess access, ApprovalLog log,
            ReminderProperties reminders, Clock clock) {
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.access = access;
        this.log = log;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Sends a read-only copy to users or groups of a unit that contains the case's village. */
    @Transactional
    public void cc(String taskId, List<String> userIds, List<String> groupIds, String note) {
        Task task = access.visibleTask(taskId);
        List<String> users = cleaned(userIds);
        List<String> groups = cleaned(groupIds);
        if (users.isEmpty() && groups.isEmpty()) {
            throw TaskAccess.refused("抄送", "请至少选择一个抄送对象");
        }
        String code = access.unitOfCase(task);
        for (String user : users) {
            List<String> units = people.groupIdsOf(user).stream().map(Routing::unitOf).filter(Objects::nonNull).toList();
            if (units.isEmpty() || units.stream().noneMatch(u -> code != null && code.startsWith(u))) {
                throw TaskAccess.refused("抄送", "“" + user + "”不在本事项所属单位（含上级单位）内");
            }
        }
        for (String group : groups) {
            String unit = Routing.unitOf(group);
            if (unit == null || code == null || !code.startsWith(unit)) {
                throw TaskAccess.refused("抄送", "用户组“" + group + "”不在本事项所属单位（含上级单位）内");
            }
        }
        Map<String, Object> labels = access.labelsOf(task);
        String from = people.requireCurrentUserId();
        String text = people.displayName(from) + "抄送：“" + task.getName() + "”（" + Objects.toString(labels.get("caseTitle"), "") + "）"
                + (note == null || note.isBlank() ? "" : "，" + note.trim());
        for (String user : users) {
            log.insertCc(new CcRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), (String) labels.get("caseTitle"),
                    (String) labels.get("villageName"), from, user, null, note, OffsetDateTime.now(clock)));
            access.notify(user, "CC", task, text);
        }
        for (String group : groups) {
            log.insertCc(new CcRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), (String) labels.get("caseTitle"),
                    (String) labels.get("villageName"), from, null, group, note, OffsetDateTime.now(clock)));
            systemAccess.call(() -> identityService.createUserQuery().memberOfGroup(group).list())
                    .forEach(u -> access.notify(u.getId(), "CC", task, text));
        }
        List<String> targets = new ArrayList<>(users);
        targets.addAll(groups);
        access.audit(task, "CC", String.join("、", targets), note);
    }

    /** Copies sent to the user or to one of their groups. */
    public List<CcRow> copiesForMe() {
        String me = people.requireCurrentUserId();
        return log.findCcFor(me, people.groupIdsOf(me));
    }

    /** Urges the assignee, or every candidate while nobody has claimed the task; once per task per urge interval (1 hour [A]). */
    @Transactional
    public void urge(String taskId, String note) {
        Task task = access.visibleTask(taskId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AuditRow last = log.findLatestAudit(task.getId(), "URGE", now.minus(reminders.urgeInterval()));
        if (last != null) {
            throw new InvalidInputException(ErrorCode.TOO_FREQUENT, reminders.urgeIntervalText(),
                    last.createdAt().plus(reminders.urgeInterval()).toLocalDateTime().withNano(0).toString().replace('T', ' '));
        }
        List<String> recipients = task.getAssignee() != null ? List.of(task.getAssignee())
                : access.candidates(taskId).stream().map(Candidate::id).toList();
        String text = people.displayName(people.requireCurrentUserId()) + "催办：请尽快办理“" + task.getName() + "”"
                + (note == null || note.isBlank() ? "" : "（" + note.trim() + "）");
        recipients.forEach(user -> access.notify(user, "URGE", task, text));
        access.audit(task, "URGE", String.join("、", recipients), note);
    }

    public List<NotificationRow> notifications() {
        return log.findNotifications(people.requireCurrentUserId());
    }

    public void markRead(long id) {
        String me = people.requireCurrentUserId();
        if (log.markRead(id, me) == 0 && log.findNotifications(me).stream().noneMatch(n -> n.id() == id)) {
            throw new NotFoundException("消息 " + id);
        }
    }

    /** The chosen ids, trimmed, each once. */
    private static List<String> cleaned(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
    }
}
