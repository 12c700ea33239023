package cn.lingyan.vetting;

import static cn.lingyan.vetting.VettingForms.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** The person archive's SQL (一人一档) on H2 with the real Flyway migrations, without the engine. */
@MybatisTest
class VettingArchiveSliceTest {

    static final Village DONGPO = new Village("990101001001", "东坡村");
    static final Village LIUXI = new Village("990101001002", "柳溪村");
    static final Village ZHUYUAN = new Village("990101002003", "竹园村");
    /** A village of another county, never listed under 雁鸣县. */
    static final Village ELSEWHERE = new Village("990102001001", "外县村");

    /** Rows stamped by the database (CURRENT_TIMESTAMP) carry the time of the test's transaction. */
    static final TemporalUnitOffset JUST_NOW = within(1, ChronoUnit.MINUTES);

    @Autowired VettingArchive archive;

    // ---------------------------------------------------------------- persons

    @Test
    void aPersonIsFiledOnceUnderTheIdentityNumber() {
        long id = file(person("001", "王𠮷", DONGPO));

        PersonRow row = archive.findPersonByIdNumber(idNumber("19850312", "001"));
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.name()).isEqualTo("王𠮷");
        assertThat(row.gender()).isEqualTo("M");
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(row).extracting(PersonRow::countyCode, PersonRow::townshipCode, PersonRow::villageCode)
                .containsExactly("990101", "990101001", DONGPO.code());
        assertThat(row.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(row.updatedAt()).isEqualTo(row.createdAt());
        assertThat(archive.findPerson(id)).isEqualTo(row);

        assertThatThrownBy(() -> archive.insertPerson(person("001", "李四", LIUXI))).isInstanceOf(DuplicateKeyException.class);
        assertThat(archive.findPersonByIdNumber(idNumber("19850312", "003"))).isNull();
        assertThat(archive.findPerson(id + 1000)).isNull();
    }

    @Test
    void aTransferMovesThePersonButNeverChangesTheIdentityNumber() {
        long id = file(person("001", "王建国", DONGPO));

        archive.updatePerson(new PersonRow(id, idNumber("19850312", "003"), "王建國", "M", LocalDate.of(1985, 3, 21), "990101",
                "990101002", ZHUYUAN.code(), null, null));

        PersonRow moved = archive.findPerson(id);
        assertThat(moved.idNumber()).isEqualTo(idNumber("19850312", "001"));
        assertThat(moved).extracting(PersonRow::name, PersonRow::birthDate, PersonRow::townshipCode, PersonRow::villageCode)
                .containsExactly("王建國", LocalDate.of(1985, 3, 21), "990101002", ZHUYUAN.code());
        assertThat(moved.updatedAt()).isAfterOrEqualTo(moved.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(archive.findPersonsUnder("990101001")).isEmpty();
        assertThat(archive.findPersonsUnder("990101002")).extracting(PersonRow::id).containsExactly(id);
    }

    @Test
    void personsAreListedUnderADivisionCodeByTownshipThenVillage() {
        long zhuyuan = file(person("001", "赵一", ZHUYUAN));
        long liuxi = file(person("003", "钱二", LIUXI));
        long dongpo = file(person("005", "孙三", DONGPO));
        long dongpoToo = file(person("007", "李四", DONGPO));
        file(person("009", "周五", ELSEWHERE));

        assertThat(archive.findPersonsUnder("990101")).extracting(PersonRow::id).containsExactly(dongpo, dongpoToo, liuxi, zhuyuan);
        assertThat(archive.findPersonsUnder("990101001")).extracting(PersonRow::id).containsExactly(dongpo, dongpoToo, liuxi);
        assertThat(archive.findPersonsUnder(DONGPO.code())).extracting(PersonRow::id).containsExactly(dongpo, dongpoToo);
        assertThat(archive.findPersonsUnder("990103")).isEmpty();
    }

    // ---------------------------------------------------------------- vettings

    @Test
    void aNominationIsKeptAsEnteredAndFoundByInstanceAndBusinessKey() {
        long person = file(person("001", "王𠮷", DONGPO));
        archive.insertVetting(vetting(person, "pi-1").candidate("王𠮷").note("群众公认，𠮷姓家族支持").fromReserve(41).forAssessment(42).row());

        VettingRow row = archive.findVettingByInstance("pi-1");
        assertThat(row).extracting(VettingRow::personId, VettingRow::reason, VettingRow::position, VettingRow::villageCode,
                VettingRow::villageName, VettingRow::townshipCode, VettingRow::countyCode, VettingRow::candidateName)
                .containsExactly(person, "ELECTION", "SECRETARY", DONGPO.code(), "东坡村", "990101001", "990101", "王𠮷");
        assertThat(row).extracting(VettingRow::partyJoinDate, VettingRow::education, VettingRow::residence, VettingRow::currentWork,
                VettingRow::pledgesSigned, VettingRow::nominationNote, VettingRow::nominatedBy)
                .containsExactly(LocalDate.of(2008, 7, 1), "BACHELOR", "东坡村三组", "东坡村茶叶合作社理事长", true, "群众公认，𠮷姓家族支持",
                        "dongpo-zb");
        assertThat(row).extracting(VettingRow::previousVettingId, VettingRow::reserveId, VettingRow::assessmentId)
                .containsExactly(null, 41L, 42L);
        assertThat(row).extracting(VettingRow::businessKey, VettingRow::stage, VettingRow::verdict, VettingRow::outcome,
                VettingRow::outcomeReason, VettingRow::filingNumber, VettingRow::filedOn, VettingRow::endedAt)
                .containsExactly(null, "VILLAGE_CHECK", null, null, null, null, null, null);
        assertThat(row.startedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(row.open()).isTrue();

        String businessKey = DONGPO.code() + "-2026-vetting-" + row.id();
        archive.updateBusinessKey(row.id(), businessKey);
        assertThat(archive.findVettingByBusinessKey(businessKey)).isEqualTo(archive.findVetting(row.id()))
                .extracting(VettingRow::businessKey).isEqualTo(businessKey);
        assertThat(archive.findVettingByBusinessKey(DONGPO.code() + "-2026-vetting-0")).isNull();
        assertThat(archive.findVettingByInstance("pi-2")).isNull();
    }

    @Test
    void stageVerdictAndFilingAreRecordedOnTheVetting() {
        long vetting = nominate(file(person("001", "王建国", DONGPO)), "pi-1");

        archive.updateStage(vetting, "JOINT_REVIEW");
        archive.updateVerdict(vetting, "CLEARED");
        archive.recordFiling(vetting, "雁组备〔2026〕𠮷12号", LocalDate.of(2026, 4, 20));

        assertThat(archive.findVetting(vetting)).extracting(VettingRow::stage, VettingRow::verdict, VettingRow::filingNumber,
                VettingRow::filedOn, VettingRow::endedAt).containsExactly("JOINT_REVIEW", "CLEARED", "雁组备〔2026〕𠮷12号",
                LocalDate.of(2026, 4, 20), null);
    }

    @Test
    void aPersonHasAtMostOneOpenVetting() {
        long person = file(person("001", "王建国", DONGPO));
        long first = nominate(person, "pi-1");
        assertThat(archive.findOpenVettingOfPerson(person).id()).isEqualTo(first);
        assertThatThrownBy(() -> archive.insertVetting(vetting(person, "pi-2").row())).isInstanceOf(DuplicateKeyException.class);

        archive.endVetting(first, "CLOSED", "REFUSED_VILLAGE", "村级初审不通过：𠮷某反映有违建");
        assertThat(archive.findOpenVettingOfPerson(person)).isNull();
        VettingRow ended = archive.findVetting(first);
        assertThat(ended).extracting(VettingRow::stage, VettingRow::outcome, VettingRow::outcomeReason)
                .containsExactly("CLOSED", "REFUSED_VILLAGE", "村级初审不通过：𠮷某反映有违建");
        assertThat(ended.endedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(ended.open()).isFalse();

        archive.insertVetting(vetting(person, "pi-2").after(first).row());
        assertThat(archive.findOpenVettingOfPerson(person).processInstanceId()).isEqualTo("pi-2");
        assertThat(archive.findVettingsOfPerson(person)).extracting(VettingRow::processInstanceId, VettingRow::previousVettingId)
                .containsExactly(tuple("pi-1", null), tuple("pi-2", first));
        assertThat(archive.findVettingsOfPerson(person + 1000)).isEmpty();
    }

    @Test
    void oneVettingPerProcessInstance() {
        nominate(file(person("001", "王建国", DONGPO)), "pi-1");
        long other = file(person("003", "李四", DONGPO));

        assertThatThrownBy(() -> archive.insertVetting(vetting(other, "pi-1").row())).isInstanceOf(DuplicateKeyException.class);
        assertThat(archive.findOpenVettingOfPerson(other)).isNull();
    }

    @Test
    void vettingsAreListedUnderADivisionCodeNewestFirst() {
        nominate(file(person("001", "赵一", DONGPO)), "pi-1");
        nominate(file(person("003", "钱二", ZHUYUAN)), "pi-2", ZHUYUAN);
        nominate(file(person("005", "孙三", LIUXI)), "pi-3", LIUXI);
        nominate(file(person("007", "李四", ELSEWHERE)), "pi-4", ELSEWHERE);

        assertThat(archive.findVettingsUnder("990101")).extracting(VettingRow::processInstanceId).containsExactly("pi-3", "pi-2", "pi-1");
        assertThat(archive.findVettingsUnder("990101001")).extracting(VettingRow::processInstanceId).containsExactly("pi-3", "pi-1");
        assertThat(archive.findVettingsUnder(ZHUYUAN.code())).extracting(VettingRow::processInstanceId).containsExactly("pi-2");
        assertThat(archive.findVettingsUnder("990103")).isEmpty();
    }

    @Test
    void theVillagesSecretaryIsTheSecretaryFiledLast() {
        long filed2024 = fileAsSecretary(file(person("001", "赵一", DONGPO)), "pi-1", LocalDate.of(2024, 1, 15));
        fileAsSecretary(file(person("003", "钱二", DONGPO)), "pi-2", LocalDate.of(2023, 1, 10));
        assertThat(archive.findLatestFiledSecretary(DONGPO.code()).id()).as("the later filing, not the later row").isEqualTo(filed2024);

        long sunSan = file(person("005", "孙三", DONGPO));
        long sameDay = fileAsSecretary(sunSan, "pi-3", LocalDate.of(2024, 1, 15));
        long member = nominate(file(person("007", "李四", DONGPO)), "pi-4", DONGPO, "COMMITTEE_MEMBER");
        archive.recordFiling(member, "雁组备〔2025〕3号", LocalDate.of(2025, 3, 1));
        archive.endVetting(member, "FILED", "FILED", "县级备案");
        long refused = nominate(file(person("009", "周五", DONGPO)), "pi-5");
        archive.endVetting(refused, "CLOSED", "REFUSED_TOWNSHIP", "乡镇党委复审不通过");
        fileAsSecretary(file(person("011", "吴六", LIUXI)), "pi-6", LIUXI, LocalDate.of(2025, 6, 1));

        VettingRow secretary = archive.findLatestFiledSecretary(DONGPO.code());
        assertThat(secretary.id()).as("on the same day the later row").isEqualTo(sameDay);
        assertThat(secretary.personId()).isEqualTo(sunSan);
        assertThat(archive.findLatestFiledSecretary("990101001003")).isNull();
    }

    // ---------------------------------------------------------------- department answers

    @Test
    void eachDepartmentAnswersOncePerReviewRound() {
        long vetting = nominate(file(person("001", "王建国", DONGPO)), "pi-1");
        LocalDate due = LocalDate.of(2026, 3, 9);
        archive.insertAnswer(vetting, 1, "review-police", "县公安局（联审）", due);
        archive.insertAnswer(vetting, 2, "review-police", "县公安局（联审）", due.plusDays(7));
        archive.insertAnswer(vetting, 1, "review-discipline", "县纪委监委（联审）", due);
        assertThatThrownBy(() -> archive.insertAnswer(vetting, 1, "review-police", "县公安局（联审）", due))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(archive.recordAnswer(vetting, 1, "review-police", "HIT", "N03,N07", "2019年因𠮷某纠纷受行政处罚", "yanming-ga"))
                .isEqualTo(1);
        assertThat(archive.recordAnswer(vetting, 1, "review-court", "CLEAR", null, null, "yanming-fy")).isZero();

        assertThat(archive.findAnswers(vetting)).extracting(AnswerRow::reviewRound, AnswerRow::department, AnswerRow::result)
                .containsExactly(tuple(1, "review-police", "HIT"), tuple(1, "review-discipline", null),
                        tuple(2, "review-police", null));
        List<AnswerRow> firstRound = archive.findAnswersOfRound(vetting, 1);
        assertThat(firstRound).extracting(AnswerRow::department).containsExactly("review-police", "review-discipline");
        AnswerRow police = firstRound.get(0);
        assertThat(police).extracting(AnswerRow::vettingId, AnswerRow::departmentName, AnswerRow::dueDate, AnswerRow::clauses,
                AnswerRow::evidenceNote, AnswerRow::answeredBy)
                .containsExactly(vetting, "县公安局（联审）", due, "N03,N07", "2019年因𠮷某纠纷受行政处罚", "yanming-ga");
        assertThat(police.answeredAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(firstRound.get(1).answeredAt()).isNull();
        assertThat(archive.findAnswersOfRound(vetting, 2)).extracting(AnswerRow::dueDate).containsExactly(due.plusDays(7));
        assertThat(archive.findAnswersOfRound(vetting, 3)).isEmpty();
    }

    @Test
    void reminderEscalationAndChaseAreMarkedOnThatDepartmentsAnswerOnly() {
        long vetting = nominate(file(person("001", "王建国", DONGPO)), "pi-1");
        LocalDate due = LocalDate.of(2026, 3, 9);
        archive.insertAnswer(vetting, 1, "review-police", "县公安局（联审）", due);
        archive.insertAnswer(vetting, 1, "review-discipline", "县纪委监委（联审）", due);
        archive.insertAnswer(vetting, 2, "review-police", "县公安局（联审）", due.plusDays(7));

        archive.markReminded(vetting, 1, "review-police");
        archive.markEscalated(vetting, 1, "review-police");
        archive.recordChase(vetting, 1, "review-police", "已电话督促𠮷科长，承诺两日内答复");

        List<AnswerRow> answers = archive.findAnswers(vetting);
        AnswerRow police = answers.get(0);
        assertThat(police.remindedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(police.escalatedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(police.chaseNote()).isEqualTo("已电话督促𠮷科长，承诺两日内答复");
        assertThat(police.result()).isNull();
        assertThat(answers.subList(1, 3)).allSatisfy(other -> assertThat(other)
                .extracting(AnswerRow::remindedAt, AnswerRow::escalatedAt, AnswerRow::chaseNote).containsOnlyNulls());
    }

    // ---------------------------------------------------------------- events

    @Test
    void eventsAreKeptInTheOrderTheyHappened() {
        long vetting = nominate(file(person("001", "王建国", DONGPO)), "pi-1");
        long other = nominate(file(person("003", "李四", DONGPO)), "pi-2");
        archive.insertEvent(vetting, "NOMINATED", "换届选举候选人，拟任村党组织书记", "dongpo-zb");
        archive.insertEvent(other, "NOMINATED", "补选或任命，拟任村党组织书记", "dongpo-zb");
        archive.insertEvent(vetting, "REFUSED_VILLAGE", "村级初审不通过：𠮷某反映有违建", null);

        List<VettingEventRow> events = archive.findEvents(vetting);
        assertThat(events).extracting(VettingEventRow::kind, VettingEventRow::note, VettingEventRow::actor).containsExactly(
                tuple("NOMINATED", "换届选举候选人，拟任村党组织书记", "dongpo-zb"), tuple("REFUSED_VILLAGE", "村级初审不通过：𠮷某反映有违建", null));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.vettingId()).isEqualTo(vetting);
            assertThat(event.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        });
        assertThat(archive.findEvents(other + 1000)).isEmpty();
    }

    // ---------------------------------------------------------------- reserve register

    @Test
    void aPersonIsInTheReservePoolOnceAtATime() {
        long person = file(person("001", "王𠮷", DONGPO));
        long vetting = nominate(person, "pi-1");
        enterReserve(person, DONGPO, vetting, LocalDate.of(2026, 1, 5));

        ReserveRow active = archive.findActiveReserveOfPerson(person);
        assertThat(active).extracting(ReserveRow::personId, ReserveRow::personName, ReserveRow::countyCode, ReserveRow::townshipCode,
                ReserveRow::villageCode, ReserveRow::villageName, ReserveRow::direction, ReserveRow::vettingId, ReserveRow::status,
                ReserveRow::enteredOn, ReserveRow::leftOn, ReserveRow::leaveReason)
                .containsExactly(person, "王𠮷", "990101", "990101001", DONGPO.code(), "东坡村", "SECRETARY", vetting, "ACTIVE",
                        LocalDate.of(2026, 1, 5), null, null);
        assertThat(archive.findReserve(active.id())).isEqualTo(active);
        assertThatThrownBy(() -> enterReserve(person, LIUXI, vetting, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(DuplicateKeyException.class);

        archive.leaveReserve(active.id(), "PROMOTED", "经审查备案，拟任村党组织书记", LocalDate.of(2026, 6, 1));
        assertThat(archive.findActiveReserveOfPerson(person)).isNull();
        assertThat(archive.findReserve(active.id())).extracting(ReserveRow::status, ReserveRow::leaveReason, ReserveRow::leftOn)
                .containsExactly("PROMOTED", "经审查备案，拟任村党组织书记", LocalDate.of(2026, 6, 1));

        enterReserve(person, DONGPO, vetting, LocalDate.of(2027, 1, 4));
        assertThat(archive.findReservesOfPerson(person)).extracting(ReserveRow::status, ReserveRow::enteredOn)
                .containsExactly(tuple("PROMOTED", LocalDate.of(2026, 1, 5)), tuple("ACTIVE", LocalDate.of(2027, 1, 4)));
        assertThat(archive.findReserve(active.id() + 1000)).isNull();
    }

    @Test
    void reservesAreListedUnderADivisionCodeByTownshipThenVillage() {
        long zhuyuan = reserveOf(file(person("001", "赵一", ZHUYUAN)), ZHUYUAN);
        long liuxi = reserveOf(file(person("003", "钱二", LIUXI)), LIUXI);
        long dongpo = reserveOf(file(person("005", "孙三", DONGPO)), DONGPO);
        reserveOf(file(person("007", "李四", ELSEWHERE)), ELSEWHERE);

        assertThat(archive.findReservesUnder("990101")).extracting(ReserveRow::id, ReserveRow::personName)
                .containsExactly(tuple(dongpo, "孙三"), tuple(liuxi, "钱二"), tuple(zhuyuan, "赵一"));
        assertThat(archive.findReservesUnder("990101001")).extracting(ReserveRow::id).containsExactly(dongpo, liuxi);
        assertThat(archive.findReservesUnder(ZHUYUAN.code())).extracting(ReserveRow::id).containsExactly(zhuyuan);
        assertThat(archive.findReservesUnder("990103")).isEmpty();
    }

    @Test
    void aReserveHasOneRecordAYear() {
        long reserve = reserveOf(file(person("001", "王建国", DONGPO)), DONGPO);
        archive.insertReserveRecord(record(reserve, 2027, false, 3, "刚开始联系农户"));
        archive.insertReserveRecord(record(reserve, 2026, false, 5, null));
        assertThatThrownBy(() -> archive.insertReserveRecord(record(reserve, 2026, true, 9, null)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(archive.updateReserveRecord(record(reserve, 2026, true, 12, "联系农户12户，含𠮷姓五保户"))).isEqualTo(1);
        assertThat(archive.updateReserveRecord(record(reserve, 2025, true, 12, null))).isZero();

        List<ReserveRecordRow> records = archive.findReserveRecords(reserve);
        assertThat(records).extracting(ReserveRecordRow::recordYear).containsExactly(2026, 2027);
        assertThat(records.get(0)).extracting(ReserveRecordRow::reserveId, ReserveRecordRow::trainingDone,
                ReserveRecordRow::shadowingDone, ReserveRecordRow::chairedMeeting, ReserveRecordRow::linkedHouseholds,
                ReserveRecordRow::note, ReserveRecordRow::recordedBy)
                .containsExactly(reserve, true, true, false, 12, "联系农户12户，含𠮷姓五保户", "qingshan-dw");
        assertThat(records.get(0).recordedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        assertThat(archive.findReserveRecords(reserve + 1000)).isEmpty();
    }

    // ---------------------------------------------------------------- yearly assessment

    @Test
    void anAssessmentIsRatedConfirmedAndClosedWithItsReplacement() {
        long person = file(person("001", "王建国", DONGPO));
        archive.insertAssessment(assessment("pi-a", DONGPO, 2026, person, "王建国"));

        AssessmentRow opened = archive.findAssessmentByInstance("pi-a");
        assertThat(opened).extracting(AssessmentRow::villageCode, AssessmentRow::villageName, AssessmentRow::townshipCode,
                AssessmentRow::countyCode, AssessmentRow::assessmentYear, AssessmentRow::personId, AssessmentRow::secretaryName,
                AssessmentRow::stage, AssessmentRow::totalScore, AssessmentRow::closedAt)
                .containsExactly(DONGPO.code(), "东坡村", "990101001", "990101", 2026, person, "王建国", "RATING", null, null);
        assertThat(opened.createdAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);
        long id = opened.id();

        archive.recordRating(id, "王𠮷", List.of(new BigDecimal("19.5"), new BigDecimal("18"), new BigDecimal("19"),
                new BigDecimal("20"), new BigDecimal("18.5")), new BigDecimal("95.0"), 5, "群众满意度高");
        AssessmentRow rated = archive.findAssessment(id);
        assertThat(List.of(rated.scoreMorality(), rated.scoreAbility(), rated.scoreDiligence(), rated.scorePerformance(),
                rated.scoreIntegrity())).containsExactly(new BigDecimal("19.5"), new BigDecimal("18.0"), new BigDecimal("19.0"),
                new BigDecimal("20.0"), new BigDecimal("18.5"));
        assertThat(rated).extracting(AssessmentRow::secretaryName, AssessmentRow::totalScore, AssessmentRow::ratedStars,
                AssessmentRow::ratingNote, AssessmentRow::stage)
                .containsExactly("王𠮷", new BigDecimal("95.0"), 5, "群众满意度高", "RATED");

        archive.recordStarConfirmation(id, 1, "ADJUST", "结合巡察意见下调为一星");
        assertThat(archive.findAssessment(id)).extracting(AssessmentRow::confirmedStars, AssessmentRow::starAction,
                AssessmentRow::confirmNote, AssessmentRow::stage).containsExactly(1, "ADJUST", "结合巡察意见下调为一星", "CONFIRMED");

        archive.recordAssessmentAction(id, "CLOSED", "及时调整：提出调整人选李𠮷，审查编号990101001001-2026-vetting-77（yanming-zzb）", 77L);
        AssessmentRow closed = archive.findAssessment(id);
        assertThat(closed).extracting(AssessmentRow::stage, AssessmentRow::actionRecord, AssessmentRow::replacementVettingId)
                .containsExactly("CLOSED", "及时调整：提出调整人选李𠮷，审查编号990101001001-2026-vetting-77（yanming-zzb）", 77L);
        assertThat(closed.closedAt()).isCloseTo(OffsetDateTime.now(), JUST_NOW);

        archive.recordAssessmentAction(id, "CLOSED", "及时调整：人选已备案", null);
        assertThat(archive.findAssessment(id)).extracting(AssessmentRow::actionRecord, AssessmentRow::replacementVettingId)
                .as("an action without a replacement keeps the one recorded before").containsExactly("及时调整：人选已备案", 77L);
    }

    @Test
    void onlyAClosingActionStampsTheClosingTime() {
        archive.insertAssessment(assessment("pi-a", DONGPO, 2026, null, null));
        long id = archive.findAssessmentByInstance("pi-a").id();

        archive.recordAssessmentAction(id, "CONFIRMED", "待县委组织部研究", null);

        assertThat(archive.findAssessment(id)).extracting(AssessmentRow::stage, AssessmentRow::actionRecord,
                AssessmentRow::replacementVettingId, AssessmentRow::closedAt).containsExactly("CONFIRMED", "待县委组织部研究", null, null);
    }

    @Test
    void aVillageIsAssessedOnceAYear() {
        archive.insertAssessment(assessment("pi-a", DONGPO, 2026, null, null));

        assertThat(archive.findAssessmentOfVillage(DONGPO.code(), 2026).processInstanceId()).isEqualTo("pi-a");
        assertThat(archive.findAssessmentOfVillage(DONGPO.code(), 2025)).isNull();
        assertThat(archive.findAssessmentOfVillage(LIUXI.code(), 2026)).isNull();
        assertThatThrownBy(() -> archive.insertAssessment(assessment("pi-b", DONGPO, 2026, null, null)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> archive.insertAssessment(assessment("pi-a", LIUXI, 2026, null, null)))
                .isInstanceOf(DuplicateKeyException.class);
        archive.insertAssessment(assessment("pi-b", DONGPO, 2027, null, null));
        assertThat(archive.findAssessmentOfVillage(DONGPO.code(), 2027).processInstanceId()).isEqualTo("pi-b");
    }

    @Test
    void assessmentsAreListedPerPersonByYearAndUnderADivisionCodeNewestYearFirst() {
        long person = file(person("001", "王建国", DONGPO));
        archive.insertAssessment(assessment("pi-1", LIUXI, 2026, person, "王建国"));
        archive.insertAssessment(assessment("pi-2", DONGPO, 2025, person, "王建国"));
        archive.insertAssessment(assessment("pi-3", DONGPO, 2026, null, null));
        archive.insertAssessment(assessment("pi-4", ZHUYUAN, 2025, null, null));
        archive.insertAssessment(assessment("pi-5", ELSEWHERE, 2026, null, null));

        assertThat(archive.findAssessmentsOfPerson(person)).extracting(AssessmentRow::processInstanceId).containsExactly("pi-2", "pi-1");
        assertThat(archive.findAssessmentsOfPerson(person + 1000)).isEmpty();
        assertThat(archive.findAssessmentsUnder("990101")).extracting(AssessmentRow::processInstanceId)
                .containsExactly("pi-3", "pi-1", "pi-2", "pi-4");
        assertThat(archive.findAssessmentsUnder("990101002")).extracting(AssessmentRow::processInstanceId).containsExactly("pi-4");
        assertThat(archive.findAssessmentsUnder("990103")).isEmpty();
    }

    // ---------------------------------------------------------------- test data

    record Village(String code, String name) {
        String township() {
            return code.substring(0, 9);
        }

        String county() {
            return code.substring(0, 6);
        }
    }

    /** A man born 12 March 1985 with this three-digit sequence number (odd, as a man's is). */
    static PersonRow person(String sequence, String name, Village village) {
        return new PersonRow(null, idNumber("19850312", sequence), name, "M", LocalDate.of(1985, 3, 12), village.county(),
                village.township(), village.code(), null, null);
    }

    /** Files the person as the start listener does, and returns the new archive id. */
    long file(PersonRow person) {
        archive.insertPerson(person);
        return archive.findPersonByIdNumber(person.idNumber()).id();
    }

    /** A nomination for village secretary at election time in 东坡村, as the vetting's start listener enters it. */
    static Nomination vetting(long personId, String processInstanceId) {
        return new Nomination(personId, processInstanceId);
    }

    long nominate(long personId, String processInstanceId) {
        return nominate(personId, processInstanceId, DONGPO);
    }

    long nominate(long personId, String processInstanceId, Village village) {
        return nominate(personId, processInstanceId, village, "SECRETARY");
    }

    long nominate(long personId, String processInstanceId, Village village, String position) {
        archive.insertVetting(vetting(personId, processInstanceId).in(village).position(position).row());
        return archive.findVettingByInstance(processInstanceId).id();
    }

    long fileAsSecretary(long personId, String processInstanceId, LocalDate filedOn) {
        return fileAsSecretary(personId, processInstanceId, DONGPO, filedOn);
    }

    /** A secretary's vetting through to county filing (已备案) on {@code filedOn}. */
    long fileAsSecretary(long personId, String processInstanceId, Village village, LocalDate filedOn) {
        long vetting = nominate(personId, processInstanceId, village);
        archive.recordFiling(vetting, "雁组备〔" + filedOn.getYear() + "〕" + vetting + "号", filedOn);
        archive.endVetting(vetting, "FILED", "FILED", "县级备案");
        return vetting;
    }

    void enterReserve(long personId, Village village, long vettingId, LocalDate enteredOn) {
        archive.insertReserve(personId, village.county(), village.township(), village.code(), village.name(), "SECRETARY", vettingId,
                enteredOn);
    }

    /** The person nominated as a reserve and entered into the pool of {@code village}; returns the reserve's id. */
    long reserveOf(long personId, Village village) {
        enterReserve(personId, village, nominate(personId, "pi-reserve-" + personId, village), LocalDate.of(2026, 1, 5));
        return archive.findActiveReserveOfPerson(personId).id();
    }

    /** A year's 三定四个一 record: shadowing done, no villagers' meeting chaired yet; entered by the township. */
    static ReserveRecordRow record(long reserveId, int year, boolean trainingDone, int linkedHouseholds, String note) {
        return new ReserveRecordRow(null, reserveId, year, trainingDone, true, false, linkedHouseholds, note, "qingshan-dw", null);
    }

    /** An assessment at its first step, as the assessment's start listener opens it. */
    static AssessmentRow assessment(String processInstanceId, Village village, int year, Long personId, String secretaryName) {
        return new AssessmentRow(null, processInstanceId, village.code(), village.name(), village.township(), village.county(), year,
                personId, secretaryName, null, null, null, null, null, null, null, null, null, "RATING", null, null, null, null,
                null, null);
    }

    static final class Nomination {
        private final long personId;
        private final String processInstanceId;
        private Village village = DONGPO;
        private String position = "SECRETARY";
        private String candidateName = "王建国";
        private String nominationNote = "群众基础好，致富带富能力强";
        private Long previousVettingId;
        private Long reserveId;
        private Long assessmentId;

        Nomination(long personId, String processInstanceId) {
            this.personId = personId;
            this.processInstanceId = processInstanceId;
        }

        Nomination in(Village village) {
            this.village = village;
            return this;
        }

        Nomination position(String position) {
            this.position = position;
            return this;
        }

        Nomination candidate(String name) {
            this.candidateName = name;
            return this;
        }

        Nomination note(String note) {
            this.nominationNote = note;
            return this;
        }

        /** A renewed nomination after {@code previousVettingId} ended. */
        Nomination after(long previousVettingId) {
            this.previousVettingId = previousVettingId;
            return this;
        }

        Nomination fromReserve(long reserveId) {
            this.reserveId = reserveId;
            return this;
        }

        Nomination forAssessment(long assessmentId) {
            this.assessmentId = assessmentId;
            return this;
        }

        VettingRow row() {
            return new VettingRow(null, personId, processInstanceId, null, "ELECTION", position, village.code(), village.name(),
                    village.township(), village.county(), candidateName, LocalDate.of(2008, 7, 1), "BACHELOR",
                    village.name() + "三组", village.name() + "茶叶合作社理事长", true, nominationNote, previousVettingId, reserveId,
                    assessmentId, "VILLAGE_CHECK", null, null, null, null, null, "dongpo-zb", null, null);
        }
    }
}
