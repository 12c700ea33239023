package cn.lingyan.rectification;

import static cn.lingyan.FormRefusals.assertRefusedByForm;
import static cn.lingyan.rectification.RectificationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lingyan.ProcessTest;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.ProcessKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of weak-branch-rectification on the real engine, acting as the demo role users. */
@ProcessTest(ProcessKeys.WEAK_BRANCH_RECTIFICATION)
class RectificationProcessTest {

    static final String DONGPO = "990101001001";
    static final String TOWNSHIP = "qingshan-dw";
    static final String COUNTY = "yanming-zzb";
    static final String LEADER = "yanming-ld";
    static final String FIRST_SECRETARY = "dongpo-sj";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RectificationLedger ledger;
    @Autowired CaseDriver driver;
    @Autowired TestData data;
    @Autowired cn.lingyan.approval.TaskRewind rewind;

    @Test
    void signsOffAfterPassingAcceptanceAndClosesAfterConsolidation() {
        ProcessInstance instance = startRectifying();
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        driver.complete(instance, "Task_ReportProgress", FIRST_SECRETARY, progress("DONE"));
        driver.fireTimer(instance, "Event_LeaderVisitDue");
        assertThat(driver.task(instance, "Task_RecordLeaderVisit").getAssignee()).isEqualTo(LEADER);
        driver.complete(instance, "Task_RecordLeaderVisit", LEADER, visit());
        driver.complete(instance, "Task_RequestAcceptance", TOWNSHIP, requestAcceptance());
        // the scoring form states the rule from the table in force, not a copy of its values
        assertThat((String) runtimeService.getVariable(instance.getId(), "acceptanceRuleText"))
                .contains("得分70分及以上，验收合格").contains("群众测评不满意率超过50%").doesNotContain("[");
        driver.complete(instance, "Task_AcceptCase", COUNTY, acceptance(85, 0.1));
        assertThat(instance).isWaitingAt("Task_SignOff");
        driver.complete(instance, "Task_SignOff", COUNTY, signOff());
        assertThat(instance).isWaitingAt("Event_ConsolidationElapsed");
        assertThat(caseOf(instance).stage()).isEqualTo("CONSOLIDATING");
        driver.fireTimer(instance, "Event_ConsolidationElapsed");
        driver.complete(instance, "Task_LookBack", TOWNSHIP, lookBack(false, 90));

        assertThat(instance).hasPassed("Task_DecideAcceptance", "Task_JudgeRelapse").isEnded().hasPassed("Event_CaseClosed");
        CaseRow row = caseOf(instance);
        assertThat(row.stage()).isEqualTo("CLOSED");
        assertThat(row.businessKey()).isEqualTo(DONGPO + "-" + LocalDate.now().getYear() + "-rectification");
        assertThat(ledger.findCategories(row.id(), 1)).containsExactly("W01", "W10");
        assertThat(ledger.findMeasures(row.id(), 1)).hasSize(2).allMatch(MeasureRow::done);
        assertThat(ledger.countProgressReports(row.id())).isEqualTo(1);
        assertThat(ledger.countVisits(row.id())).isEqualTo(1);
        assertThat(ledger.findAcceptanceResults(row.id())).containsExactly("PASS");
        assertThat(ledger.findEventKinds(row.id())).containsSubsequence("CONFIRMED", "ACCEPTANCE_REQUESTED", "SIGNED_OFF",
                "LOOK_BACK", "CLOSED");
    }

    @Test
    void countyRejectionEndsTheCaseWithoutListing() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, screening());
        driver.complete(instance, "Task_ConfirmWeakBranch", COUNTY, confirm("REJECT"));

        assertThat(instance).isEnded().hasPassed("Event_NotListed");
        assertThat(caseOf(instance).stage()).isEqualTo("NOT_LISTED");
    }

    @Test
    void dmnSuggestionsReachTheCountyConfirmation() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, screening());

        assertThat(instance).isWaitingAt("Task_ConfirmWeakBranch");
        assertThat((String) runtimeService.getVariable(instance.getId(), "suggestedCategoriesText"))
                .contains("W01").contains("W02").contains("W10").doesNotContain("W08");
        assertThat(cn.lingyan.system.PlainValues.strings(runtimeService.getVariable(instance.getId(), "confirmedCategories")))
                .containsExactly("W01", "W02", "W10");
    }

    @Test
    void returnedPlanGoesBackToTheFirstSecretary() {
        ProcessInstance instance = confirmedAndAssigned();
        driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, plan());
        driver.complete(instance, "Task_ApprovePlan", TOWNSHIP, review("RETURN"));

        assertThat(instance).isWaitingAt("Task_DraftPlan").hasPassed("Gateway_PlanApproved");
        assertThat(runtimeService.getVariable(instance.getId(), "planComment")).isEqualTo("任务清单缺少集体经济措施");
        driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, plan());
        driver.complete(instance, "Task_ApprovePlan", TOWNSHIP, review("APPROVE"));
        assertThat(instance).isWaitingAt("Task_RequestAcceptance", "Event_DeadlineReached");
        assertThat(ledger.findEventKinds(caseOf(instance).id())).contains("PLAN_RETURNED");
    }

    @Test
    void failedAcceptanceReturnsToRectificationWithANewDeadline() {
        ProcessInstance instance = startRectifying();
        driver.complete(instance, "Task_RequestAcceptance", TOWNSHIP, requestAcceptance());
        driver.complete(instance, "Task_AcceptCase", COUNTY, acceptance(95, 0.1));

        assertThat(instance).hasPassed("Task_ResetDeadline").isWaitingAt("Task_RequestAcceptance", "Event_DeadlineReached");
        CaseRow row = caseOf(instance);
        assertThat(ledger.findAcceptanceResults(row.id())).containsExactly("FAIL");
        assertThat(row.stage()).isEqualTo("RECTIFYING");
        // the 12 months from the 四个一 assignment are longer than the 6-month re-rectification period: kept
        assertThat(row.deadline()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(12));
        assertThat((String) runtimeService.getVariable(instance.getId(), "lastAcceptanceText"))
                .contains("整改任务未全部完成").contains("述职评议");
    }

    @Test
    void townshipConfirmsCompletedMeasuresWhenRequestingAcceptance() {
        ProcessInstance instance = startRectifying();
        var request = requestAcceptance();
        request.putAll(progress("DONE"));
        request.remove("progressSummary");
        driver.complete(instance, "Task_RequestAcceptance", TOWNSHIP, request);

        assertThat(ledger.findMeasures(caseOf(instance).id(), 1)).allMatch(MeasureRow::done);
        assertThat(cn.lingyan.system.PlainValues.listOfMaps(runtimeService.getVariable(instance.getId(), "measureStatus")))
                .extracting(m -> m.get("statusText")).containsOnly("已完成");
        driver.complete(instance, "Task_AcceptCase", COUNTY, acceptance(80, 0.1));
        assertThat(instance).isWaitingAt("Task_SignOff");
    }

    @Test
    void monthlyReportShowsTheLatestStatusesOfTheTaskList() {
        ProcessInstance instance = startRectifying();
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        driver.complete(instance, "Task_ReportProgress", FIRST_SECRETARY, progress("IN_PROGRESS"));
        driver.fireTimer(instance, "Event_MonthlyReportDue");

        String taskId = driver.task(instance, "Task_ReportProgress").getId();
        assertThat(cn.lingyan.system.PlainValues.listOfMaps(engine.getTaskService().getVariable(taskId, "measureProgress")))
                .extracting(m -> m.get("status")).containsOnly("IN_PROGRESS");
        assertThat(cn.lingyan.system.PlainValues.listOfMaps(
                engine.getTaskService().getVariable(driver.task(instance, "Task_RequestAcceptance").getId(), "measureProgress")))
                .extracting(m -> m.get("status")).containsOnly("IN_PROGRESS");
    }

    @Test
    void deadlineEscalatesToTheCountyWhichMayExtendOnce() {
        ProcessInstance instance = startRectifying();
        LocalDate firstDeadline = caseOf(instance).deadline();
        driver.fireTimer(instance, "Event_DeadlineReached");
        assertThat(instance).isWaitingAt("Task_HandleOverdue", "Task_RequestAcceptance");
        driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("EXTEND", 3));

        LocalDate extended = firstDeadline.plusMonths(3);
        assertThat(caseOf(instance).deadline()).isEqualTo(extended);
        Date due = managementService.createJobQuery().processInstanceId(instance.getId()).activityId("Event_DeadlineReached")
                .singleResult().getDuedate();
        assertThat(due.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()).isEqualTo(extended);

        driver.fireTimer(instance, "Event_DeadlineReached");
        assertThatThrownBy(() -> driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("EXTEND", 2)))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("LY-20007");
        driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("SUPERVISE", null));

        assertThat(instance).hasPassed("Event_UnderSupervision").isWaitingAt("Task_RequestAcceptance");
        assertThat(caseOf(instance).supervised()).isTrue();
        assertThat(ledger.findEventKinds(caseOf(instance).id())).containsSubsequence("OVERDUE", "EXTENDED", "OVERDUE", "SUPERVISED");
    }

    @Test
    void relapseAtLookBackReopensTheCaseUnderSupervision() {
        ProcessInstance instance = startRectifying();
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        driver.complete(instance, "Task_ReportProgress", FIRST_SECRETARY, progress("DONE"));
        driver.complete(instance, "Task_RequestAcceptance", TOWNSHIP, requestAcceptance());
        driver.complete(instance, "Task_AcceptCase", COUNTY, acceptance(80, 0.2));
        driver.complete(instance, "Task_SignOff", COUNTY, signOff());
        driver.fireTimer(instance, "Event_ConsolidationElapsed");
        driver.complete(instance, "Task_LookBack", TOWNSHIP, lookBack(true, 85));

        assertThat(instance).hasPassed("Task_ReopenCase").isWaitingAt("Task_AssignFourOnes");
        CaseRow row = caseOf(instance);
        assertThat(row.cycle()).isEqualTo(2);
        assertThat(row.supervised()).isTrue();
        assertThat(row.stage()).isEqualTo("RECTIFYING");
        assertThat(ledger.findCategories(row.id(), 2)).containsExactly("W03");
        assertThat(runtimeService.getVariable(instance.getId(), "cycle")).isEqualTo(2);
    }

    @Test
    void caseConfirmedByTheYearlyScreeningStartsAtTheFourOnes() {
        ledger.insertScreening(new ScreeningRow(null, "990101-2026-screening", "990101", 2026, "990101001", DONGPO, "东坡村",
                "{}", "W12", null, TOWNSHIP, null, null, null));
        ledger.confirmScreening("990101-2026-screening", DONGPO, true, "W12", "集体经济空壳");
        ProcessInstance instance = startFromCampaign("990101-2026-screening");

        assertThat(instance).isWaitingAt("Task_AssignFourOnes").hasNotPassed("Task_ScreenVillage");
        assertThat(ledger.findCategories(caseOf(instance).id(), 1)).containsExactly("W12");
        assertThat(caseOf(instance).rootCause()).isEqualTo("集体经济空壳");
        assertThat(caseOf(instance).stage()).isEqualTo("RECTIFYING");
    }

    @Test
    void skippingTheScreeningWithoutACountyConfirmationIsRefused() {
        ledger.insertScreening(new ScreeningRow(null, "990101-2026-screening", "990101", 2026, "990101001", DONGPO, "东坡村",
                "{}", "", null, TOWNSHIP, null, null, null));
        ledger.confirmScreening("990101-2026-screening", DONGPO, false, "", null);

        assertThatThrownBy(() -> startFromCampaign("990101-2026-screening")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("未在年度排查中经县级确认");
        assertThatThrownBy(() -> startFromCampaign(null)).isInstanceOf(InvalidInputException.class);
        assertThat(ledger.findCasesUnder(DONGPO)).isEmpty();
    }

    /** Starts as the campaign would; the submitted categories and cause differ from the county's, and do not count. */
    private ProcessInstance startFromCampaign(String campaignKey) {
        data.actAs(TOWNSHIP);
        try {
            return runtimeService.startProcessInstanceByKey("weak-branch-rectification", Variables.createVariables()
                    .putValue("villageCode", DONGPO).putValue("confirmedByCampaign", true).putValue("campaignKey", campaignKey)
                    .putValue("confirmedCategories", cn.lingyan.system.PlainValues.json(java.util.List.of("W01", "W03")))
                    .putValue("rootCause", "另填的原因"));
        } finally {
            data.actAsSystem();
        }
    }

    @Test
    void townshipCannotStartACaseForAnotherTownshipsVillage() {
        assertThatThrownBy(() -> driver.startCase("990101002001", TOWNSHIP)).isInstanceOf(OutOfScopeException.class)
                .hasMessageContaining("LY-20004");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(ledger.findCasesUnder("99")).isEmpty();
    }

    @Test
    void anotherTownshipNeitherSeesNorWorksTheTask() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        String taskId = driver.task(instance, "Task_ScreenVillage").getId();

        data.actAs("baishui-dw");
        try {
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list()).isEmpty();
            assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNull();
            assertThatThrownBy(() -> taskService.claim(taskId, "baishui-dw")).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.complete(taskId, screening())).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.getVariables(taskId)).isInstanceOf(AuthorizationException.class);
        } finally {
            data.actAsSystem();
        }
        data.actAs(TOWNSHIP);
        try {
            assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        } finally {
            data.actAsSystem();
        }
        assertThat(instance).isWaitingAt("Task_ScreenVillage");
    }

    @Test
    void unknownVillageIsRefused() {
        assertThatThrownBy(() -> driver.startCase("990101009999", COUNTY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20002").hasMessageContaining("990101009999");
        assertThat(ledger.findCasesUnder("99")).isEmpty();
    }

    @Test
    void secondOpenCaseOfTheSameVillageIsRefused() {
        driver.startCase(DONGPO, TOWNSHIP);
        assertThatThrownBy(() -> driver.startCase(DONGPO, COUNTY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20006");
        assertThat(ledger.findCasesUnder(DONGPO)).hasSize(1);
    }

    @Test
    void firstSecretaryFromAnotherVillageIsRefusedAndNothingIsWritten() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, screening());
        driver.complete(instance, "Task_ConfirmWeakBranch", COUNTY, confirm("CONFIRM"));

        assertThatThrownBy(() -> driver.complete(instance, "Task_AssignFourOnes", COUNTY, fourOnes(LEADER, "liuxi-sj")))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause().hasMessageContaining("LY-20005");
        assertThat(instance).isWaitingAt("Task_AssignFourOnes");
        assertThat(runtimeService.getVariable(instance.getId(), "firstSecretaryId")).isNull();
        assertThat(caseOf(instance).deadline()).isNull();
    }

    @Test
    void incompleteScreeningFormIsRefusedWithTheFieldsNamed() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        var values = screening();
        values.remove("screeningNote");
        values.put("satisfactionRate", 130);

        assertThatThrownBy(() -> driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, values))
                .hasRootCauseInstanceOf(InvalidInputException.class).rootCause()
                .hasMessageContaining("「排查情况说明」为必填项").hasMessageContaining("不能大于100");
        assertThat(instance).isWaitingAt("Task_ScreenVillage");
        assertThat(runtimeService.getVariable(instance.getId(), "vacancyDays")).isNull();
    }

    @Test
    void planWithoutMeasuresOrWithPastDueDatesIsRefused() {
        ProcessInstance instance = confirmedAndAssigned();
        var empty = plan();
        empty.put("measures", java.util.List.of());
        assertThatThrownBy(() -> driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, empty))
                .rootCause().hasMessageContaining("任务清单至少要填写一项");
        var late = plan();
        late.put("measures", java.util.List.of(java.util.Map.of("measure", "补开会议", "owner", "村书记", "dueDate", "2020-01-01")));
        assertThatThrownBy(() -> driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, late))
                .rootCause().hasMessageContaining("完成时限");
        assertThat(ledger.findMeasures(caseOf(instance).id(), 1)).isEmpty();
    }

    @Test
    void confirmationWithoutCategoriesOrCauseIsRefusedByTheFormAndRecordsNothing() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, screening());
        String stage = caseOf(instance).stage();
        var noCategories = confirm("CONFIRM");
        noCategories.put("confirmedCategories", java.util.List.of());
        assertRefusedByForm(() -> driver.complete(instance, "Task_ConfirmWeakBranch", COUNTY, noCategories),
                "「确认的软弱涣散情形」为必填项");
        var noCause = confirm("CONFIRM");
        noCause.put("rootCause", " ");
        assertRefusedByForm(() -> driver.complete(instance, "Task_ConfirmWeakBranch", COUNTY, noCause), "「主要原因分析」为必填项");

        assertThat(instance).isWaitingAt("Task_ConfirmWeakBranch");
        CaseRow row = caseOf(instance);
        assertThat(row.stage()).isEqualTo(stage);
        assertThat(row.rootCause()).isNull();
        assertThat(ledger.findCategories(row.id(), 1)).isEmpty();
        assertThat(ledger.findEventKinds(row.id())).doesNotContain("CONFIRMED");
    }

    @Test
    void progressWithAStatusOutsideTheFormsOptionsIsRefusedAndChangesNoMeasure() {
        ProcessInstance instance = startRectifying();
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        assertRefusedByForm(() -> driver.complete(instance, "Task_ReportProgress", FIRST_SECRETARY, progress("FINISHED")),
                "进展状态", "“FINISHED”无效");
        var request = requestAcceptance();
        request.putAll(progress("FINISHED"));
        assertRefusedByForm(() -> driver.complete(instance, "Task_RequestAcceptance", TOWNSHIP, request), "“FINISHED”无效");

        assertThat(instance).isWaitingAt("Task_ReportProgress", "Task_RequestAcceptance");
        CaseRow row = caseOf(instance);
        assertThat(row.stage()).isEqualTo("RECTIFYING");
        assertThat(ledger.findMeasures(row.id(), 1)).extracting(MeasureRow::status).containsOnly("NOT_STARTED");
        assertThat(ledger.countProgressReports(row.id())).isZero();
        assertThat(ledger.findEventKinds(row.id())).doesNotContain("ACCEPTANCE_REQUESTED");
    }

    @Test
    void extensionMonthsOutsideTheFormsRangeAreRefusedAndChangeNoDeadline() {
        ProcessInstance instance = startRectifying();
        LocalDate deadline = caseOf(instance).deadline();
        driver.fireTimer(instance, "Event_DeadlineReached");
        assertRefusedByForm(() -> driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("EXTEND", 0)),
                "「延期月数」不能小于1");
        assertRefusedByForm(() -> driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("EXTEND", 7)),
                "「延期月数」不能大于6");
        var fraction = overdue("EXTEND", null);
        fraction.put("extensionMonths", 2.5);
        assertRefusedByForm(() -> driver.complete(instance, "Task_HandleOverdue", COUNTY, fraction), "「延期月数」必须是整数");
        assertRefusedByForm(() -> driver.complete(instance, "Task_HandleOverdue", COUNTY, overdue("EXTEND", null)),
                "「延期月数」为必填项");

        assertThat(instance).isWaitingAt("Task_HandleOverdue", "Task_RequestAcceptance");
        CaseRow row = caseOf(instance);
        assertThat(row.deadline()).isEqualTo(deadline);
        assertThat(row.extensionsUsed()).isZero();
        assertThat(row.supervised()).isFalse();
        assertThat(ledger.findEventKinds(row.id())).doesNotContain("EXTENDED", "SUPERVISED");
    }

    private ProcessInstance confirmedAndAssigned() {
        ProcessInstance instance = driver.startCase(DONGPO, TOWNSHIP);
        driver.complete(instance, "Task_ScreenVillage", TOWNSHIP, screening());
        driver.complete(instance, "Task_ConfirmWeakBranch", COUNTY, confirm("CONFIRM"));
        driver.complete(instance, "Task_AssignFourOnes", COUNTY, fourOnes(LEADER, FIRST_SECRETARY));
        return instance;
    }

    @Test
    void theTownshipMayReturnThePlanThroughTheApprovalPanelButNotAMonthlyReport() {
        ProcessInstance instance = confirmedAndAssigned();
        org.camunda.bpm.engine.task.Task draft = driver.task(instance, "Task_DraftPlan");
        taskService.claim(draft.getId(), FIRST_SECRETARY);
        driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, plan());
        String approval = driver.task(instance, "Task_ApprovePlan").getId();
        data.actAs(TOWNSHIP);
        try {
            rewind.returnTask(approval, "任务清单缺少时限，请补充");
        } finally {
            data.actAsSystem();
        }
        org.camunda.bpm.engine.task.Task back = driver.task(instance, "Task_DraftPlan");
        assertThat(back.getAssignee()).isEqualTo(FIRST_SECRETARY);
        assertThat(taskService.getVariableLocal(back.getId(), "returnReason")).isEqualTo("任务清单缺少时限，请补充");

        driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, plan());
        driver.complete(instance, "Task_ApprovePlan", TOWNSHIP, review("APPROVE"));
        driver.fireTimer(instance, "Event_MonthlyReportDue");
        String report = driver.task(instance, "Task_ReportProgress").getId();
        data.actAs(FIRST_SECRETARY);
        try {
            assertThatThrownBy(() -> rewind.returnTask(report, "退回"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在同一流程层级");
        } finally {
            data.actAsSystem();
        }
    }

    private ProcessInstance startRectifying() {
        ProcessInstance instance = confirmedAndAssigned();
        driver.complete(instance, "Task_DraftPlan", FIRST_SECRETARY, plan());
        driver.complete(instance, "Task_ApprovePlan", TOWNSHIP, review("APPROVE"));
        assertThat(instance).isWaitingAt("Task_RequestAcceptance", "Event_DeadlineReached");
        return instance;
    }

    private CaseRow caseOf(ProcessInstance instance) {
        return ledger.findCaseByInstance(instance.getId());
    }
}
