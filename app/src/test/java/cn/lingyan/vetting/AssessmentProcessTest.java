package cn.lingyan.vetting;

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
        assertThat(archive.findAssessmentsUnder(DONGPO)).hasSize(1);
    }

    @Test
    void partsAbove20AreRefused() {
        ProcessInstance instance = start(YEAR);
        assertThatThrownBy(() -> driver.complete(instance, "Task_RateSecretary", TOWNSHIP, rating(21)))
                .rootCause().isInstanceOf(InvalidInputException.class);
        assertThat(instance).isWaitingAt("Task_RateSecretary");
    }

    // ---------------------------------------------------------------- helpers

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
