package cn.lingyan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.UnitScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 办理时效 with the JVM in UTC: its periods are Beijing days and "now" is the application's, compared with the engine's
 * own timestamps, which the engine writes as {@link java.util.Date}s in the JVM's zone.
 */
@MybatisTest
@TestPropertySource(properties = "spring.sql.init.schema-locations="
        + "classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql,"
        + "classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql")
class DashboardTimeZoneTest {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** 09:00 on Monday 23 Nov 2026 in Beijing, 01:00 UTC. */
    static final Clock NINE = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Autowired DashboardQueries queries;
    @Autowired JdbcTemplate jdbc;

    SlaView sla;

    @BeforeAll
    static void runsOutsideBeijingsZone() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now())).isNotEqualTo(BEIJING);
    }

    @BeforeEach
    void setUp() {
        UnitScope scope = mock(UnitScope.class);
        when(scope.scope(anyString())).thenReturn("990101");
        OrgDirectory directory = mock(OrgDirectory.class);
        when(directory.find(anyString())).thenReturn(Optional.empty());
        sla = new SlaView(queries, scope, directory, new DashboardProperties(Map.of(), 10), NINE);
        jdbc.update("INSERT INTO ly_rect_case (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "case_year, cycle, stage, supervised, deadline, extensions_used, created_at, updated_at) VALUES ('pi-1', 'pi-1', "
                + "'990101001001', '东坡村', '990101001', '990101', 2026, 1, 'RECTIFYING', FALSE, '2027-03-01', 0, ?, ?)",
                OffsetDateTime.now(NINE).toLocalDateTime(), OffsetDateTime.now(NINE).toLocalDateTime());
        jdbc.update("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
                + "IS_EVENT_SCOPE_, SUSPENSION_STATE_) VALUES ('pi-1', 1, 'pi-1', 'pi-1', TRUE, FALSE, TRUE, FALSE, 1)");
    }

    @Test
    void aStepFinishedJustAfterBeijingMidnightCountsOnThatBeijingDay() {
        // 00:30 in Beijing on 23 Nov is 16:30 UTC on 22 Nov
        finishedTask("t1", OffsetDateTime.of(2026, 11, 23, 0, 30, 0, 0, BEIJING), 3_600_000L);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(sla.of(null, monday, monday).steps()).singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(1));
        assertThat(sla.of(null, monday.minusDays(1), monday.minusDays(1)).steps()).as("not on the UTC day before").isEmpty();
    }

    @Test
    void aStepDueLaterThisMorningInBeijingIsNotPastDue() {
        openTask("t2", OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, BEIJING));
        openTask("t3", OffsetDateTime.of(2026, 11, 23, 8, 30, 0, 0, BEIJING));
        assertThat(sla.of(null, null, null).pastDue()).singleElement().satisfies(p -> assertThat(p.count()).isEqualTo(1));
    }

    private void finishedTask(String id, OffsetDateTime end, long durationMs) {
        jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, START_TIME_, END_TIME_, "
                + "DURATION_, DELETE_REASON_, PRIORITY_) VALUES (?, 'Task_DraftPlan', 'weak-branch-rectification', 'pi-1', '制定整改方案', "
                + "?, ?, ?, 'completed', 50)", id, engine(end.minusNanos(durationMs * 1_000_000)), engine(end), durationMs);
    }

    private void openTask(String id, OffsetDateTime due) {
        jdbc.update("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, "
                + "DUE_DATE_, SUSPENSION_STATE_) VALUES (?, 1, 'pi-1', 'pi-1', '报送进展', 'Task_ReportProgress', 50, ?, ?, 1)", id,
                engine(due.minusDays(3)), engine(due));
    }

    /** As the engine writes a moment: a {@link java.util.Date}, which JDBC stores in the JVM's zone. */
    private static Timestamp engine(OffsetDateTime moment) {
        return Timestamp.from(moment.toInstant());
    }
}
