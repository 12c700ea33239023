package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.approval.ApprovalLog;
import cn.lingyan.approval.AuditRow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moments in our tables with the JVM in UTC: stored as Beijing wall-clock time, read back at +08:00, the same instant. */
@MybatisTest
class BeijingTimestampsTimeZoneTest {

    @Autowired ApprovalLog log;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void runsOutsideBeijingsZone() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now())).isNotEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void aMomentGivenAtAnyOffsetIsStoredAsBeijingWallClockAndReadBackAtPlusEight() {
        // 16:05 UTC on 31 Dec is already New Year's Day in Beijing
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 31, 16, 5, 30, 900_000_000, ZoneOffset.UTC);
        log.insertAudit(new AuditRow(null, "task-tz", "pi-tz", "县委组织部确认软弱涣散村", "URGE", "qingshan-dw", null, null, utc));

        assertThat(jdbc.queryForObject("SELECT created_at FROM ly_task_audit WHERE task_id = 'task-tz'", LocalDateTime.class))
                .as("whole seconds, Beijing wall clock").isEqualTo(LocalDateTime.of(2027, 1, 1, 0, 5, 30));
        OffsetDateTime read = log.findAuditOfTask("task-tz").get(0).createdAt();
        assertThat(read).isEqualTo(OffsetDateTime.of(2027, 1, 1, 0, 5, 30, 0, ZoneOffset.ofHours(8)));
        assertThat(read.toInstant()).isEqualTo(utc.toInstant().minusMillis(900));
        assertThat(log.findLatestAudit("task-tz", "URGE", OffsetDateTime.of(2026, 12, 31, 16, 5, 0, 0, ZoneOffset.UTC)))
                .as("a bound at another offset compares by instant").isNotNull();
        assertThat(log.findLatestAudit("task-tz", "URGE", OffsetDateTime.of(2027, 1, 1, 0, 6, 0, 0, ZoneOffset.ofHours(8)))).isNull();
    }

    @Test
    void theApplicationClockAndEngineDatesBecomeBeijingTime() {
        assertThat(BeijingTime.now().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(BeijingTime.of(Date.from(Instant.parse("2026-11-29T10:08:00Z")))).hasToString("2026-11-29T18:08+08:00");
        assertThat(BeijingTime.of((Date) null)).isNull();
    }
}
