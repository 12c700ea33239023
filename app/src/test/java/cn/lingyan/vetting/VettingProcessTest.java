package cn.lingyan.vetting;

import static cn.lingyan.FormRefusals.assertRefusedByForm;
import static cn.lingyan.vetting.VettingForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lingyan.ProcessDriver;
import cn.lingyan.ProcessTest;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.ProcessKeys;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of secretary-candidate-vetting on the real engine, acting as the demo role users. */
@ProcessTest(ProcessKeys.SECRETARY_CANDIDATE_VETTING)
@ExtendWith(OutputCaptureExtension.class)
class VettingProcessTest {

    static final String KEY = "secretary-candidate-vetting";
    static final String BRANCH = "dongpo-zb";
    static final String TOWNSHIP = "qingshan-dw";
    static final String COUNTY = "yanming-zzb";
    static final String ID = idNumber("19850312", "123");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ProcessDriver driver;
    @Autowired VettingArchive archive;
    @Autowired JdbcTemplate jdbc;

    @Test
    void clearedCandidateIsPublishedAndFiledAndTheNumberNeverReachesVariablesOrHistory() {
        ProcessInstance instance = nominate(nomination("李明", ID));
        toJointReview(instance);
        assertThat(driver.tasks(instance, "Task_DepartmentReview")).hasSize(8)
                .allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
        answerAll(instance, Map.of());
        assertThat(instance).hasPassed("Task_CombineAnswers", "Task_DecideVerdict").isWaitingAt("Task_PublishNotice");
        publishAndFile(instance);

        assertThat(instance).isEnded().hasPassed("Event_Filed");
        VettingRow vetting = vettingOf(instance);
        assertThat(vetting.outcome()).isEqualTo("FILED");
        assertThat(vetting.verdict()).isEqualTo("CLEARED");
        assertThat(vetting.filingNumber()).isEqualTo("雁组备〔2026〕12号");
        assertThat(vetting.businessKey()).isEqualTo(DONGPO + "-" + LocalDate.now().getYear() + "-vetting-" + vetting.id());
        assertThat(archive.findAnswers(vetting.id())).hasSize(8).allMatch(a -> "NO_HIT".equals(a.result()));
        assertThat(archive.findEvents(vetting.id())).extracting(VettingEventRow::kind).containsSubsequence("NOMINATED",
                "VILLAGE_CHECK_PASS", "TOWNSHIP_REVIEW_PASS", "JOINT_REVIEW_LAUNCHED", "ANSWERED", "VERDICT", "NOTICE_POSTED",
                "NOTICE_CLEARED", "FILED");
        PersonRow person = archive.findPerson(vetting.personId());
        assertThat(person.idNumber()).isEqualTo(ID);
        assertThat(person.toString()).doesNotContain(ID);
        assertThat(archive.findReservesOfPerson(person.id())).isEmpty();

        // the full number: only in the archive; the process keeps the masked one
        List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list();
        assertThat(details).isNotEmpty().noneMatch(d -> d instanceof HistoricVariableUpdate u && String.valueOf(u.getValue()).contains(ID));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .noneMatch(v -> "idNumber".equals(v.getName()) || String.valueOf(v.getValue()).contains(ID))
                .anyMatch(v -> "idNumberMasked".equals(v.getName()) && "990101********1230".length() == String.valueOf(v.getValue()).length()
                        && String.valueOf(v.getValue()).startsWith("990101****"));
    }

    @Test
    void hardHitDisqualifiesWithTheClauseAsReason() {
        ProcessInstance instance = nominate(nomination("王强", ID));
        toJointReview(instance);
        answerAll(instance, Map.of("review-police", hit("N01")));

        assertThat(instance).isEnded().hasPassed("Event_Disqualified");
        VettingRow vetting = vettingOf(instance);
        assertThat(vetting.outcome()).isEqualTo("DISQUALIFIED");
        assertThat(vetting.outcomeReason()).contains("N01").contains("受过刑事处罚");
        assertThat(vetting.verdict()).isEqualTo("DISQUALIFIED");
        assertThat(archive.findOpenVettingOfPerson(vetting.personId())).isNull();
    }

    @Test
    void softHitGoesToTheMeetingWhichClearsTheCandidate() {
        ProcessInstance instance = nominate(nomination("赵云", ID));
        toJointReview(instance);
        answerAll(instance, Map.of("review-court", hit("S06")));
        assertThat(instance).isWaitingAt("Task_JointMeeting");
        assertThat((String) runtimeService.getVariable(instance.getId(), "hitClausesText")).contains("S06");
        assertFormRefused(instance, "Task_JointMeeting", COUNTY, with(meeting("CLEAR"), "meetingDecision", "POSTPONE"),
                "「研究结论」的选项“POSTPONE”无效");
        assertFormRefused(instance, "Task_JointMeeting", COUNTY, with(meeting("CLEAR"), "meetingReason", null), "「会议研究意见及理由」为必填项");
        driver.complete(instance, "Task_JointMeeting", COUNTY, meeting("CLEAR"));
        publishAndFile(instance);

        assertThat(instance).isEnded().hasPassed("Event_Filed");
        assertThat(vettingOf(instance).verdict()).isEqualTo("MEETING_CLEARED");
    }

    @Test
    void softHitMeetingMayDisqualifyWithItsReason() {
        ProcessInstance instance = nominate(nomination("赵云", ID));
        toJointReview(instance);
        answerAll(instance, Map.of("review-petitions", hit("S03")));
        driver.complete(instance, "Task_JointMeeting", COUNTY, meeting("DISQUALIFY"));

        assertThat(instance).isEnded().hasPassed("Event_DisqualifiedByMeeting");
        VettingRow vetting = vettingOf(instance);
        assertThat(vetting.outcome()).isEqualTo("DISQUALIFIED");
        assertThat(vetting.outcomeReason()).contains("研究不予通过").contains("群众反映强烈");
    }

    @Test
    void hardOutranksSoftAndADisabledClauseCannotBeChosen() {
        ProcessInstance instance = nominate(nomination("钱进", ID));
        toJointReview(instance);
        Task court = departmentTask(instance, "review-court");
        assertThatThrownBy(() -> driver.complete(court, "yanming-fy", hit("S08")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("S08");
        assertFormRefused(instance, () -> driver.complete(court, "yanming-fy", Map.of("reviewResult", "HIT", "evidenceNote", "x")),
                "「命中条目」为必填项");
        assertFormRefused(instance, () -> driver.complete(court, "yanming-fy", Map.of("reviewResult", "UNSURE", "evidenceNote", "x")),
                "「审查结论」的选项“UNSURE”无效");
        assertFormRefused(instance, () -> driver.complete(court, "yanming-fy", Map.of("reviewResult", "NO_HIT")),
                "「审查依据及说明」为必填项");
        assertThat(answerOf(vettingOf(instance), "review-court").result()).isNull();
        answerAll(instance, Map.of("review-court", hit("S06"), "review-discipline", hit("N06")));

        assertThat(instance).isEnded().hasPassed("Event_Disqualified");
        assertThat(vettingOf(instance).outcomeReason()).contains("N06").contains("S06");
    }

    @Test
    void lateDepartmentIsRemindedThenEscalatedAndItsAnswerClosesTheChase() {
        ProcessInstance instance = nominate(nomination("孙立", ID));
        toJointReview(instance);
        List<String> others = List.of(DEPARTMENT_ROLES).subList(0, 7);
        for (String role : others) {
            driver.complete(departmentTask(instance, role), userOf(role), noHit());
        }
        assertThat(instance).isWaitingAt("Task_DepartmentReview");
        driver.fireTimers(instance, "Event_ReplyReminder");
        VettingRow vetting = vettingOf(instance);
        AnswerRow late = answerOf(vetting, "review-agriculture");
        assertThat(late.remindedAt()).isNotNull();
        assertThat(late.escalatedAt()).isNull();

        driver.fireTimers(instance, "Event_ReplyOverdue");
        Task chase = driver.task(instance, "Task_ChaseDepartment");
        assertThat(taskService.getIdentityLinksForTask(chase.getId())).anyMatch(l -> "990101-org-dept".equals(l.getGroupId()));
        assertThat(taskService.getVariableLocal(chase.getId(), "departmentName")).isEqualTo("县农业农村局");
        assertFormRefused(instance, () -> driver.complete(chase, COUNTY, Map.of("chaseNote", " ")), "「督办情况」为必填项");
        driver.complete(chase, COUNTY, Map.of("chaseNote", "已电话督促分管领导，承诺次日答复"));
        assertThat(answerOf(vetting, "review-agriculture").chaseNote()).contains("已电话督促");
        assertThat(answerOf(vetting, "review-agriculture").escalatedAt()).isNotNull();

        driver.complete(departmentTask(instance, "review-agriculture"), "yanming-nync", noHit());
        assertThat(instance).isWaitingAt("Task_PublishNotice");
        assertThat(archive.findEvents(vetting.id())).extracting(VettingEventRow::kind)
                .containsSubsequence("REMINDED", "ESCALATED", "CHASED", "ANSWERED", "VERDICT");
    }

    @Test
    void answerBeforeTheDeadlineCancelsItsTimers() {
        ProcessInstance instance = nominate(nomination("孙立", ID));
        toJointReview(instance);
        assertThat(driver.timers(instance, "Event_ReplyOverdue")).hasSize(8);
        driver.complete(departmentTask(instance, "review-police"), "yanming-ga", noHit());
        assertThat(driver.timers(instance, "Event_ReplyOverdue")).hasSize(7);
        assertThat(driver.timers(instance, "Event_ReplyReminder")).hasSize(7);
    }

    @Test
    void objectionDuringPublicationSendsTheVettingBackForANewRound() {
        ProcessInstance instance = nominate(nomination("周全", ID));
        toJointReview(instance);
        answerAll(instance, Map.of());
        assertThatThrownBy(() -> driver.complete(instance, "Task_PublishNotice", BRANCH, notice(LocalDate.now().minusDays(31))))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("早于30天前");
        driver.complete(instance, "Task_PublishNotice", BRANCH, notice(LocalDate.now()));
        // "no objection" only after the window; an objection at any time
        assertThatThrownBy(() -> driver.complete(instance, "Task_HandleObjections", TOWNSHIP, noObjection()))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("期满后方可确认无异议");
        driver.complete(instance, "Task_HandleObjections", TOWNSHIP, objection());

        assertThat(instance).isWaitingAt("Task_TownshipReview");
        driver.complete(instance, "Task_TownshipReview", TOWNSHIP, townshipReview("PASS"));
        driver.complete(instance, "Task_LaunchJointReview", COUNTY, launch(List.of("review-discipline", "review-police")));
        answerAll(instance, Map.of());
        publishAndFile(instance);

        VettingRow vetting = vettingOf(instance);
        assertThat(vetting.outcome()).isEqualTo("FILED");
        assertThat(archive.findAnswers(vetting.id())).hasSize(10);
        assertThat(archive.findAnswersOfRound(vetting.id(), 2)).extracting(AnswerRow::department)
                .containsExactly("review-discipline", "review-police");
        assertThat(archive.findEvents(vetting.id())).extracting(VettingEventRow::kind).contains("OBJECTION");
    }

    @Test
    void checksTheFormRefusesRecordNothing() {
        ProcessInstance instance = nominate(nomination("周全", ID));
        assertFormRefused(instance, "Task_VillageCheck", BRANCH, with(villageCheck("PASS"), "villageCheckDecision", "MAYBE"),
                "「初审结果」的选项“MAYBE”无效");
        assertFormRefused(instance, "Task_VillageCheck", BRANCH, with(villageCheck("PASS"), "villageCheckNote", null), "「初审意见」为必填项");
        driver.complete(instance, "Task_VillageCheck", BRANCH, villageCheck("PASS"));
        assertFormRefused(instance, "Task_TownshipReview", TOWNSHIP, with(townshipReview("PASS"), "policeOpinion", null,
                "justiceOpinion", " ", "townshipDecision", "LATER"), "「派出所意见」为必填项", "「司法所意见」为必填项", "「复审结果」的选项“LATER”无效");
        driver.complete(instance, "Task_TownshipReview", TOWNSHIP, townshipReview("PASS"));
        assertFormRefused(instance, "Task_LaunchJointReview", COUNTY, with(launch(Arrays.asList(DEPARTMENT_ROLES)), "replyWorkingDays", 21),
                "「答复期限（工作日）」不能大于20");
        driver.complete(instance, "Task_LaunchJointReview", COUNTY, launch(Arrays.asList(DEPARTMENT_ROLES)));
        answerAll(instance, Map.of());

        assertFormRefused(instance, "Task_PublishNotice", BRANCH, with(notice(LocalDate.now().minusDays(6)), "noticePlace", null,
                "noticeEvidence", ""), "「公示地点」为必填项", "「公示照片或文件编号」为必填项");
        driver.complete(instance, "Task_PublishNotice", BRANCH, notice(LocalDate.now().minusDays(6)));
        assertFormRefused(instance, "Task_HandleObjections", TOWNSHIP, with(noObjection(), "objectionResult", "UNKNOWN"),
                "「公示结果」的选项“UNKNOWN”无效");
        assertFormRefused(instance, "Task_HandleObjections", TOWNSHIP, with(objection(), "objectionContent", null), "「异议内容」为必填项");
        assertFormRefused(instance, "Task_HandleObjections", TOWNSHIP, with(noObjection(), "objectionNote", null), "「处理意见」为必填项");
        driver.complete(instance, "Task_HandleObjections", TOWNSHIP, noObjection());
        assertFormRefused(instance, "Task_CountyFiling", COUNTY, with(filing(), "filingNumber", null), "「备案编号」为必填项");
        driver.complete(instance, "Task_CountyFiling", COUNTY, filing());

        assertThat(instance).isEnded().hasPassed("Event_Filed");
        VettingRow vetting = vettingOf(instance);
        assertThat(archive.findAnswers(vetting.id())).hasSize(8);
        assertThat(archive.findEvents(vetting.id())).extracting(VettingEventRow::kind).containsSubsequence("NOMINATED",
                "VILLAGE_CHECK_PASS", "TOWNSHIP_REVIEW_PASS", "JOINT_REVIEW_LAUNCHED", "VERDICT", "NOTICE_POSTED", "NOTICE_CLEARED",
                "FILED").doesNotContain("OBJECTION").filteredOn("NOTICE_POSTED"::equals).hasSize(1);
    }

    @Test
    void nominationsTheFormRefusesLeaveNothingBehind() {
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "vettingReason", "PROMOTION")), "「审查事由」的选项“PROMOTION”无效");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "position", "MAYOR")), "「拟任职务」的选项“MAYOR”无效");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "candidateSource", "OTHER")), "「人选来源」的选项“OTHER”无效");
        assertRefusedByForm(() -> nominate(nomination("李".repeat(51), ID)), "「姓名」不能超过50个字");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "gender", "X")), "「性别」的选项“X”无效");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "education", "DOCTORATE")), "「学历」的选项“DOCTORATE”无效");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "candidateName", null, "residence", " ", "currentWork", null,
                "nominationNote", null)), "「姓名」为必填项", "「户籍所在地」为必填项", "「现工作单位及职务」为必填项", "「推荐情况」为必填项");
        assertRefusedByForm(() -> nominate(with(nomination("李明", ID), "pledgesSigned", false)), "承诺书");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_person", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_vetting", Integer.class)).isZero();
    }

    @Test
    void aNominationCannotLinkItselfToAnAssessment() {
        ProcessInstance instance = nominate(with(nomination("李明", ID), "assessmentId", 424242L));

        assertThat(vettingOf(instance).assessmentId()).isNull();
    }

    @Test
    void mandatoryDepartmentsCannotBeLeftOut() {
        ProcessInstance instance = nominate(nomination("吴用", ID));
        driver.complete(instance, "Task_VillageCheck", BRANCH, villageCheck("PASS"));
        driver.complete(instance, "Task_TownshipReview", TOWNSHIP, townshipReview("PASS"));
        assertThatThrownBy(() -> driver.complete(instance, "Task_LaunchJointReview", COUNTY, launch(List.of("review-court"))))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("县纪委监委、县公安局必须参加联审");
        assertThat(instance).isWaitingAt("Task_LaunchJointReview");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_vetting_answer", Integer.class)).isZero();
    }

    @Test
    void villageRefusalEndsWithTheReasonAndAResubmissionIsLinked() {
        ProcessInstance first = nominate(nomination("郑和", ID));
        driver.complete(first, "Task_VillageCheck", BRANCH, villageCheck("REJECT"));
        assertThat(first).isEnded().hasPassed("Event_RefusedByVillage");
        VettingRow refused = vettingOf(first);
        assertThat(refused.outcome()).isEqualTo("REFUSED_VILLAGE");
        assertThat(refused.outcomeReason()).contains("长期在外务工");

        ProcessInstance second = nominate(with(nomination("郑和", ID), "previousVettingKey", refused.businessKey()));
        VettingRow again = vettingOf(second);
        assertThat(again.previousVettingId()).isEqualTo(refused.id());
        assertThat(again.personId()).isEqualTo(refused.personId());
        assertThat(archive.findVettingsOfPerson(refused.personId())).hasSize(2);
    }

    @Test
    void townshipRefusalEndsTheVetting() {
        ProcessInstance instance = nominate(nomination("郑和", ID));
        driver.complete(instance, "Task_VillageCheck", BRANCH, villageCheck("PASS"));
        driver.complete(instance, "Task_TownshipReview", TOWNSHIP, townshipReview("REJECT"));

        assertThat(instance).isEnded().hasPassed("Event_RefusedByTownship");
        assertThat(vettingOf(instance).outcome()).isEqualTo("REFUSED_TOWNSHIP");
        assertThat(vettingOf(instance).outcomeReason()).contains("经核属实");
    }

    @Test
    void secondOpenVettingOfTheSamePersonIsRefused() {
        nominate(nomination("冯超", ID));
        assertThatThrownBy(() -> nominate(with(nomination("冯超", ID), "vettingReason", "TRANSFER")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20013").hasMessageContaining("冯超");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_vetting", Integer.class)).isEqualTo(1);
    }

    @Test
    void reserveEntersTheRegisterAndCanBeNominatedFromIt() {
        ProcessInstance entry = nominate(with(nomination("陈晨", ID), "vettingReason", "RESERVE", "position", "SECRETARY"));
        toJointReview(entry);
        answerAll(entry, Map.of());
        publishAndFile(entry);
        VettingRow vetting = vettingOf(entry);
        List<ReserveRow> reserves = archive.findReservesUnder(DONGPO);
        assertThat(reserves).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("ACTIVE");
            assertThat(r.personName()).isEqualTo("陈晨");
            assertThat(r.vettingId()).isEqualTo(vetting.id());
        });

        Map<String, Object> fromPool = new HashMap<>(Map.of("villageCode", DONGPO, "vettingReason", "BY_ELECTION",
                "position", "SECRETARY", "candidateSource", "RESERVE_POOL", "reserveId", reserves.get(0).id(),
                "pledgesSigned", true, "nominationNote", "从后备力量中提名补选"));
        ProcessInstance promotion = nominate(fromPool);
        VettingRow second = vettingOf(promotion);
        assertThat(second.personId()).isEqualTo(vetting.personId());
        assertThat(second.reserveId()).isEqualTo(reserves.get(0).id());
        assertThat(runtimeService.getVariable(promotion.getId(), "candidateName")).isEqualTo("陈晨");
        toJointReview(promotion);
        answerAll(promotion, Map.of());
        publishAndFile(promotion);
        assertThat(archive.findReserve(reserves.get(0).id()).status()).isEqualTo("PROMOTED");
    }

    @Test
    void badCandidateRecordsAreRefusedAndLeaveNothingBehind() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? "1" : "0");
        assertRefused(nomination("李明", wrongCheck), "校验位");
        assertRefused(nomination("李明", "99010119850230123" + "1"), "出生日期");
        assertRefused(with(nomination("李明", ID), "birthDate", "1985-03-13"), "出生日期1985-03-13与公民身份号码");
        assertRefused(with(nomination("李明", ID), "gender", "F"), "第17位");
        assertRefused(with(nomination("李明", ID), "candidateName", null), "姓名");
        assertRefused(with(nomination("李明", ID), "pledgesSigned", false), "承诺书");
        assertRefused(with(nomination("李明", ID), "partyJoinDate", null), "入党时间");
        String child = idNumber(LocalDate.now().minusYears(17).toString().replace("-", ""), "123");
        assertRefused(nomination("李明", child), "未满18周岁");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_person", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_vetting", Integer.class)).isZero();
    }

    @Test
    void identityNumbersNeverReachTheRefusalOrTheLog(CapturedOutput output) {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? "1" : "0");
        assertThatThrownBy(() -> nominate(nomination("李明", wrongCheck)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongCheck).doesNotContain(ID));
        ProcessInstance instance = nominate(nomination("李明", ID));
        assertThatThrownBy(() -> nominate(nomination("李明", ID))).hasMessageContaining("LY-20013");
        toJointReview(instance);
        answerAll(instance, Map.of("review-police", hit("N01")));

        org.slf4j.LoggerFactory.getLogger(getClass()).warn("capture check: the log is being read");
        assertThat(output.getAll()).contains("capture check").doesNotContain(ID).doesNotContain(wrongCheck).doesNotContain(ID.substring(6, 14) + ID.substring(14));
    }

    @Test
    void fourByteCharactersInNamesRoundTrip() {
        ProcessInstance instance = nominate(nomination("𠮷田明", ID));
        VettingRow vetting = vettingOf(instance);
        assertThat(vetting.candidateName()).isEqualTo("𠮷田明");
        assertThat(archive.findPerson(vetting.personId()).name()).isEqualTo("𠮷田明");
        assertThat(runtimeService.getVariable(instance.getId(), "candidateName")).isEqualTo("𠮷田明");
    }

    @Test
    void anotherTownshipCannotNominateForThisVillage() {
        assertThatThrownBy(() -> driver.start(KEY, "hongling-dw", nomination("李明", ID)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_person", Integer.class)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    /** The form refuses a completion: the task stays open and the vetting's archive rows stay as they were. */
    private void assertFormRefused(ProcessInstance instance, String taskKey, String user, Map<String, Object> values,
            String... fragments) {
        assertFormRefused(instance, () -> driver.complete(instance, taskKey, user, values), fragments);
        assertThat(instance).isWaitingAt(taskKey);
    }

    private void assertFormRefused(ProcessInstance instance, org.assertj.core.api.ThrowableAssert.ThrowingCallable completion,
            String... fragments) {
        VettingRow vetting = vettingOf(instance);
        List<Object> before = List.of(vetting, archive.findAnswers(vetting.id()), archive.findEvents(vetting.id()));
        assertRefusedByForm(completion, fragments);
        assertThat(List.of(vettingOf(instance), archive.findAnswers(vetting.id()), archive.findEvents(vetting.id()))).isEqualTo(before);
    }

    private void assertRefused(Map<String, Object> values, String message) {
        assertThatThrownBy(() -> nominate(values)).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }

    ProcessInstance nominate(Map<String, Object> values) {
        return driver.start(KEY, BRANCH, values);
    }

    void toJointReview(ProcessInstance instance) {
        driver.complete(instance, "Task_VillageCheck", BRANCH, villageCheck("PASS"));
        driver.complete(instance, "Task_TownshipReview", TOWNSHIP, townshipReview("PASS"));
        driver.complete(instance, "Task_LaunchJointReview", COUNTY, launch(Arrays.asList(DEPARTMENT_ROLES)));
    }

    /** Every open department task answers: no hit, unless {@code answers} says otherwise for its department. */
    void answerAll(ProcessInstance instance, Map<String, Map<String, Object>> answers) {
        for (String role : DEPARTMENT_ROLES) {
            Task task = departmentTaskOrNull(instance, role);
            if (task != null) {
                driver.complete(task, userOf(role), answers.getOrDefault(role, noHit()));
            }
        }
    }

    void publishAndFile(ProcessInstance instance) {
        driver.complete(instance, "Task_PublishNotice", BRANCH, notice(LocalDate.now().minusDays(6)));
        driver.complete(instance, "Task_HandleObjections", TOWNSHIP, noObjection());
        driver.complete(instance, "Task_CountyFiling", COUNTY, filing());
    }

    Task departmentTask(ProcessInstance instance, String role) {
        Task task = departmentTaskOrNull(instance, role);
        assertThat(task).as("task of %s", role).isNotNull();
        return task;
    }

    Task departmentTaskOrNull(ProcessInstance instance, String role) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_DepartmentReview")
                .taskCandidateGroup("990101-" + role).singleResult();
    }

    static String userOf(String role) {
        return DEPARTMENT_USERS.get(Arrays.asList(DEPARTMENT_ROLES).indexOf(role));
    }

    VettingRow vettingOf(ProcessInstance instance) {
        return archive.findVettingByInstance(instance.getId());
    }

    AnswerRow answerOf(VettingRow vetting, String department) {
        return archive.findAnswers(vetting.id()).stream().filter(a -> a.department().equals(department)).findFirst().orElseThrow();
    }
}
