package cn.lingyan.approval;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import java.time.Clock;
import cn.lingyan.system.BeijingTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Reminds the people of a task before its due date (提醒) and tells them when it is past due (超期): an in-app
 * notification and, when mail is on and the user has an address, an e-mail. Each reminder goes out once per task
 * and due date (a changed due date reminds again).
 */
@Component
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final TaskService taskService;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final People people;
    private final ApprovalLog approvalLog;
    private final MailNotifier mail;
    private final ReminderProperties properties;
    private final Clock clock;

    TaskReminders(TaskService taskService, IdentityService identityService, SystemAccess systemAccess, People people,
            ApprovalLog approvalLog, MailNotifier mail, ReminderProperties properties, Clock clock) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
        this.people = people;
        this.approvalLog = approvalLog;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** One scan: reminders for tasks due within the reminder window, notices for tasks past due. Returns how many went out. */
    public int scan() {
        Date now = Date.from(clock.instant());
        Date soon = Date.from(clock.instant().plus(properties.remindBefore()));
        List<Task> dueSoon = systemAccess.call(() -> taskService.createTaskQuery().dueAfter(now).dueBefore(soon).list());
        List<Task> overdue = systemAccess.call(() -> taskService.createTaskQuery().dueBefore(now).list());
        int sent = 0;
        for (Task task : dueSoon) {
            sent += send(task, "REMINDER", "【领雁】任务即将到期：" + task.getName(),
                    "您有一项任务将于" + format(task.getDueDate()) + "到期，请及时办理：" + task.getName() + describe(task));
        }
        for (Task task : overdue) {
            sent += send(task, "OVERDUE", "【领雁】任务已超期：" + task.getName(),
                    "您有一项任务已于" + format(task.getDueDate()) + "到期，请尽快办理：" + task.getName() + describe(task));
        }
        return sent;
    }

    private int send(Task task, String kind, String subject, String text) {
        try {
            approvalLog.insertReminder(task.getId(), kind, BeijingTime.of(task.getDueDate()), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException alreadySent) {
            return 0;
        }
        for (String userId : recipients(task)) {
            approvalLog.insertNotification(userId, kind, task.getId(), task.getProcessInstanceId(), text, OffsetDateTime.now(clock));
            String email = people.emailOf(userId);
            if (email != null) {
                mail.send(email, subject, text);
            }
        }
        log.debug("{} sent for task {}", kind, task.getId());
        return 1;
    }

    /** The assignee, or while nobody has claimed the task every member of its candidate groups and its candidate users. */
    private Set<String> recipients(Task task) {
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
            return users;
        }
        systemAccess.call(() -> {
            taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .forEach(link -> {
                        if (link.getUserId() != null) {
                            users.add(link.getUserId());
                        } else {
                            identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(u -> users.add(u.getId()));
                        }
                    });
            return null;
        });
        return users;
    }

    private String describe(Task task) {
        Object title = task.getProcessInstanceId() == null ? null
                : systemAccess.call(() -> taskService.getVariable(task.getId(), "caseTitle"));
        return title == null ? "" : "（" + Objects.toString(title) + "）";
    }

    private String format(Date date) {
        return date.toInstant().atZone(clock.getZone()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

}
