package cn.lingyan.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.TestData;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Reminders before the due date and overdue notices after it: in-app and by e-mail to a local SMTP server. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "lingyan.mail.enabled=true",
        "lingyan.mail.from=lingyan@lingyan.test"})
@TestPropertySource(locations = "classpath:test.properties")
class TaskRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired TaskReminders reminders;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ApprovalLog log;
    @Autowired TestData data;

    final List<String> tasks = new ArrayList<>();

    @BeforeEach
    void reset() {
        data.reset();
        taskService.createTaskQuery().list().stream().filter(t -> t.getProcessInstanceId() == null)
                .forEach(t -> taskService.deleteTask(t.getId(), true));
    }

    @AfterEach
    void removeTasks() {
        tasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void candidatesAreRemindedOnceBeforeTheDueDateByNotificationAndEmail() throws Exception {
        task("990101001-party-committee", null, Instant.now().plus(2, ChronoUnit.HOURS));
        task("990101002-party-committee", null, Instant.now().plus(5, ChronoUnit.DAYS));

        assertThat(reminders.scan()).isEqualTo(1);
        assertThat(log.findNotifications("qingshan-dw")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("REMINDER");
            assertThat(n.text()).contains("到期，请及时办理").contains("核查名单");
        });
        assertThat(log.findNotifications("baishui-dw")).isEmpty();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("qingshan-dw@lingyan.test");
        assertThat(mails[0].getSubject()).isEqualTo("【领雁】任务即将到期：核查名单");

        assertThat(reminders.scan()).as("sent once").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAssigneeIsToldWhenATaskIsPastDue() {
        task("990101001001-branch", "dongpo-zb", Instant.now().minus(1, ChronoUnit.HOURS));

        assertThat(reminders.scan()).isEqualTo(1);
        assertThat(log.findNotifications("dongpo-zb")).extracting(NotificationRow::kind).containsExactly("OVERDUE");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(reminders.scan()).isZero();
    }

    @Test
    void tasksGetTheConfiguredDueDateWhenTheProcessSetsNone() {
        data.actAs("dongpo-zb");
        ProcessInstance vetting;
        try {
            vetting = runtimeService.startProcessInstanceByKey("secretary-candidate-vetting",
                    cn.lingyan.ProcessDriver.asSubmitted(cn.lingyan.vetting.VettingTestForms.nomination()));
        } finally {
            data.actAsSystem();
        }
        Task check = taskService.createTaskQuery().processInstanceId(vetting.getId()).singleResult();
        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_VillageCheck");
        assertThat(Duration.between(Instant.now(), check.getDueDate().toInstant()).toDays()).isEqualTo(4);
        runtimeService.deleteProcessInstance(vetting.getId(), "test");
    }

    private void task(String group, String assignee, Instant due) {
        Task task = taskService.newTask();
        task.setName("核查名单");
        task.setDueDate(Date.from(due));
        task.setAssignee(assignee);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        tasks.add(task.getId());
    }
}
