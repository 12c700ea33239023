package cn.lingyan.vetting;

import static cn.lingyan.FormRefusals.assertRefusedByForm;
import static cn.lingyan.vetting.VettingForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lingyan.ProcessDriver;
import cn.lingyan.ProcessTest;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.ProcessKeys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of secretary-assessment (DMN-B3) on the real engine, as the demo township and county users. */
@ProcessTest(ProcessKeys.SECRETARY_ASSESSMENT)
class AssessmentProcessTest {

    static final String KEY = "secretary-assessment";
    static final String TOWNSHIP = "qingshan-dw";
    static final String COUNTY = "yanming-zzb";
    static final int YEAR = LocalDate.now().getYear();

    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ProcessDriver driver;
    @Autowired VettingArchive archive;

    @Test
    void fiveStarsMakeAModel() {
        ProcessInstance instance = rateAndConfirm(19, confirm());
        assertThat(instance).isWaitingAt("Task_ModelRecognition");
        assertThat(runtimeService.getVariable(instance.getId(), "starsText")).isEqualTo("5星");
        assertFormRefused(instance, "Task_ModelRecognition", COUNTY, Map.of("recognitionForm", "评为优秀村党组织书记",
                "recognitionNote", " "), "「典型事迹」为必填项");
        driver.complete(instance, "Task_ModelRecognition", COUNTY, Map.of("recognitionForm", "评为优秀村党组织书记",
                "recognitionNote", "带领群众发展茶叶产业"));

        assertThat(instance).isEnded().hasPassed("Event_Recognised");
        AssessmentRow row = rowOf(instance);
        assertThat(row.totalScore()).isEqualByComparingTo("95.0");
        assertThat(row.ratedStars()).isEqualTo(5);
        assertThat(row.confirmedStars()).isEqualTo(5);
        assertThat(row.starAction()).isEqualTo("MODEL");
        assertThat(row.stage()).isEqualTo("CLOSED");
        assertThat(row.actionRecord()).contains("选树典型").contains("茶叶产业");
    }

    @Test
    void twoStarsMeanAWarningTalk() {
        ProcessInstance instance = rateAndConfirm(13, confirm());
        assertFormRefused(instance, "Task_WarningTalk", TOWNSHIP, Map.of("talkDate", LocalDate.now().toString(), "talkBy", "镇党委书记"),
                "「约谈记录」为必填项");
        driver.complete(instance, "Task_WarningTalk", TOWNSHIP, Map.of("talkDate", LocalDate.now().toString(),
                "talkBy", "镇党委书记", "talkRecord", "指出履职不到位问题，明确整改要求"));

        assertThat(instance).isEnded().hasPassed("Event_Warned");
        assertThat(rowOf(instance).ratedStars()).isEqualTo(2);
        assertThat(rowOf(instance).actionRecord()).contains("提醒约谈");
    }

    @Test
    void threeStarsMeanAnImprovementPlanAndTheCountyMayRaiseToFour() {
        ProcessInstance instance = rateAndConfirm(15, Map.of("ratingDecision", "ADJUST", "adjustedStars", 4,
                "confirmNote", "产业发展成效突出，上调一星"));
        assertThat(instance).isWaitingAt("Task_ImprovementPlan");
        assertThatThrownBy(() -> driver.complete(instance, "Task_ImprovementPlan", TOWNSHIP, improvement(LocalDate.now())))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("完成时限应晚于今天");
        assertFormRefused(instance, "Task_ImprovementPlan", TOWNSHIP, Map.of("improvementDue", LocalDate.now().plusMonths(3).toString()),
                "「主要短板」为必填项", "「补强措施」为必填项");
        driver.complete(instance, "Task_ImprovementPlan", TOWNSHIP, improvement(LocalDate.now().plusMonths(3)));

        assertThat(instance).isEnded().hasPassed("Event_Improving");
        AssessmentRow row = rowOf(instance);
        assertThat(row.ratedStars()).isEqualTo(3);
        assertThat(row.confirmedStars()).isEqualTo(4);
        assertThat(row.confirmNote()).contains("上调一星");
    }

    @Test
    void oneStarStartsAReplacementVettingAndKeepsNoIdentityNumber() {
        ProcessInstance instance = rateAndConfirm(10, confirm());
        assertThat(instance).isWaitingAt("Task_NominateReplacement");
        String id = idNumber("19880101", "234");
        Map<String, Object> replacement = new HashMap<>(nomination("刘洋", id));
        replacement.remove("villageCode");
        replacement.remove("vettingReason");
        replacement.remove("position");
        replacement.put("replacementReason", "BY_ELECTION");
        driver.complete(instance, "Task_NominateReplacement", TOWNSHIP, replacement);

        assertThat(instance).isEnded().hasPassed("Event_Replaced");
        AssessmentRow row = rowOf(instance);
        VettingRow vetting = archive.findVetting(row.replacementVettingId());
        assertThat(vetting.assessmentId()).isEqualTo(row.id());
        assertThat(vetting.reason()).isEqualTo("BY_ELECTION");
        assertThat(vetting.candidateName()).isEqualTo("刘洋");
        assertThat(vetting.nominatedBy()).isEqualTo(TOWNSHIP);
        assertThat(archive.findPerson(vetting.personId()).idNumber()).isEqualTo(id);
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("idNumber").count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains(id));
    }

    @Test
    void badReplacementRefusesTheStepAndStartsNothing() {
        ProcessInstance instance = rateAndConfirm(10, confirm());
        Map<String, Object> replacement = new HashMap<>(nomination("刘洋", idNumber("19880101", "234")));
        replacement.keySet().removeAll(java.util.List.of("villageCode", "vettingReason", "position"));
        replacement.put("gender", "M"); // the 17th digit (4) is even: a woman
        replacement.put("replacementReason", "BY_ELECTION");
        assertThatThrownBy(() -> driver.complete(instance, "Task_NominateReplacement", TOWNSHIP, replacement))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("第17位");
        replacement.put("gender", "F");
        replacement.put("replacementReason", "RETIREMENT");
        assertFormRefused(instance, "Task_NominateReplacement", TOWNSHIP, replacement, "「调整方式」的选项“RETIREMENT”无效");

        assertThat(instance).isWaitingAt("Task_NominateReplacement");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("secretary-candidate-vetting").count()).isZero();
        assertThat(rowOf(instance).replacementVettingId()).isNull();
    }

    @Test
    void theFiledSecretaryIsPrefilledAndTheRatingJoinsTheArchive() {
        archive.insertPerson(new PersonRow(null, idNumber("19750505", "111"), "黄忠", "M", LocalDate.of(1975, 5, 5), "990101",
                "990101001", DONGPO, null, null));
        PersonRow person = archive.findPersonByIdNumber(idNumber("19750505", "111"));
        archive.insertVetting(new VettingRow(null, person.id(), "test-instance", "k", "ELECTION", "SECRETARY", DONGPO, "东坡村",
                "990101001", "990101", "黄忠", LocalDate.of(2000, 7, 1), "COLLEGE", "东坡村", "村党组织书记", true, "n", null,
                null, null, "FILED", "CLEARED", null, null, null, null, null, null, null));
        VettingRow filed = archive.findVettingByInstance("test-instance");
        archive.recordFiling(filed.id(), "雁组备1号", LocalDate.of(2024, 1, 5));
        archive.endVetting(filed.id(), "FILED", "FILED", "县级备案");

        ProcessInstance instance = start(YEAR);
        assertThat(runtimeService.getVariable(instance.getId(), "secretaryName")).isEqualTo("黄忠");
        assertThat(archive.findAssessmentsOfPerson(person.id())).singleElement()
                .satisfies(a -> assertThat(a.assessmentYear()).isEqualTo(YEAR));
    }

    @Test
    void oneAssessmentPerVillageAndYearWithinTheLastTwoYears() {
        start(YEAR);
        assertThatThrownBy(() -> start(YEAR)).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20014");
        assertThatThrownBy(() -> start(YEAR - 3)).isInstanceOf(InvalidInputException.class).hasMessageContaining("研判年度");
        assertThatThrownBy(() -> start(YEAR + 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("研判年度");
        assertRefusedByForm(() -> driver.start(KEY, TOWNSHIP, Map.of("villageCode", DONGPO, "assessmentYear", YEAR - 0.5)),
                "「研判年度」必须是整数");
        assertRefusedByForm(() -> driver.start(KEY, TOWNSHIP, Map.of("villageCode", DONGPO)), "「研判年度」为必填项");
        assertThat(archive.findAssessmentsUnder(DONGPO)).hasSize(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
    }

    @Test
    void ratingsTheFormRefusesRecordNothing() {
        ProcessInstance instance = start(YEAR);
        assertFormRefused(instance, "Task_RateSecretary", TOWNSHIP, rating(21), "「德（0–20分）」不能大于20", "「廉（0–20分）」不能大于20");
        assertFormRefused(instance, "Task_RateSecretary", TOWNSHIP, with(rating(15), "scoreAbility", -1), "「能（0–20分）」不能小于0");
        assertFormRefused(instance, "Task_RateSecretary", TOWNSHIP, with(rating(15), "secretaryName", null, "ratingNote", " ",
                "scoreIntegrity", null), "「村党组织书记姓名」为必填项", "「评定意见」为必填项", "「廉（0–20分）」为必填项");
        assertThat(runtimeService.getVariable(instance.getId(), "totalScore")).isNull();

        driver.complete(instance, "Task_RateSecretary", TOWNSHIP, rating(19));
        assertFormRefused(instance, "Task_ConfirmRating", COUNTY, Map.of("ratingDecision", "IGNORE", "confirmNote", "同意"),
                "「审定结果」的选项“IGNORE”无效");
        assertFormRefused(instance, "Task_ConfirmRating", COUNTY, Map.of("ratingDecision", "ADJUST", "adjustedStars", 6,
                "confirmNote", "上调"), "「调整后星级」不能大于5");
        assertFormRefused(instance, "Task_ConfirmRating", COUNTY, Map.of("ratingDecision", "ADJUST", "adjustedStars", 3.5,
                "confirmNote", "下调"), "「调整后星级」必须是整数");
        assertFormRefused(instance, "Task_ConfirmRating", COUNTY, Map.of("ratingDecision", "ADJUST", "confirmNote", "下调"),
                "「调整后星级」为必填项");
        assertFormRefused(instance, "Task_ConfirmRating", COUNTY, Map.of("ratingDecision", "CONFIRM"), "「审定意见」为必填项");

        assertThat(((Number) runtimeService.getVariable(instance.getId(), "stars")).intValue()).isEqualTo(5);
        assertThat(rowOf(instance).ratedStars()).isEqualTo(5);
        assertThat(rowOf(instance).confirmedStars()).isNull();
    }

    // ---------------------------------------------------------------- helpers

    /** The form refuses a completion: the task stays open and the assessment's row stays as it was. */
    void assertFormRefused(ProcessInstance instance, String taskKey, String user, Map<String, Object> values, String... fragments) {
        AssessmentRow before = rowOf(instance);
        assertRefusedByForm(() -> driver.complete(instance, taskKey, user, values), fragments);
        assertThat(rowOf(instance)).isEqualTo(before);
        assertThat(instance).isWaitingAt(taskKey);
    }

    ProcessInstance start(int year) {
        return driver.start(KEY, TOWNSHIP, Map.of("villageCode", DONGPO, "assessmentYear", year));
    }

    ProcessInstance rateAndConfirm(double eachPart, Map<String, Object> confirmation) {
        ProcessInstance instance = start(YEAR);
        driver.complete(instance, "Task_RateSecretary", TOWNSHIP, rating(eachPart));
        assertThat(instance).hasPassed("Task_RateStars").isWaitingAt("Task_ConfirmRating");
        driver.complete(instance, "Task_ConfirmRating", COUNTY, confirmation);
        return instance;
    }

    static Map<String, Object> rating(double eachPart) {
        return Map.of("secretaryName", "张三", "scoreMorality", eachPart, "scoreAbility", eachPart, "scoreDiligence", eachPart,
                "scorePerformance", eachPart, "scoreIntegrity", eachPart, "ratingNote", "对照好支书标准逐项评定");
    }

    static Map<String, Object> confirm() {
        return Map.of("ratingDecision", "CONFIRM", "confirmNote", "同意");
    }

    static Map<String, Object> improvement(LocalDate due) {
        return Map.of("weakPoints", "集体经济薄弱", "improvementMeasures", "引进合作社，盘活闲置资产", "improvementDue", due.toString());
    }

    AssessmentRow rowOf(ProcessInstance instance) {
        return archive.findAssessmentByInstance(instance.getId());
    }
}
