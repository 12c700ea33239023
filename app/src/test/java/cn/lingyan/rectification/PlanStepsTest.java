package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import cn.lingyan.org.People;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The listeners of 一村一策: drafting the plan with its three lists, and the township's review. */
class PlanStepsTest {

    private static final long CASE_ID = 7L;
    private static final int CYCLE = 2;
    private static final String INSTANCE = "pi-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 1 March 2026 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI);
    private static final LocalDate RECTIFICATION_DUE = LocalDate.of(2027, 3, 1);

    private final RectificationLedger ledger = mock(RectificationLedger.class);
    private final People people = mock(People.class);
    private final DelegateTask task = mock(DelegateTask.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final DelegateExecution processInstance = mock(DelegateExecution.class);
    private final Map<String, Object> variables = new HashMap<>();

    private final PlanSteps steps = new PlanSteps(ledger, new MeasureProjections(ledger), people, CLOCK);

    @BeforeEach
    void setUp() {
        variables.put("planSummary", "配齐班子、规范组织生活");
        variables.put("problems", List.of(Map.of("problem", "书记缺职"), Map.of("problem", "组织生活不规范")));
        variables.put("measures", List.of(
                measure("选优配强村党组织书记", "王建国", "2026-06-30"),
                measure("每月开展主题党日", "第一书记", "2026-12-31")));
        variables.put("responsibilities", List.of(Map.of("item", "书记人选考察", "responsible", "青山镇党委")));
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(people.currentUserId()).thenReturn("qingshan-dw");
        when(task.getProcessInstanceId()).thenReturn(INSTANCE);
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(ledgerCase());
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessInstance()).thenReturn(processInstance);
    }

    @Test
    void planPublishesTheTaskListAsFiledInTheLedgerForLaterForms() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(
                new MeasureRow(CASE_ID, CYCLE, 1, "选优配强村党组织书记", "王建国", LocalDate.of(2026, 6, 30), "NOT_STARTED", null)));

        steps.draftPlan(task);

        InOrder order = inOrder(ledger, processInstance);
        order.verify(ledger, times(2)).insertMeasure(any(MeasureRow.class));
        order.verify(ledger).findMeasures(CASE_ID, CYCLE);
        ArgumentCaptor<Object> json = ArgumentCaptor.forClass(Object.class);
        order.verify(processInstance).setVariable(eq("measureStatus"), json.capture());
        assertThat(json.getValue().toString()).contains("\"measureNo\":1", "\"statusText\":\"未开始\"", "\"dueDate\":\"2026-06-30\"");
    }

    // ---------------------------------------------------------------- the three lists

    @ParameterizedTest
    @CsvSource({"problems, 问题清单", "measures, 任务清单", "responsibilities, 责任清单"})
    void planWithAnEmptyListIsRefusedNamingIt(String variable, String name) {
        variables.put(variable, List.of());

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001")
                .hasMessageContaining(name + "至少要填写一项");

        verifyLedgerOnlyRead();
    }

    @Test
    void planWithoutAnyListNamesAllThree() {
        variables.remove("problems");
        variables.remove("measures");
        variables.remove("responsibilities");

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题清单、任务清单、责任清单至少要填写一项");
        verifyLedgerOnlyRead();
    }

    @Test
    void planWithOnlyProblemsMissingDoesNotNameTheOthers() {
        variables.put("problems", List.of());

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("任务清单").doesNotContain("责任清单"));
    }

    // ---------------------------------------------------------------- due dates

    @Test
    void measureDueBeforeTodayIsRefused() {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "2026-06-30"), measure("主题党日", "第一书记", "2026-02-28")));

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001")
                .hasMessageContaining("任务清单第2项的完成时限").hasMessageContaining("2027-03-01");

        verifyLedgerOnlyRead();
    }

    @Test
    void measureDueAfterTheRectificationDeadlineIsRefused() {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "2027-03-02")));

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("任务清单第1项的完成时限")
                .hasMessageContaining("整顿期限（2027-03-01）");

        verifyLedgerOnlyRead();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2027-03-01"})
    void measureDueTodayOrOnTheDeadlineIsAccepted(String due) {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", due)));

        steps.draftPlan(task);

        verify(ledger).insertMeasure(new MeasureRow(CASE_ID, CYCLE, 1, "选优配强书记", "王建国", LocalDate.parse(due),
                "NOT_STARTED", null));
    }

    @Test
    void theDeadlineIsTheLedgerOneNotASubmittedOne() {
        variables.put("rectificationDue", Date.from(LocalDate.of(2030, 1, 1).atStartOfDay(SHANGHAI).toInstant()));
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "2027-03-02")));

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("整顿期限（2027-03-01）");

        verifyLedgerOnlyRead();
    }

    @Test
    void measureDueLongAfterTodayIsAcceptedWhenTheCaseHasNoDeadlineYet() {
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(LedgerCases.dongpo(CASE_ID, CYCLE, null, 0));
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "2030-01-01")));

        steps.draftPlan(task);

        verify(ledger).insertMeasure(any(MeasureRow.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"明年三月", "2026-02-30", "30/06/2026"})
    void measureWithAnUnparsableDueDateIsRefused(String due) {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", due)));

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001")
                .hasMessageContaining("“任务清单第1项的完成时限”不是有效日期");

        verifyLedgerOnlyRead();
    }

    @Test
    void measureWithoutADueDateIsRefused() {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "")));

        assertThatThrownBy(() -> steps.draftPlan(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001")
                .hasMessageContaining("任务清单第1项的完成时限应在今天到整顿期限");

        verifyLedgerOnlyRead();
    }

    @Test
    void dueDateWithATimePartIsReadAsItsDay() {
        variables.put("measures", List.of(measure("选优配强书记", "王建国", "2026-06-30T00:00:00.000Z")));

        steps.draftPlan(task);

        ArgumentCaptor<MeasureRow> row = ArgumentCaptor.forClass(MeasureRow.class);
        verify(ledger).insertMeasure(row.capture());
        assertThat(row.getValue().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    // ---------------------------------------------------------------- the ledger

    @Test
    void planReplacesThisCyclePlanInTheLedger() {
        steps.draftPlan(task);

        InOrder order = inOrder(ledger);
        order.verify(ledger).deleteProblems(CASE_ID, CYCLE);
        order.verify(ledger).deleteMeasures(CASE_ID, CYCLE);
        order.verify(ledger).deleteResponsibilities(CASE_ID, CYCLE);
        order.verify(ledger).deletePlan(CASE_ID, CYCLE);
        order.verify(ledger).insertPlan(CASE_ID, CYCLE, "配齐班子、规范组织生活", "qingshan-dw");
        order.verify(ledger).insertProblem(CASE_ID, CYCLE, 1, "书记缺职");
        order.verify(ledger).insertProblem(CASE_ID, CYCLE, 2, "组织生活不规范");
        order.verify(ledger, times(2)).insertMeasure(any(MeasureRow.class));
        order.verify(ledger).insertResponsibility(CASE_ID, CYCLE, 1, "书记人选考察", "青山镇党委");
    }

    @Test
    void planIsFiledUnderTheLedgerCaseNotASubmittedOne() {
        variables.put("caseId", 99L);
        variables.put("cycle", 1);

        steps.draftPlan(task);

        verify(ledger).deletePlan(CASE_ID, CYCLE);
        verify(ledger).insertPlan(CASE_ID, CYCLE, "配齐班子、规范组织生活", "qingshan-dw");
        verify(ledger, never()).insertPlan(eq(99L), anyInt(), any(), any());
    }

    @Test
    void measuresAreNumberedFromOneAndNotStarted() {
        steps.draftPlan(task);

        ArgumentCaptor<MeasureRow> rows = ArgumentCaptor.forClass(MeasureRow.class);
        verify(ledger, times(2)).insertMeasure(rows.capture());
        assertThat(rows.getAllValues()).containsExactly(
                new MeasureRow(CASE_ID, CYCLE, 1, "选优配强村党组织书记", "王建国", LocalDate.of(2026, 6, 30), "NOT_STARTED", null),
                new MeasureRow(CASE_ID, CYCLE, 2, "每月开展主题党日", "第一书记", LocalDate.of(2026, 12, 31), "NOT_STARTED", null));
    }

    // ---------------------------------------------------------------- review

    @Test
    void approvalApprovesThePlanAndClearsTheComment() {
        variables.put("planDecision", "APPROVE");

        steps.reviewPlan(task);

        verify(ledger).approvePlan(CASE_ID, CYCLE, "qingshan-dw");
        verify(task).setVariable("planComment", "");
        verify(ledger, never()).returnPlan(anyLong(), anyInt());
    }

    @Test
    void returnSendsThePlanBackWithTheComment() {
        variables.put("planDecision", "RETURN");
        variables.put("planComment", "任务清单缺少集体经济措施");

        steps.reviewPlan(task);

        verify(ledger).returnPlan(CASE_ID, CYCLE);
        verify(ledger).insertEvent(CASE_ID, CYCLE, "PLAN_RETURNED", "任务清单缺少集体经济措施", "qingshan-dw");
        verify(ledger, never()).approvePlan(anyLong(), anyInt(), any());
    }

    /** The ledger was asked which case the instance belongs to, and nothing else. */
    private void verifyLedgerOnlyRead() {
        verify(ledger, atMost(1)).findCaseByInstance(INSTANCE);
        verifyNoMoreInteractions(ledger);
    }

    private static CaseRow ledgerCase() {
        return LedgerCases.dongpo(CASE_ID, CYCLE, RECTIFICATION_DUE, 0);
    }

    private static Map<String, Object> measure(String measure, String owner, String dueDate) {
        return Map.of("measure", measure, "owner", owner, "dueDate", dueDate);
    }
}
