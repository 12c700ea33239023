package cn.lingyan.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.lingyan.system.BeijingTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The decision register's SQL (四议两公开台账) on H2 with the real Flyway migrations, without the engine. */
@MybatisTest
class DecisionRegisterSliceTest {

    static final Village DONGPO = new Village("990101001001", "东坡村");
    static final Village LIUXI = new Village("990101001002", "柳溪村");
    static final Village ZHUYUAN = new Village("990101002003", "竹园村");
    /** A village of another county, never listed under 雁鸣县. */
    static final Village ELSEWHERE = new Village("990102001001", "外县村");
    static final String ROAD = "村道硬化工程";

    /** Rows stamped by the database (CURRENT_TIMESTAMP) carry the time of the test's transaction. */
    static final TemporalUnitOffset JUST_NOW = within(1, ChronoUnit.MINUTES);

    @Autowired DecisionRegister register;
    @Autowired JdbcTemplate jdbc;

    // ---------------------------------------------------------------- matters

    @Test
    void aMatterKeepsWhatWasRegisteredAndHowItIsRouted() {
        register.insertMatter(matter("pi-1", DONGPO, ROAD, "硬化三组至五组村道1.2公里，途经𠮷家湾"));

        MatterRow registered = register.findMatterByInstance("pi-1");
        assertThat(registered).extracting(MatterRow::villageCode, MatterRow::villageName, MatterRow::townshipCode,
                MatterRow::countyCode, MatterRow::kind, MatterRow::title, MatterRow::description, MatterRow::affectedHouseholds,
                MatterRow::source, MatterRow::complex, MatterRow::stage, MatterRow::registeredBy)
                .containsExactly(DONGPO.code(), "东坡村", "990101001", "990101", "PUBLIC_WORKS", ROAD, "硬化三组至五组村道1.2公里，途经𠮷家湾",
                        126, "VILLAGER_SUGGESTION", true, "REGISTERED", "dongpo-zb");
        assertThat(registered.amount()).isEqualTo(new BigDecimal("360000.50"));
        assertThat(registered).extracting(MatterRow::businessKey, MatterRow::applies, MatterRow::resolvingBody, MatterRow::merged,
                MatterRow::preConsulted, MatterRow::outcome, MatterRow::outcomeNote, MatterRow::closedAt).containsOnlyNulls();
        assertThat(registered.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);

        long id = registered.id();
        register.updateBusinessKey(id, DONGPO.code() + "-2026-matter-" + id);
        register.updateScope(id, true, "VILLAGERS_ASSEMBLY");
        register.updatePath(id, true, false);
        register.updateStage(id, "PROPOSAL");

        assertThat(register.findMatter(id)).extracting(MatterRow::businessKey, MatterRow::applies, MatterRow::resolvingBody,
                MatterRow::merged, MatterRow::preConsulted, MatterRow::stage, MatterRow::closedAt)
                .containsExactly(DONGPO.code() + "-2026-matter-" + id, true, "VILLAGERS_ASSEMBLY", true, false, "PROPOSAL", null);
        assertThat(register.findMatterByInstance("pi-2")).isNull();
        assertThat(register.findMatter(id + 1000)).isNull();
    }

    @Test
    void oneMatterPerProcessInstance() {
        register.insertMatter(matter("pi-1", DONGPO, ROAD, "一事一议"));

        assertThatThrownBy(() -> register.insertMatter(matter("pi-1", LIUXI, "修建文化广场", "一事一议")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(register.findMattersUnder("990101")).extracting(MatterRow::title).containsExactly(ROAD);
    }

    @Test
    void mattersAreListedUnderADivisionCodeNewestFirst() {
        register.insertMatter(matter("pi-1", DONGPO, ROAD, "一事一议"));
        register.insertMatter(matter("pi-2", ZHUYUAN, "修建文化广场", "一事一议"));
        register.insertMatter(matter("pi-3", LIUXI, "集体林地承包", "一事一议"));
        register.insertMatter(matter("pi-4", ELSEWHERE, ROAD, "一事一议"));

        assertThat(register.findMattersUnder("990101")).extracting(MatterRow::processInstanceId).containsExactly("pi-3", "pi-2", "pi-1");
        assertThat(register.findMattersUnder("990101001")).extracting(MatterRow::processInstanceId).containsExactly("pi-3", "pi-1");
        assertThat(register.findMattersUnder(ZHUYUAN.code())).extracting(MatterRow::processInstanceId).containsExactly("pi-2");
        assertThat(register.findMattersUnder("990103")).isEmpty();
    }

    @Test
    void closingAMatterRecordsItsOutcomeAndTime() {
        long id = registered("pi-1", DONGPO, ROAD);

        register.closeMatter(id, "WITHDRAWN", "村民意见分歧较大，𠮷家湾住户反对，撤回");

        MatterRow closed = register.findMatter(id);
        assertThat(closed).extracting(MatterRow::stage, MatterRow::outcome, MatterRow::outcomeNote)
                .containsExactly("CLOSED", "WITHDRAWN", "村民意见分歧较大，𠮷家湾住户反对，撤回");
        assertThat(closed.closedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
    }

    @Test
    void onlyAMatterEndedWithoutDecisionSinceTheCoolOffBeganBlocksItsTitle() {
        OffsetDateTime coolOffBegan = threeMonthsAgo();
        long withdrawn = registered("pi-1", DONGPO, ROAD);
        register.closeMatter(withdrawn, "WITHDRAWN", "撤回");
        long notProposed = registered("pi-2", LIUXI, ROAD);
        register.closeMatter(notProposed, "NOT_PROPOSED", "村党组织会议未通过提议");
        register.closeMatter(registered("pi-3", ZHUYUAN, ROAD), "COMPLETED", "决议已实施，实施结果已公开");
        register.closeMatter(registered("pi-4", ZHUYUAN, "修建文化广场"), "LEGAL_REVIEW_FAILED", "合法性审查未通过");
        registered("pi-5", ZHUYUAN, "集体林地承包");

        assertThat(register.findEndedWithoutDecision(DONGPO.code(), ROAD, coolOffBegan).id()).isEqualTo(withdrawn);
        assertThat(register.findEndedWithoutDecision(LIUXI.code(), ROAD, coolOffBegan).id()).isEqualTo(notProposed);
        assertThat(register.findEndedWithoutDecision(DONGPO.code(), ROAD, OffsetDateTime.now().plusMinutes(1)))
                .as("closed before the cool-off began").isNull();
        assertThat(register.findEndedWithoutDecision(DONGPO.code(), "修建文化广场", coolOffBegan)).isNull();
        assertThat(register.findEndedWithoutDecision(ZHUYUAN.code(), ROAD, coolOffBegan)).as("decided").isNull();
        assertThat(register.findEndedWithoutDecision(ZHUYUAN.code(), "修建文化广场", coolOffBegan)).as("refused by law").isNull();
        assertThat(register.findEndedWithoutDecision(ZHUYUAN.code(), "集体林地承包", coolOffBegan)).as("still open").isNull();
    }

    @Test
    void theMatterThatBlocksATitleIsTheOneClosedLast() {
        long closedLast = registered("pi-1", DONGPO, ROAD);
        register.closeMatter(closedLast, "NOT_PROPOSED", "村党组织会议未通过提议");
        long closedFirst = registered("pi-2", DONGPO, ROAD);
        register.closeMatter(closedFirst, "WITHDRAWN", "撤回");
        // both close within the same second: the later row's closing is moved back a week (our columns hold Beijing time)
        jdbc.update("UPDATE ly_matter SET closed_at = ? WHERE id = ?", LocalDateTime.now(BeijingTime.ZONE).minusWeeks(1), closedFirst);

        MatterRow blocking = register.findEndedWithoutDecision(DONGPO.code(), ROAD, threeMonthsAgo());
        assertThat(blocking.id()).isEqualTo(closedLast);
        assertThat(blocking.outcome()).isEqualTo("NOT_PROPOSED");
    }

    // ---------------------------------------------------------------- meetings, disclosures, complaints, supervision

    @Test
    void meetingsAreListedInTheOrderTheyWereRecorded() {
        long id = registered("pi-1", DONGPO, ROAD);
        long other = registered("pi-2", LIUXI, ROAD);
        register.insertMeeting(new MeetingRow(null, id, "JOINT", "JOINT", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), 9, 9,
                8, 0, 1, null, true, true, "应到9人实到9人；赞成过半数通过", "合并召开提议与商议", "dongpo-zb", null));
        register.insertMeeting(new MeetingRow(null, other, "PROPOSAL", "PARTY_COMMITTEE", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), 5, 5, 5, 0, 0, null, true, true, "全票通过", "提议", "liuxi-zb", null));
        register.insertMeeting(new MeetingRow(null, id, "RESOLUTION", "VILLAGERS_ASSEMBLY", LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 16), 860, 512, 470, 30, 12, "ADULTS", true, true, "到会过半数；赞成过到会半数",
                "宣读方案，𠮷家湾代表发言，举手表决", "dongpo-lw", null));

        List<MeetingRow> meetings = register.findMeetings(id);
        assertThat(meetings).extracting(MeetingRow::step).containsExactly("JOINT", "RESOLUTION");
        assertThat(meetings.get(1)).extracting(MeetingRow::matterId, MeetingRow::body, MeetingRow::noticeDate, MeetingRow::meetingDate,
                MeetingRow::dueCount, MeetingRow::presentCount, MeetingRow::yesCount, MeetingRow::noCount, MeetingRow::abstainCount,
                MeetingRow::quorumBasis, MeetingRow::quorumMet, MeetingRow::passed, MeetingRow::ruleText, MeetingRow::minutes,
                MeetingRow::recordedBy)
                .containsExactly(id, "VILLAGERS_ASSEMBLY", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 16), 860, 512, 470, 30,
                        12, "ADULTS", true, true, "到会过半数；赞成过到会半数", "宣读方案，𠮷家湾代表发言，举手表决", "dongpo-lw");
        assertThat(meetings.get(1).recordedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(meetings.get(0).quorumBasis()).isNull();
        assertThat(register.findMeetings(other + 1000)).isEmpty();
    }

    @Test
    void theLatestPostingOfEachKindIsTheOneReviewed() {
        long id = registered("pi-1", DONGPO, ROAD);
        long first = disclose(id, "RESOLUTION", "决议：村道硬化，𠮷家湾段先行", LocalDate.of(2026, 3, 17));
        long results = disclose(id, "RESULTS", "实施结果：完工验收", LocalDate.of(2026, 9, 1));
        long reposted = disclose(id, "RESOLUTION", "决议（更正）：村道硬化", LocalDate.of(2026, 3, 25));
        disclose(registered("pi-2", LIUXI, ROAD), "RESOLUTION", "柳溪村决议", LocalDate.of(2026, 3, 30));

        DisclosureRow latest = register.findLatestDisclosure(id, "RESOLUTION");
        assertThat(latest.id()).isEqualTo(reposted);
        assertThat(register.findLatestDisclosure(id, "RESULTS").id()).isEqualTo(results);
        assertThat(register.findLatestDisclosure(id + 1000, "RESOLUTION")).isNull();

        register.reviewDisclosure(first, "REDISCLOSE", "公开内容缺少资金来源", null);
        register.reviewDisclosure(reposted, "CONFIRMED", "公示期满无异议", LocalDate.of(2026, 4, 2));

        List<DisclosureRow> disclosures = register.findDisclosures(id);
        assertThat(disclosures).extracting(DisclosureRow::id, DisclosureRow::kind, DisclosureRow::reviewOutcome, DisclosureRow::confirmedOn)
                .containsExactly(tuple(first, "RESOLUTION", "REDISCLOSE", null), tuple(results, "RESULTS", null, null),
                        tuple(reposted, "RESOLUTION", "CONFIRMED", LocalDate.of(2026, 4, 2)));
        DisclosureRow firstPosting = disclosures.get(0);
        assertThat(firstPosting).extracting(DisclosureRow::matterId, DisclosureRow::content, DisclosureRow::place, DisclosureRow::evidence,
                DisclosureRow::postedOn, DisclosureRow::postingEnds, DisclosureRow::reviewNote, DisclosureRow::recordedBy)
                .containsExactly(id, "决议：村道硬化，𠮷家湾段先行", "村务公开栏", "照片IMG_0317", LocalDate.of(2026, 3, 17),
                        LocalDate.of(2026, 3, 24), "公开内容缺少资金来源", "dongpo-zb");
        assertThat(firstPosting.recordedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
    }

    @Test
    void complaintsAndSupervisionFindingsAreKeptWithTheirMatter() {
        long id = registered("pi-1", DONGPO, ROAD);
        long other = registered("pi-2", LIUXI, ROAD);
        long posting = disclose(id, "RESOLUTION", "决议：村道硬化", LocalDate.of(2026, 3, 17));
        register.insertComplaint(new ComplaintRow(null, id, posting, "𠮷某反映补偿标准未公开", "REDISCLOSE", "补充公开补偿标准",
                "qingshan-dw", null));
        register.insertComplaint(new ComplaintRow(null, id, posting, "有人反映工期过长", "COMPLAINT_DISMISSED", "工期符合方案",
                "qingshan-dw", null));
        register.insertSupervision(new SupervisionRow(null, id, "按方案完工，资金使用公开", "ISSUES", "𠮷家湾段排水沟未完工",
                LocalDate.of(2026, 8, 30), "dongpo-jd", null));

        List<ComplaintRow> complaints = register.findComplaints(id);
        assertThat(complaints).extracting(ComplaintRow::matterId, ComplaintRow::disclosureId, ComplaintRow::content,
                ComplaintRow::decision, ComplaintRow::note, ComplaintRow::decidedBy)
                .containsExactly(tuple(id, posting, "𠮷某反映补偿标准未公开", "REDISCLOSE", "补充公开补偿标准", "qingshan-dw"),
                        tuple(id, posting, "有人反映工期过长", "COMPLAINT_DISMISSED", "工期符合方案", "qingshan-dw"));
        assertThat(complaints.get(0).decidedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        List<SupervisionRow> supervisions = register.findSupervisions(id);
        assertThat(supervisions).extracting(SupervisionRow::matterId, SupervisionRow::implementationSummary, SupervisionRow::opinion,
                SupervisionRow::findings, SupervisionRow::completedOn, SupervisionRow::recordedBy)
                .containsExactly(tuple(id, "按方案完工，资金使用公开", "ISSUES", "𠮷家湾段排水沟未完工", LocalDate.of(2026, 8, 30), "dongpo-jd"));
        assertThat(supervisions.get(0).recordedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(register.findComplaints(other)).isEmpty();
        assertThat(register.findSupervisions(other)).isEmpty();
    }

    @Test
    void eventsAreKeptInTheOrderTheyHappened() {
        long id = registered("pi-1", DONGPO, ROAD);
        long other = registered("pi-2", LIUXI, ROAD);
        register.insertEvent(id, "REGISTERED", "村民建议：" + ROAD, "dongpo-zb");
        register.insertEvent(other, "REGISTERED", "村民建议：" + ROAD, "liuxi-zb");
        register.insertEvent(id, "SCOPE", "属于村民会议决定事项（𠮷家湾段涉及土地调整）", null);

        List<MatterEventRow> events = register.findEvents(id);
        assertThat(events).extracting(MatterEventRow::kind, MatterEventRow::note, MatterEventRow::actor).containsExactly(
                tuple("REGISTERED", "村民建议：" + ROAD, "dongpo-zb"), tuple("SCOPE", "属于村民会议决定事项（𠮷家湾段涉及土地调整）", null));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.matterId()).isEqualTo(id);
            assertThat(event.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        });
        assertThat(register.findEvents(other + 1000)).isEmpty();
    }

    // ---------------------------------------------------------------- test data

    record Village(String code, String name) {}

    /** A public-works matter (一事一议) at registration, as the matter's start listener enters it. */
    static MatterRow matter(String processInstanceId, Village village, String title, String description) {
        return new MatterRow(null, processInstanceId, null, village.code(), village.name(), village.code().substring(0, 9),
                village.code().substring(0, 6), "PUBLIC_WORKS", title, description, new BigDecimal("360000.50"), 126,
                "VILLAGER_SUGGESTION", true, null, null, null, null, "REGISTERED", null, null, "dongpo-zb", null, null);
    }

    long registered(String processInstanceId, Village village, String title) {
        register.insertMatter(matter(processInstanceId, village, title, "一事一议，筹资筹劳"));
        return register.findMatterByInstance(processInstanceId).id();
    }

    /** Posts a disclosure on the village notice board for a week; returns its id. */
    long disclose(long matterId, String kind, String content, LocalDate postedOn) {
        register.insertDisclosure(new DisclosureRow(null, matterId, kind, content, "村务公开栏", "照片IMG_" + postedOn.toString().substring(5)
                .replace("-", ""), postedOn, postedOn.plusDays(7), null, null, null, "dongpo-zb", null));
        return register.findLatestDisclosure(matterId, kind).id();
    }

    private static OffsetDateTime threeMonthsAgo() {
        return LocalDate.now(BeijingTime.ZONE).minusMonths(3).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    }
}
