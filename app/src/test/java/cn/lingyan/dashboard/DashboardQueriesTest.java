package cn.lingyan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.lingyan.dashboard.DashboardRows.CaseLine;
import cn.lingyan.dashboard.DashboardRows.KeyCount;
import cn.lingyan.dashboard.DashboardRows.TaskDuration;
import cn.lingyan.dashboard.DashboardRows.UnitCount;
import cn.lingyan.dashboard.DashboardRows.YearKind;
import cn.lingyan.system.BeijingTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard's SQL on H2 against known rows, each query kept to its division-code prefix. Our tables come from
 * the Flyway migrations, the engine's ACT_* tables from Camunda's own H2 create scripts (the slice starts no engine),
 * so the joins with the task history run on the engine's real schema. Every test rolls back.
 */
@MybatisTest
@TestPropertySource(properties = "spring.sql.init.schema-locations="
        + "classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql,"
        + "classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql")
class DashboardQueriesTest {

    static final String COUNTY = "990101";
    static final String QINGSHAN = "990101001";
    static final String DONGPO = "990101001001";
    static final String XINGHUA = "990101002001";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);

    @Autowired DashboardQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ledgerLinesCountTheCurrentCyclesMeasuresAndCategoriesAndTheLastLookBack() {
        long dongpo = rectCase("c-dongpo", DONGPO, "RECTIFYING", 2, TODAY.minusDays(3));
        measure(dongpo, 1, 1, "DONE");
        measure(dongpo, 2, 1, "DONE");
        measure(dongpo, 2, 2, "IN_PROGRESS");
        category(dongpo, 1, "W05");
        category(dongpo, 2, "W01");
        category(dongpo, 2, "W10");
        jdbc.update("INSERT INTO ly_rect_assignment (case_id, cycle, county_leader_id, township_leader_name, first_secretary_id, "
                + "paired_unit, assigned_at) VALUES (?, 2, 'yanming-ld', '王副镇长', 'dongpo-sj', '县农业农村局', ?)", dongpo, NOW);
        event(dongpo, "CONFIRMED", NOW.minusYears(2));
        event(dongpo, "CLOSED", NOW.minusYears(1));
        event(dongpo, "REOPENED", NOW.minusMonths(1));
        long xinghua = rectCase("c-xinghua", XINGHUA, "CLOSED", 1, TODAY.minusMonths(2));
        event(xinghua, "CONFIRMED", NOW.minusMonths(3));
        event(xinghua, "SIGNED_OFF", NOW.minusMonths(2));
        event(xinghua, "CLOSED", NOW.minusMonths(1));
        jdbc.update("INSERT INTO ly_rect_acceptance (case_id, cycle, score, unsatisfied_ratio, all_tasks_closed, result, decided_at) "
                + "VALUES (?, 1, 85, 0.1, TRUE, 'PASS', ?), (?, 1, 50, 0.5, FALSE, 'FAIL', ?)", xinghua, NOW.minusMonths(2), xinghua,
                NOW.minusMonths(4));

        assertThat(queries.caseLines(QINGSHAN)).singleElement().satisfies(line -> {
            assertThat(line).extracting(CaseLine::villageCode, CaseLine::stage, CaseLine::supervised, CaseLine::deadline)
                    .containsExactly(DONGPO, "RECTIFYING", true, TODAY.minusDays(3));
            assertThat(line.measuresTotal()).isEqualTo(2);
            assertThat(line.measuresDone()).isEqualTo(1);
            assertThat(line.countyLeaderId()).isEqualTo("yanming-ld");
            assertThat(line.townshipLeaderName()).isEqualTo("王副镇长");
            assertThat(line.lastOutcome()).isEqualTo("REOPENED");
        });
        assertThat(queries.caseLines(COUNTY)).extracting(CaseLine::villageCode, CaseLine::lastOutcome, CaseLine::measuresTotal)
                .containsExactly(tuple(DONGPO, "REOPENED", 2L), tuple(XINGHUA, "CLOSED", 0L));
        assertThat(queries.caseCategories(COUNTY)).extracting(c -> c.caseId(), c -> c.code())
                .containsExactly(tuple(dongpo, "W01"), tuple(dongpo, "W10"));
        assertThat(queries.caseEventsByYear(COUNTY)).extracting(YearKind::eventYear, YearKind::kind, YearKind::total)
                .containsExactlyInAnyOrder(tuple(2024, "CONFIRMED", 1L), tuple(2025, "CLOSED", 1L), tuple(2026, "CONFIRMED", 1L),
                        tuple(2026, "SIGNED_OFF", 1L), tuple(2026, "CLOSED", 1L));
        assertThat(queries.acceptancesByYear(COUNTY)).extracting(YearKind::eventYear, YearKind::kind, YearKind::total)
                .containsExactly(tuple(2026, "ACCEPTED", 1L));
        assertThat(queries.overdueCasesByTownship(COUNTY, TODAY)).extracting(UnitCount::unitCode, UnitCount::total)
                .containsExactly(tuple(QINGSHAN, 1L));
        assertThat(queries.caseLines("990101003")).isEmpty();
    }

    @Test
    void vettingPipelineCountsOpenStagesOutcomesLateAnswersClausesAndStars() {
        long open = vetting("v-open", DONGPO, "JOINT_REVIEW", null);
        answer(open, "review-police", TODAY.minusDays(1), null, "");
        answer(open, "review-court", TODAY.plusDays(2), null, "");
        answer(open, "review-justice", TODAY.minusDays(5), "NO_HIT", "");
        long refused = vetting("v-refused", XINGHUA, "CLOSED", "DISQUALIFIED");
        answer(refused, "review-police", TODAY.minusDays(10), "HIT", "N01,S06");
        answer(refused, "review-court", TODAY.minusDays(10), "NO_HIT", "");
        vetting("v-filed", DONGPO, "CLOSED", "FILED");
        assessment("a-dongpo", DONGPO, 4);
        assessment("a-xinghua", XINGHUA, 2);

        assertThat(queries.openVettingsByStage(COUNTY)).extracting(KeyCount::groupKey, KeyCount::total)
                .containsExactly(tuple("JOINT_REVIEW", 1L));
        assertThat(queries.vettingOutcomes(COUNTY)).extracting(KeyCount::groupKey, KeyCount::total)
                .containsExactlyInAnyOrder(tuple("DISQUALIFIED", 1L), tuple("FILED", 1L));
        assertThat(queries.vettingOutcomes(QINGSHAN)).extracting(KeyCount::groupKey).containsExactly("FILED");
        // answers of ended vettings no longer count as load
        assertThat(queries.departmentLoad(COUNTY, TODAY)).extracting(d -> d.department(), d -> d.outstanding(), d -> d.overdue())
                .containsExactly(tuple("review-court", 1L, 0L), tuple("review-justice", 0L, 0L), tuple("review-police", 1L, 1L));
        assertThat(queries.overdueAnswersByTownship(COUNTY, TODAY)).extracting(UnitCount::unitCode, UnitCount::total)
                .containsExactly(tuple(QINGSHAN, 1L));
        assertThat(queries.disqualifyingClauses(COUNTY)).extracting(c -> c.clauses()).containsExactly("N01,S06");
        assertThat(queries.disqualifyingClauses(QINGSHAN)).isEmpty();
        assertThat(queries.starDistribution(COUNTY)).extracting(KeyCount::groupKey, KeyCount::total)
                .containsExactlyInAnyOrder(tuple("2", 1L), tuple("4", 1L));
    }

    @Test
    void registerGroupsMattersAndCountsFailedMeetingsAndOpenDisclosures() {
        long works = matter("m-works", DONGPO, "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY");
        matter("m-works-2", DONGPO, "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY");
        matter("m-routine", DONGPO, "ROUTINE", null);
        long homestead = matter("m-homestead", XINGHUA, "HOMESTEAD", "REPRESENTATIVES_ASSEMBLY");
        meeting(works, false, false);
        meeting(works, true, false);
        meeting(works, true, true);
        disclosure(works, TODAY.minusDays(1), null);
        disclosure(homestead, TODAY.plusDays(3), null);
        disclosure(homestead, TODAY.minusDays(20), "CONFIRMED");

        assertThat(queries.mattersByVillage(COUNTY)).extracting(m -> m.villageCode(), m -> m.kind(), m -> m.body(), m -> m.total())
                .containsExactly(tuple(DONGPO, "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY", 2L), tuple(DONGPO, "ROUTINE", "NONE", 1L),
                        tuple(XINGHUA, "HOMESTEAD", "REPRESENTATIVES_ASSEMBLY", 1L));
        assertThat(queries.quorumFailures(COUNTY)).isEqualTo(1);
        assertThat(queries.rejections(COUNTY)).isEqualTo(1);
        assertThat(queries.rejections("990101002")).isZero();
        assertThat(queries.openDisclosures(COUNTY)).extracting(d -> d.matterId(), d -> d.kind(), d -> d.postingEnds())
                .containsExactly(tuple(works, "RESOLUTION", TODAY.minusDays(1)), tuple(homestead, "RESOLUTION", TODAY.plusDays(3)));
        assertThat(queries.overdueDisclosuresByTownship(COUNTY, TODAY)).extracting(UnitCount::unitCode, UnitCount::total)
                .containsExactly(tuple(QINGSHAN, 1L));
    }

    @Test
    void taskHistoryIsReadThroughTheLedgersOfTheUnitAndThePeriod() {
        rectCase("c-dongpo", DONGPO, "RECTIFYING", 1, TODAY.plusDays(30));
        vetting("v-xinghua", XINGHUA, "TOWNSHIP_REVIEW", null);
        matter("m-dongpo", DONGPO, "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY");
        finishedTask("t1", "c-dongpo", "weak-branch-rectification", "Task_DraftPlan", NOW.minusDays(2), 3_600_000L);
        finishedTask("t2", "v-xinghua", "secretary-candidate-vetting", "Task_VillageCheck", NOW.minusDays(1), 7_200_000L);
        finishedTask("t3", "m-dongpo", "four-deliberations-two-disclosures", "Task_Resolution", NOW.minusDays(40), 60_000L);
        finishedTask("t4", "no-ledger", "weak-branch-rectification", "Task_DraftPlan", NOW.minusDays(1), 1_000L);
        openTask("t5", "c-dongpo", "Task_ReportProgress", NOW.minusHours(1));
        openTask("t6", "v-xinghua", "Task_TownshipReview", NOW.plusDays(2));
        openTask("t7", "m-dongpo", "Task_DiscloseResolution", null);

        assertThat(queries.taskDurations(COUNTY, startOf(TODAY.minusDays(7)), startOf(TODAY.plusDays(1))))
                .extracting(TaskDuration::processKey, TaskDuration::taskKey, TaskDuration::townshipCode, TaskDuration::durationMs)
                .containsExactlyInAnyOrder(tuple("weak-branch-rectification", "Task_DraftPlan", QINGSHAN, 3_600_000L),
                        tuple("secretary-candidate-vetting", "Task_VillageCheck", "990101002", 7_200_000L));
        assertThat(queries.taskDurations(QINGSHAN, startOf(TODAY.minusDays(60)), startOf(TODAY.plusDays(1))))
                .extracting(TaskDuration::taskKey).containsExactlyInAnyOrder("Task_DraftPlan", "Task_Resolution");
        assertThat(queries.completedStepsByTownship(COUNTY, startOf(TODAY.withDayOfMonth(1)), startOf(TODAY.plusDays(1))))
                .extracting(UnitCount::unitCode, UnitCount::total).containsExactlyInAnyOrder(tuple(QINGSHAN, 1L), tuple("990101002", 1L));
        assertThat(queries.pastDueByTownship(COUNTY, engine(NOW))).extracting(UnitCount::unitCode, UnitCount::total)
                .containsExactly(tuple(QINGSHAN, 1L));
    }

    // ---------------------------------------------------------------- known rows

    private long rectCase(String instance, String village, String stage, int cycle, LocalDate deadline) {
        jdbc.update("INSERT INTO ly_rect_case (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "case_year, cycle, stage, supervised, deadline, extensions_used, created_at, updated_at) "
                + "VALUES (?, ?, ?, '村', ?, ?, 2026, ?, ?, TRUE, ?, 0, ?, ?)", instance, instance, village, village.substring(0, 9),
                COUNTY, cycle, stage, deadline, NOW, NOW);
        return jdbc.queryForObject("SELECT id FROM ly_rect_case WHERE process_instance_id = ?", Long.class, instance);
    }

    private void measure(long caseId, int cycle, int seq, String status) {
        jdbc.update("INSERT INTO ly_rect_measure (case_id, cycle, seq, measure, owner, due_date, status, updated_at) "
                + "VALUES (?, ?, ?, '措施', '负责人', ?, ?, ?)", caseId, cycle, seq, TODAY.plusDays(30), status, NOW);
    }

    private void category(long caseId, int cycle, String code) {
        jdbc.update("INSERT INTO ly_rect_category (case_id, cycle, code, name) VALUES (?, ?, ?, ?)", caseId, cycle, code, code);
    }

    private void event(long caseId, String kind, LocalDateTime at) {
        jdbc.update("INSERT INTO ly_rect_event (case_id, cycle, kind, occurred_at) VALUES (?, 1, ?, ?)", caseId, kind, at);
    }

    private long vetting(String instance, String village, String stage, String outcome) {
        jdbc.update("INSERT INTO ly_person (id_number, name, gender, birth_date, county_code, township_code, village_code, created_at, "
                + "updated_at) VALUES (?, '人选', 'M', ?, ?, ?, ?, ?, ?)", instance, LocalDate.of(1985, 1, 1), COUNTY, village.substring(0, 9),
                village, NOW, NOW);
        long person = jdbc.queryForObject("SELECT id FROM ly_person WHERE id_number = ?", Long.class, instance);
        jdbc.update("INSERT INTO ly_vetting (person_id, process_instance_id, business_key, reason, position, village_code, village_name, "
                + "township_code, county_code, candidate_name, education, residence, current_work, pledges_signed, stage, outcome, "
                + "started_at, ended_at) VALUES (?, ?, ?, 'ELECTION', 'SECRETARY', ?, '村', ?, ?, '人选', 'BACHELOR', '住址', '工作', TRUE, "
                + "?, ?, ?, ?)", person, instance, instance, village, village.substring(0, 9), COUNTY, stage, outcome, NOW,
                outcome == null ? null : NOW);
        return jdbc.queryForObject("SELECT id FROM ly_vetting WHERE process_instance_id = ?", Long.class, instance);
    }

    private void answer(long vetting, String department, LocalDate due, String result, String clauses) {
        jdbc.update("INSERT INTO ly_vetting_answer (vetting_id, review_round, department, department_name, due_date, result, clauses) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?)", vetting, department, department, due, result, clauses);
    }

    private void assessment(String instance, String village, int stars) {
        jdbc.update("INSERT INTO ly_assessment (process_instance_id, village_code, village_name, township_code, county_code, "
                + "assessment_year, secretary_name, total_score, rated_stars, confirmed_stars, star_action, stage, created_at) "
                + "VALUES (?, ?, '村', ?, ?, 2026, '书记', 80, ?, ?, 'IMPROVE', 'CLOSED', ?)", instance, village, village.substring(0, 9),
                COUNTY, stars, stars, NOW);
    }

    private long matter(String instance, String village, String kind, String body) {
        jdbc.update("INSERT INTO ly_matter (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "kind, title, description, amount, affected_households, source, complex, applies, resolving_body, merged, pre_consulted, "
                + "stage, created_at) VALUES (?, ?, ?, '村', ?, ?, ?, '事项', '内容', 1000, 10, 'VILLAGER_SUGGESTION', FALSE, TRUE, ?, TRUE, "
                + "FALSE, 'REGISTERED', ?)", instance, instance, village, village.substring(0, 9), COUNTY, kind, body, NOW);
        return jdbc.queryForObject("SELECT id FROM ly_matter WHERE process_instance_id = ?", Long.class, instance);
    }

    private void meeting(long matter, boolean quorum, boolean passed) {
        jdbc.update("INSERT INTO ly_matter_meeting (matter_id, step, body, notice_date, meeting_date, due_count, present_count, yes_count, "
                + "no_count, abstain_count, quorum_met, passed, minutes, recorded_at) VALUES (?, 'PARTY_MEMBERS', 'PARTY_MEMBERS', ?, ?, 40, "
                + "?, 25, 5, 0, ?, ?, '纪要', ?)", matter, TODAY.minusDays(20), TODAY.minusDays(10), quorum ? 30 : 15, quorum, passed, NOW);
    }

    private void disclosure(long matter, LocalDate ends, String reviewOutcome) {
        jdbc.update("INSERT INTO ly_matter_disclosure (matter_id, kind, content, place, evidence, posted_on, posting_ends, review_outcome, "
                + "recorded_at) VALUES (?, 'RESOLUTION', '内容', '公开栏', '照片', ?, ?, ?, ?)", matter, ends.minusDays(7), ends, reviewOutcome,
                NOW);
    }

    private void finishedTask(String id, String instance, String process, String taskKey, LocalDateTime end, long durationMs) {
        jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, START_TIME_, END_TIME_, "
                + "DURATION_, DELETE_REASON_, PRIORITY_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'completed', 50)", id, taskKey, process, instance,
                taskKey, engine(end.minusNanos(durationMs * 1_000_000)), engine(end), durationMs);
    }

    /** A task the engine is running: the instance's execution first, as the engine's foreign keys ask. */
    private void openTask(String id, String instance, String taskKey, LocalDateTime due) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = ?", Integer.class, instance) == 0) {
            jdbc.update("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
                    + "IS_EVENT_SCOPE_, SUSPENSION_STATE_) VALUES (?, 1, ?, ?, TRUE, FALSE, TRUE, FALSE, 1)", instance, instance, instance);
        }
        jdbc.update("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, "
                + "DUE_DATE_, SUSPENSION_STATE_) VALUES (?, 1, ?, ?, ?, ?, 50, ?, ?, 1)", id, instance, instance, taskKey, taskKey,
                engine(NOW.minusDays(3)), due == null ? null : engine(due));
    }

    /** A Beijing moment as the engine writes it: a {@link Date}, which JDBC stores in the JVM's zone. */
    private static Timestamp engine(LocalDateTime beijing) {
        return Timestamp.from(beijing.atZone(BeijingTime.ZONE).toInstant());
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(BeijingTime.ZONE).toInstant());
    }
}
