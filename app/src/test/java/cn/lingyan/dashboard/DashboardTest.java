package cn.lingyan.dashboard;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.TestData;
import cn.lingyan.deliberation.DecisionRegister;
import cn.lingyan.deliberation.DisclosureRow;
import cn.lingyan.deliberation.MatterRow;
import cn.lingyan.deliberation.MeetingRow;
import cn.lingyan.vetting.AssessmentRow;
import cn.lingyan.vetting.PersonRow;
import cn.lingyan.vetting.VettingArchive;
import cn.lingyan.vetting.VettingRow;
import cn.lingyan.refusal.OutOfScopeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every figure of the supervisors' views checked against known ledger rows, and each viewer kept to their unit. */
@EngineTest
class DashboardTest {

    static final String DONGPO = "990101001001";
    static final String XINGHUA = "990101002001";
    static final LocalDate TODAY = LocalDate.now();
    /** Distinct identity numbers for the people a test nominates. */
    static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired RectificationView rectificationView;
    @Autowired VettingView vettingView;
    @Autowired RegisterView registerView;
    @Autowired SlaView slaView;
    @Autowired RankingView rankingView;
    @Autowired JdbcTemplate jdbc;
    @Autowired VettingArchive archive;
    @Autowired DecisionRegister register;
    @Autowired ProcessDriver driver;
    @Autowired TestData data;
    @Autowired DashboardExport export;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void rectificationLedgerShowsStagePeopleMeasuresDeadlinesAndTheYear() {
        long dongpo = rectCase(DONGPO, "东坡村", "990101001", "RECTIFYING", TODAY.minusDays(3), true);
        category(dongpo, "W01");
        category(dongpo, "W10");
        measure(dongpo, 1, "DONE");
        measure(dongpo, 2, "IN_PROGRESS");
        jdbc.update("INSERT INTO ly_rect_assignment (case_id, cycle, county_leader_id, township_leader_name, first_secretary_id, "
                + "paired_unit, assigned_at) VALUES (?, 1, 'yanming-ld', '王副镇长', 'dongpo-sj', '县农业农村局', CURRENT_TIMESTAMP)", dongpo);
        event(dongpo, "CONFIRMED");
        long xinghua = rectCase(XINGHUA, "杏花村", "990101002", "CLOSED", TODAY.minusMonths(2), false);
        event(xinghua, "CONFIRMED");
        event(xinghua, "SIGNED_OFF");
        event(xinghua, "CLOSED");
        jdbc.update("INSERT INTO ly_rect_acceptance (case_id, cycle, score, unsatisfied_ratio, all_tasks_closed, result, decided_at) "
                + "VALUES (?, 1, 85, 0.1, TRUE, 'PASS', CURRENT_TIMESTAMP)", xinghua);

        RectificationView.Rectification county = as("yanming-zzb", () -> rectificationView.of(null));
        assertThat(county.villages()).hasSize(2);
        RectificationView.VillageCase first = county.villages().get(0);
        assertThat(first.villageName()).isEqualTo("东坡村");
        assertThat(first.townshipName()).isEqualTo("青山镇");
        assertThat(first.stageText()).isEqualTo("整顿");
        assertThat(first.categories()).containsExactly("W01", "W10");
        assertThat(first.measuresDone()).isEqualTo(1);
        assertThat(first.measuresTotal()).isEqualTo(2);
        assertThat(first.daysToDeadline()).isEqualTo(-3);
        assertThat(first.overdue()).isTrue();
        assertThat(first.supervised()).isTrue();
        assertThat(first.firstSecretary()).isEqualTo("dongpo-sj");
        assertThat(county.villages().get(1).lookBack()).isEqualTo("CONSOLIDATED");
        assertThat(county.villages().get(1).lookBackText()).isEqualTo("巩固");
        // the words come with the figures: every stage in process order, the categories as the table names them
        assertThat(county.stages()).extracting(RectificationView.StageCount::stageText)
                .containsExactly("排查", "不列入", "整顿", "验收", "销号·巩固期", "巩固完成");
        assertThat(county.stages()).filteredOn(RectificationView.StageCount::rectifying)
                .extracting(RectificationView.StageCount::stage, RectificationView.StageCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RECTIFYING", 1L), org.assertj.core.groups.Tuple.tuple("ACCEPTANCE", 0L));
        assertThat(county.stages()).filteredOn(RectificationView.StageCount::open).extracting(RectificationView.StageCount::stage)
                .containsExactly("SCREENING", "RECTIFYING", "ACCEPTANCE");
        assertThat(county.categories()).extracting(RectificationView.CategoryCount::code, RectificationView.CategoryCount::name,
                RectificationView.CategoryCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("W01", "班子配备不齐、书记长期缺职、工作停滞", 1L),
                org.assertj.core.groups.Tuple.tuple("W10", "服务意识差、能力弱、群众意见大", 1L));
        assertThat(county.villages().get(1).overdue()).isFalse();
        assertThat(county.years()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(TODAY.getYear());
            assertThat(y.confirmed()).isEqualTo(2);
            assertThat(y.accepted()).isEqualTo(1);
            assertThat(y.signedOff()).isEqualTo(1);
            assertThat(y.consolidated()).isEqualTo(1);
        });

        // a township sees its own villages only, and no other unit
        assertThat(as("qingshan-dw", () -> rectificationView.of(null)).villages()).extracting(RectificationView.VillageCase::villageName)
                .containsExactly("东坡村");
        assertThatThrownBy(() -> as("qingshan-dw", () -> rectificationView.of("990101002")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as("qingshan-dw", () -> rectificationView.of("990101"))).isInstanceOf(OutOfScopeException.class);
        assertThat(as("yanming-zzb", () -> rectificationView.of("990101002")).villages()).hasSize(1);
    }

    @Test
    void vettingPipelineCountsStagesLateDepartmentsOutcomesClausesAndStars() {
        long open = vetting("甲", DONGPO, "JOINT_REVIEW", null);
        archive.insertAnswer(open, 1, "review-police", "县公安局", TODAY.minusDays(1));
        archive.insertAnswer(open, 1, "review-court", "县人民法院", TODAY.plusDays(2));
        archive.insertAnswer(open, 1, "review-justice", "县司法局", TODAY.plusDays(2));
        archive.recordAnswer(open, 1, "review-justice", "NO_HIT", "", "无", "yanming-sf");
        long refused = vetting("乙", XINGHUA, "CLOSED", "DISQUALIFIED");
        archive.insertAnswer(refused, 1, "review-police", "县公安局", TODAY.minusDays(10));
        archive.recordAnswer(refused, 1, "review-police", "HIT", "N01,S06", "有记录", "yanming-ga");
        vetting("丙", DONGPO, "FILED", "FILED");
        assessment(DONGPO, 4);
        assessment(XINGHUA, 2);

        VettingView.Vetting county = as("yanming-zzb", () -> vettingView.of(null));
        assertThat(county.stages()).extracting(VettingView.StageCount::stageText, VettingView.StageCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("县级联审", 1L));
        assertThat(county.departments()).filteredOn(d -> d.department().equals("review-police")).singleElement()
                .satisfies(d -> {
                    assertThat(d.outstanding()).isEqualTo(1);
                    assertThat(d.overdue()).isEqualTo(1);
                });
        assertThat(county.departments()).filteredOn(d -> d.department().equals("review-court")).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isZero());
        assertThat(county.outcomes()).extracting(VettingView.OutcomeCount::outcomeText).containsExactlyInAnyOrder("取消资格", "已备案");
        assertThat(county.clauses()).extracting(VettingView.ClauseCount::clause).containsExactly("N01", "S06");
        assertThat(county.clauses().get(0).clauseName()).isEqualTo("受过刑事处罚");
        assertThat(county.stars()).extracting(VettingView.StarCount::stars).containsExactly(2, 4);
        assertThat(county.reserves()).hasSize(12);

        VettingView.Vetting township = as("qingshan-dw", () -> vettingView.of(null));
        assertThat(township.outcomes()).extracting(VettingView.OutcomeCount::outcome).containsExactly("FILED");
        assertThat(township.clauses()).isEmpty();
        assertThat(township.stars()).extracting(VettingView.StarCount::stars).containsExactly(4);
        assertThat(township.reserves()).hasSize(4);
    }

    @Test
    void vettingPipelineListsItsStagesInProcessOrder() {
        for (String stage : List.of("FILING", "MEETING", "TOWNSHIP_REVIEW", "PUBLICATION", "VILLAGE_CHECK", "JOINT_REVIEW")) {
            vetting(stage, DONGPO, stage, null);
        }
        assertThat(as("yanming-zzb", () -> vettingView.of(null)).stages()).extracting(VettingView.StageCount::stageText)
                .containsExactly("村级初审", "镇级复审", "县级联审", "联审会议研究", "村内公示", "县级备案");
    }

    @Test
    void decisionRegisterCountsMattersQuorumFailuresRejectionsAndDisclosures() {
        long matter = matter(DONGPO, "东坡村", "990101001", "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY");
        matter(DONGPO, "东坡村", "990101001", "PUBLIC_WORKS", "VILLAGERS_ASSEMBLY");
        long other = matter(XINGHUA, "杏花村", "990101002", "HOMESTEAD", "REPRESENTATIVES_ASSEMBLY");
        meetingRow(matter, false, false);
        meetingRow(matter, true, false);
        meetingRow(matter, true, true);
        disclosure(matter, TODAY.minusDays(1));
        disclosure(other, TODAY.plusDays(3));

        RegisterView.Register county = as("yanming-zzb", () -> registerView.of(null));
        assertThat(county.byVillage()).extracting(RegisterView.MatterLine::villageName, RegisterView.MatterLine::kindText,
                RegisterView.MatterLine::bodyText, RegisterView.MatterLine::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("东坡村", "兴办公益事业（筹资筹劳）", "村民会议", 2L),
                org.assertj.core.groups.Tuple.tuple("杏花村", "宅基地使用方案", "村民代表会议", 1L));
        assertThat(county.quorumFailures()).isEqualTo(1);
        assertThat(county.rejections()).isEqualTo(1);
        assertThat(county.disclosuresOverdue()).isEqualTo(1);
        assertThat(county.disclosuresDue()).isEqualTo(1);
        assertThat(county.overdueDisclosures()).singleElement().satisfies(d -> assertThat(d.villageName()).isEqualTo("东坡村"));
        RegisterView.Register baishui = as("baishui-dw", () -> registerView.of(null));
        assertThat(baishui.quorumFailures()).isZero();
        assertThat(baishui.disclosuresOverdue()).isZero();
        assertThat(baishui.byVillage()).singleElement().satisfies(m -> assertThat(m.villageName()).isEqualTo("杏花村"));
    }

    @Test
    void timePerStepAndTheMonthlyRankingCountCompletedAndOverdueWork() {
        ProcessInstance instance = driver.start("four-deliberations-two-disclosures", "dongpo-zb", register("PUBLIC_WORKS", false, true, false));
        driver.complete(instance, "Task_ProposeAndDeliberate", "dongpo-lw", joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(instance, "Task_PartyMembersReview", "dongpo-zb", review(meeting(40, 30, 25, 5, 0)));
        rectCase(XINGHUA, "杏花村", "990101002", "RECTIFYING", TODAY.minusDays(1), false);

        SlaView.Sla sla = as("yanming-zzb", () -> slaView.of(null, TODAY.minusDays(1), TODAY));
        assertThat(sla.steps()).extracting(SlaView.StepSla::taskKey)
                .containsExactlyInAnyOrder("Task_ProposeAndDeliberate", "Task_PartyMembersReview");
        assertThat(sla.steps()).allSatisfy(s -> assertThat(s.count()).isEqualTo(1));
        assertThat(sla.townships()).singleElement().satisfies(t -> {
            assertThat(t.townshipName()).isEqualTo("青山镇");
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(sla.stages()).extracting(SlaView.StageSla::stage, SlaView.StageSla::townshipName, SlaView.StageSla::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("提议商议", "青山镇", 1L),
                        org.assertj.core.groups.Tuple.tuple("审议", "青山镇", 1L));
        assertThat(as("baishui-dw", () -> slaView.of(null, null, null)).steps()).isEmpty();

        RankingView.Ranking ranking = as("yanming-zzb", () -> rankingView.of(null, YearMonth.now().toString()));
        assertThat(ranking.townships()).extracting(RankingView.RankLine::townshipName).containsExactly("青山镇", "红岭镇", "白水乡");
        assertThat(ranking.townships().get(0).completedSteps()).isEqualTo(2);
        assertThat(ranking.townships().get(2).overdueCases()).isEqualTo(1);
        assertThat(ranking.townships().get(2).score()).isEqualTo(-10);
        assertThat(SlaView.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 0.9)).isEqualTo(9);
        assertThat(SlaView.percentile(List.of(1L, 2L, 3L), 0.5)).isEqualTo(2);
    }

    @Test
    void everyViewExportsToExcelWithChineseHeaders() throws Exception {
        long dongpo = rectCase(DONGPO, "东坡村", "990101001", "RECTIFYING", TODAY.minusDays(3), true);
        category(dongpo, "W01");
        for (String view : List.of("rectification", "vetting-departments", "reserves", "register", "sla", "ranking")) {
            DashboardExport.Table table = as("yanming-zzb", () -> export.table(view, "990101", null, null, null));
            byte[] bytes = export.xlsx(table);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).as(view).isEqualTo(table.title());
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(view).isEqualTo(table.headers().get(0));
                assertThat(sheet.getLastRowNum()).as(view).isEqualTo(table.rows().size());
            }
        }
        DashboardExport.Table ledger = as("yanming-zzb", () -> export.table("rectification", "990101", null, null, null));
        assertThat(ledger.rows()).singleElement().satisfies(row -> assertThat(row).contains("东坡村", "整顿", "W01", "是"));
        assertThatThrownBy(() -> as("yanming-zzb", () -> export.table("secrets", "990101", null, null, null)))
                .isInstanceOf(cn.lingyan.refusal.InvalidInputException.class);
    }

    // ---------------------------------------------------------------- known data

    private long rectCase(String village, String name, String township, String stage, LocalDate deadline, boolean supervised) {
        String instance = "test-" + village + "-" + System.nanoTime();
        jdbc.update("INSERT INTO ly_rect_case (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "case_year, cycle, stage, supervised, deadline, extensions_used, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, '990101', ?, 1, ?, ?, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                instance, instance, village, name, township, TODAY.getYear(), stage, supervised, deadline);
        return jdbc.queryForObject("SELECT id FROM ly_rect_case WHERE process_instance_id = ?", Long.class, instance);
    }

    private void category(long caseId, String code) {
        jdbc.update("INSERT INTO ly_rect_category (case_id, cycle, code, name) VALUES (?, 1, ?, ?)", caseId, code, code);
    }

    private void measure(long caseId, int seq, String status) {
        jdbc.update("INSERT INTO ly_rect_measure (case_id, cycle, seq, measure, owner, due_date, status, updated_at) "
                + "VALUES (?, 1, ?, '措施', '负责人', ?, ?, CURRENT_TIMESTAMP)", caseId, seq, TODAY.plusDays(30), status);
    }

    private void event(long caseId, String kind) {
        jdbc.update("INSERT INTO ly_rect_event (case_id, cycle, kind, occurred_at) VALUES (?, 1, ?, CURRENT_TIMESTAMP)", caseId, kind);
    }

    private long vetting(String name, String village, String stage, String outcome) {
        String id = "9901011985031" + (1000 + PEOPLE.incrementAndGet()) + "X";
        archive.insertPerson(new PersonRow(null, id, name, "M", LocalDate.of(1985, 3, 1), "990101", village.substring(0, 9), village,
                null, null));
        long person = archive.findPersonByIdNumber(id).id();
        String instance = "test-vetting-" + System.nanoTime();
        archive.insertVetting(new VettingRow(null, person, instance, null, "ELECTION", "SECRETARY", village, "村", village.substring(0, 9),
                "990101", name, null, "BACHELOR", "住址", "工作", true, "推荐", null, null, null, stage, null, null, null, null, null,
                null, null, null));
        long vetting = archive.findVettingByInstance(instance).id();
        if (outcome != null) {
            archive.endVetting(vetting, stage, outcome, "原因");
        }
        return vetting;
    }

    private void assessment(String village, int stars) {
        String instance = "test-assessment-" + System.nanoTime();
        archive.insertAssessment(new AssessmentRow(null, instance, village, "村", village.substring(0, 9), "990101", TODAY.getYear(),
                null, "书记", null, null, null, null, null, null, null, null, null, "RATING", null, null, null, null, null, null));
        archive.recordStarConfirmation(archive.findAssessmentByInstance(instance).id(), stars, "IMPROVE", "同意");
    }

    private long matter(String village, String villageName, String township, String kind, String body) {
        String instance = "test-matter-" + System.nanoTime();
        register.insertMatter(new MatterRow(null, instance, null, village, villageName, township, "990101", kind, "事项", "内容",
                BigDecimal.TEN, 1, "VILLAGER_SUGGESTION", false, null, null, null, null, "REGISTERED", null, null, null, null, null));
        long id = register.findMatterByInstance(instance).id();
        register.updateScope(id, true, body);
        return id;
    }

    private void meetingRow(long matter, boolean quorum, boolean passed) {
        register.insertMeeting(new MeetingRow(null, matter, "PARTY_MEMBERS", "PARTY_MEMBERS", TODAY.minusDays(10), TODAY.minusDays(2),
                10, quorum ? 8 : 3, passed ? 6 : 2, 0, 0, null, quorum, passed, "规则", "纪要", null, null));
    }

    private void disclosure(long matter, LocalDate ends) {
        register.insertDisclosure(new DisclosureRow(null, matter, "RESOLUTION", "内容", "公开栏", "照片", ends.minusDays(7), ends, null,
                null, null, null, null));
    }

    <T> T as(String user, Supplier<T> work) {
        return data.as(user, work);
    }
}
