package cn.lingyan.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** The approval log's SQL (audit, copies, notifications, attachments, reminders) on H2 with the real Flyway migrations. */
@MybatisTest
class ApprovalLogSliceTest {

    /** The operations stamp their rows with the application's clock; the tests with fixed times. */
    static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Autowired ApprovalLog log;

    // ---------------------------------------------------------------- audit

    @Test
    void auditIsListedPerCaseAndPerTaskInTheOrderRecorded() {
        log.insertAudit(audit("task-1", "pi-1", "RETURN", "yanming-zzb", "退回：附件缺𠮷村公章", NINE.plusMinutes(5)));
        log.insertAudit(audit("task-2", "pi-1", "CC", "qingshan-dw", null, NINE));
        log.insertAudit(audit("task-1", "pi-1", "URGE", "qingshan-dw", "请尽快办理", NINE.plusMinutes(1)));
        log.insertAudit(audit("task-3", "pi-2", "URGE", "qingshan-dw", null, NINE));

        List<AuditRow> ofCase = log.findAuditOfInstance("pi-1");
        assertThat(ofCase).extracting(AuditRow::taskId, AuditRow::kind).as("in the order recorded, not by time")
                .containsExactly(tuple("task-1", "RETURN"), tuple("task-2", "CC"), tuple("task-1", "URGE"));
        assertThat(ofCase.get(0)).extracting(AuditRow::processInstanceId, AuditRow::taskName, AuditRow::actor, AuditRow::target,
                AuditRow::note, AuditRow::createdAt)
                .containsExactly("pi-1", "县委组织部确认软弱涣散村", "yanming-zzb", "dongpo-sj", "退回：附件缺𠮷村公章", NINE.plusMinutes(5));
        assertThat(log.findAuditOfTask("task-1")).extracting(AuditRow::kind).containsExactly("RETURN", "URGE");
        assertThat(log.findAuditOfTask("task-9")).isEmpty();
        assertThat(log.findAuditOfInstance("pi-9")).isEmpty();
    }

    @Test
    void theLatestAuditCountsFromTheGivenTimeOnAndOnlyOfThatKindAndTask() {
        log.insertAudit(audit("task-1", "pi-1", "URGE", "qingshan-dw", "第一次", NINE));
        log.insertAudit(audit("task-1", "pi-1", "URGE", "qingshan-dw", "第二次", NINE.plusMinutes(30)));
        log.insertAudit(audit("task-1", "pi-1", "CC", "qingshan-dw", null, NINE.plusMinutes(40)));
        log.insertAudit(audit("task-2", "pi-1", "URGE", "qingshan-dw", null, NINE.plusMinutes(50)));

        assertThat(log.findLatestAudit("task-1", "URGE", NINE).note()).isEqualTo("第二次");
        assertThat(log.findLatestAudit("task-1", "URGE", NINE.plusMinutes(30)).note()).as("from the given time on").isEqualTo("第二次");
        assertThat(log.findLatestAudit("task-1", "URGE", NINE.plusMinutes(31))).isNull();
        assertThat(log.findLatestAudit("task-1", "RETURN", NINE)).isNull();
    }

    // ---------------------------------------------------------------- copies

    @Test
    void copiesReachTheirUserAndTheMembersOfTheirGroupsNewestFirst() {
        log.insertCc(cc("task-1", "dongpo-sj", null, "请阅𠮷村整改方案", NINE));
        log.insertCc(cc("task-2", null, "990101001-party-committee", null, NINE.plusMinutes(1)));
        log.insertCc(cc("task-3", "qingshan-dw", null, null, NINE.plusMinutes(2)));
        log.insertCc(cc("task-4", null, "990101-org-dept", null, NINE.plusMinutes(3)));
        log.insertCc(cc("task-5", null, "990101001001-branch", null, NINE.plusMinutes(4)));

        assertThat(log.findCcFor("dongpo-sj", List.of("990101001001-first-secretary", "990101001001-branch")))
                .extracting(CcRow::taskId).containsExactly("task-5", "task-1");
        assertThat(log.findCcFor("qingshan-dw", List.of("990101001-party-committee"))).extracting(CcRow::taskId)
                .containsExactly("task-3", "task-2");
        assertThat(log.findCcFor("dongpo-sj", List.of())).extracting(CcRow::taskId).as("no groups").containsExactly("task-1");
        assertThat(log.findCcFor("dongpo-sj", null)).extracting(CcRow::taskId).containsExactly("task-1");
        assertThat(log.findCcFor("nobody", List.of("nobody-group"))).isEmpty();

        CcRow copy = log.findCcFor("dongpo-sj", List.of()).get(0);
        assertThat(copy).extracting(CcRow::processInstanceId, CcRow::taskName, CcRow::caseTitle, CcRow::villageName, CcRow::fromUser,
                CcRow::toUser, CcRow::toGroup, CcRow::note, CcRow::createdAt)
                .containsExactly("pi-1", "制定整改方案", "东坡村软弱涣散整顿", "东坡村", "qingshan-dw", "dongpo-sj", null, "请阅𠮷村整改方案", NINE);
    }

    // ---------------------------------------------------------------- notifications

    @Test
    void notificationsAreListedNewestFirstAndMarkedReadOnceByTheirOwner() {
        log.insertNotification("dongpo-sj", "URGE", "task-1", "pi-1", "王𠮷催办：请尽快办理“制定整改方案”", NINE);
        log.insertNotification("dongpo-sj", "REMINDER", "task-2", "pi-1", "您有一项任务即将到期", NINE.plusHours(1));
        log.insertNotification("qingshan-dw", "URGE", "task-1", "pi-1", "催办", NINE);

        List<NotificationRow> mine = log.findNotifications("dongpo-sj");
        assertThat(mine).extracting(NotificationRow::kind).containsExactly("REMINDER", "URGE");
        NotificationRow urge = mine.get(1);
        assertThat(urge).extracting(NotificationRow::userId, NotificationRow::taskId, NotificationRow::processInstanceId,
                NotificationRow::text, NotificationRow::createdAt, NotificationRow::readAt)
                .containsExactly("dongpo-sj", "task-1", "pi-1", "王𠮷催办：请尽快办理“制定整改方案”", NINE, null);

        assertThat(log.markRead(urge.id(), "qingshan-dw")).as("someone else's").isZero();
        assertThat(log.markRead(urge.id(), "dongpo-sj")).isEqualTo(1);
        assertThat(log.markRead(urge.id(), "dongpo-sj")).as("already read").isZero();
        assertThat(log.markRead(urge.id() + 1000, "dongpo-sj")).isZero();

        mine = log.findNotifications("dongpo-sj");
        // read_at comes from the application's clock (Beijing time), not the database's
        assertThat(mine.get(1).readAt()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
        assertThat(mine.get(1).readAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(mine.get(0).readAt()).isNull();
        assertThat(log.findNotifications("qingshan-dw")).singleElement().extracting(NotificationRow::readAt).isNull();
        assertThat(log.findNotifications("nobody")).isEmpty();
    }

    // ---------------------------------------------------------------- attachments

    @Test
    void attachmentsAreListedPerCaseOldestFirstAndFoundById() {
        log.insertAttachment(new AttachmentRow("att-b", "task-2", "pi-1", "验收", 2_048L, "yanming-zzb", NINE.plusDays(1)));
        log.insertAttachment(new AttachmentRow("att-c", "task-1", "pi-1", "制定整改方案（𠮷村）", 5_242_880L, "dongpo-sj", NINE));
        log.insertAttachment(new AttachmentRow("att-a", "task-1", "pi-1", "制定整改方案（𠮷村）", 1_024L, "dongpo-sj", NINE));
        log.insertAttachment(new AttachmentRow("att-d", "task-3", "pi-2", null, 10L, "liuxi-sj", NINE));

        assertThat(log.findAttachments("pi-1")).extracting(AttachmentRow::attachmentId).containsExactly("att-a", "att-c", "att-b");
        assertThat(log.findAttachment("att-c")).isEqualTo(
                new AttachmentRow("att-c", "task-1", "pi-1", "制定整改方案（𠮷村）", 5_242_880L, "dongpo-sj", NINE));
        assertThat(log.findAttachment("att-d").step()).isNull();
        assertThat(log.findAttachment("att-x")).isNull();
        assertThat(log.findAttachments("pi-9")).isEmpty();
        assertThatThrownBy(() -> log.insertAttachment(new AttachmentRow("att-a", "task-2", "pi-1", null, 1L, "dongpo-sj", NINE)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    // ---------------------------------------------------------------- reminders

    @Test
    void aReminderIsRecordedOncePerTaskKindAndDueDate() {
        OffsetDateTime due = NINE.plusDays(3);
        OffsetDateTime postponed = NINE.plusDays(10);
        log.insertReminder("task-1", "REMINDER", due, NINE);

        assertThatThrownBy(() -> log.insertReminder("task-1", "REMINDER", due, NINE.plusMinutes(5)))
                .as("sent once, even when a second node scans").isInstanceOf(DuplicateKeyException.class);
        assertThatCode(() -> {
            log.insertReminder("task-1", "OVERDUE", due, NINE.plusDays(3));
            log.insertReminder("task-1", "REMINDER", postponed, NINE.plusDays(8));
            log.insertReminder("task-2", "REMINDER", due, NINE);
        }).as("another kind, a new due date, another task").doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- test data

    /** An operation on 东坡村's rectification case, aimed at its first secretary. */
    static AuditRow audit(String taskId, String processInstanceId, String kind, String actor, String note, OffsetDateTime at) {
        return new AuditRow(null, taskId, processInstanceId, "县委组织部确认软弱涣散村", kind, actor, "dongpo-sj", note, at);
    }

    /** A copy of 东坡村's plan sent by the township to a user or a group. */
    static CcRow cc(String taskId, String toUser, String toGroup, String note, OffsetDateTime at) {
        return new CcRow(null, taskId, "pi-1", "制定整改方案", "东坡村软弱涣散整顿", "东坡村", "qingshan-dw", toUser, toGroup, note, at);
    }
}
