package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import cn.lingyan.org.People;
import cn.lingyan.org.Routing;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The rectification-period listeners: progress, visits, the overdue decision and the request for acceptance. */
class RectifyStepsTest {

    private static final long CASE_ID = 7L;
    private static final int CYCLE = 1;
    private static final String INSTANCE = "pi-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 1 March 2026 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI);
    private static final RectificationProperties RULES = new RectificationProperties(Period.ofMonths(12), 1, 6,
            Period.ofMonths(6), "R/P1M", "R/P1M", "P12M");

    private final RectificationLedger ledger = mock(RectificationLedger.class);
    private final People people = mock(People.class);
    private final DelegateTask task = mock(DelegateTask.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final DelegateExecution processInstance = mock(DelegateExecution.class);
    private final Map<String, Object> variables = new HashMap<>();

    private final CaseSteps caseSteps = new CaseSteps(ledger, mock(CategoryCatalogue.class), mock(Routing.class), people, RULES, CLOCK);
    private final RectifySteps steps = new RectifySteps(ledger, new MeasureProjections(ledger), caseSteps, people, RULES, CLOCK);

    @BeforeEach
    void setUp() {
        when(task.getProcessInstanceId()).thenReturn(INSTANCE);
        when(execution.getProcessInstanceId()).thenReturn(INSTANCE);
        givenLedgerCase(LocalDate.of(2026, 2, 28), 0);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessInstance()).thenReturn(processInstance);
        when(people.currentUserId()).thenReturn("yanming-zzb");
    }

    // ---------------------------------------------------------------- overdue

    @Test
    void extensionAddsTheMonthsToTheLedgerDeadline() {
        overdueDecision("EXTEND", 3);

        steps.handleOverdue(task);

        LocalDate extended = LocalDate.of(2026, 5, 28);
        verify(ledger).updateDeadline(CASE_ID, extended, 1);
        verify(execution).setVariable("extensionsUsed", 1);
        verify(execution).setVariable("rectificationDue", Date.from(extended.atStartOfDay(SHANGHAI).toInstant()));
        verify(execution).setVariable("rectificationDueText", "2026-05-28");
        verify(ledger).insertEvent(eq(CASE_ID), eq(CYCLE), eq("EXTENDED"), contains("延期至2026-05-28"), eq("yanming-zzb"));
        verify(ledger, never()).markSupervised(anyLong());
    }

    @Test
    void extensionEventKeepsTheNote() {
        overdueDecision("EXTEND", 6);

        steps.handleOverdue(task);

        verify(ledger).insertEvent(eq(CASE_ID), eq(CYCLE), eq("EXTENDED"), contains("班子调整需要时间"), anyString());
        verify(ledger).updateDeadline(CASE_ID, LocalDate.of(2026, 8, 28), 1);
    }

    @Test
    void secondExtensionIsRefusedAndWritesNothing() {
        givenLedgerCase(LocalDate.of(2026, 2, 28), 1);
        overdueDecision("EXTEND", 3);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("1次");

        verifyNothingWritten();
    }

    @Test
    void submittedExtensionCountIsIgnoredForTheLedgerOne() {
        givenLedgerCase(LocalDate.of(2026, 2, 28), 1);
        overdueDecision("EXTEND", 3);
        variables.put("extensionsUsed", 0);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("已延期1次");

        verifyNothingWritten();
    }

    @Test
    void submittedMaximumIsIgnoredForTheConfiguredOne() {
        givenLedgerCase(LocalDate.of(2026, 2, 28), 1);
        overdueDecision("EXTEND", 3);
        variables.put("maxExtensions", 2);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("最多允许1次");

        verifyNothingWritten();
    }

    @Test
    void configuredMaximumOfTwoAllowsASecondExtension() {
        RectificationProperties twoExtensions = new RectificationProperties(Period.ofMonths(12), 2, 6,
                Period.ofMonths(6), "R/P1M", "R/P1M", "P12M");
        RectifySteps lenient = new RectifySteps(ledger, new MeasureProjections(ledger), caseSteps, people, twoExtensions, CLOCK);
        givenLedgerCase(LocalDate.of(2026, 2, 28), 1);
        overdueDecision("EXTEND", 2);

        lenient.handleOverdue(task);

        verify(ledger).updateDeadline(CASE_ID, LocalDate.of(2026, 4, 28), 2);
        verify(execution).setVariable("extensionsUsed", 2);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-12-01, 1", // 2026-01-01, long past
            "2025-12-01, 3", // 2026-03-01, today: not after it
    })
    void extensionEndingNotAfterTodayIsRefused(LocalDate deadline, int months) {
        givenLedgerCase(deadline, 0);
        overdueDecision("EXTEND", months);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007")
                .hasMessageContaining("原期限2025-12-01").hasMessageContaining("仍早于今天");

        verifyNothingWritten();
    }

    @ParameterizedTest
    @CsvSource({
            "2025-12-01, 6, 2026-06-01",
            "2025-12-02, 3, 2026-03-02", // the day after today
    })
    void extensionEndingAfterTodayIsCountedFromTheLedgerDeadline(LocalDate deadline, int months, LocalDate extended) {
        givenLedgerCase(deadline, 0);
        overdueDecision("EXTEND", months);

        steps.handleOverdue(task);

        verify(ledger).updateDeadline(CASE_ID, extended, 1);
        verify(execution).setVariable("rectificationDueText", extended.toString());
        verify(ledger).insertEvent(eq(CASE_ID), eq(CYCLE), eq("EXTENDED"), contains("延期至" + extended), eq("yanming-zzb"));
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 12})
    void extensionMonthsAboveTheConfiguredMaximumAreRefused(int months) {
        overdueDecision("EXTEND", months);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("1到6");

        verifyNothingWritten();
    }

    @Test
    void aConfiguredMaximumBelowTheFormsIsHeld() {
        RectificationProperties threeMonths = new RectificationProperties(Period.ofMonths(12), 1, 3,
                Period.ofMonths(6), "R/P1M", "R/P1M", "P12M");
        RectifySteps strict = new RectifySteps(ledger, new MeasureProjections(ledger), caseSteps, people, threeMonths, CLOCK);
        overdueDecision("EXTEND", 4);

        assertThatThrownBy(() -> strict.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("1到3");

        verifyNothingWritten();
    }

    @Test
    void superviseMarksTheCaseAndWritesTheEvent() {
        givenLedgerCase(LocalDate.of(2026, 2, 28), 1);
        overdueDecision("SUPERVISE", null);

        steps.handleOverdue(task);

        verify(task).setVariable("supervised", true);
        verify(ledger).markSupervised(CASE_ID);
        verify(ledger).insertEvent(CASE_ID, CYCLE, "SUPERVISED", "班子调整需要时间", "yanming-zzb");
        verify(ledger, never()).updateDeadline(anyLong(), any(), anyInt());
    }

    @Test
    void markOverdueWritesTheOverdueEventOfTheLedgerCycle() {
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(ledgerCase(LocalDate.of(2026, 2, 28), 0, 2));
        when(execution.getVariable("cycle")).thenReturn(5);

        steps.markOverdue(execution);

        verify(ledger).insertEvent(CASE_ID, 2, "OVERDUE", null, null);
    }

    // ---------------------------------------------------------------- progress

    @Test
    void progressPrefillsTheMeasuresFromTheLedger() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(
                measure(1, "IN_PROGRESS", "任职文件"), measure(2, "NOT_STARTED", null)));

        steps.prepareProgress(task);

        ArgumentCaptor<Object> json = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("measureProgress"), json.capture());
        assertThat(json.getValue()).isInstanceOf(SpinJsonNode.class);
        String text = json.getValue().toString();
        assertThat(text).contains("\"measureNo\":1", "\"status\":\"IN_PROGRESS\"", "\"evidence\":\"任职文件\"",
                "\"measureNo\":2", "\"evidence\":\"\"");
    }

    @Test
    void progressUpdatesEachMeasureAndRecordsTheReport() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(measure(1, "DONE", "任职文件"), measure(2, "IN_PROGRESS", "会议记录")));
        when(ledger.updateMeasureProgress(eq(CASE_ID), eq(CYCLE), anyInt(), anyString(), any())).thenReturn(1);
        variables.put("measureProgress", List.of(
                Map.of("measureNo", 1, "status", "DONE", "evidence", "任职文件"),
                Map.of("measureNo", 2, "status", "IN_PROGRESS", "evidence", " 会议记录 ")));
        variables.put("progressSummary", "本月按计划推进");

        steps.reportProgress(task);

        verify(ledger).updateMeasureProgress(CASE_ID, CYCLE, 1, "DONE", "任职文件");
        verify(ledger).updateMeasureProgress(CASE_ID, CYCLE, 2, "IN_PROGRESS", "会议记录");
        verify(ledger).insertProgress(CASE_ID, CYCLE, "本月按计划推进", 1, 2, "yanming-zzb");
    }

    @Test
    void progressWithoutMeasureNumberIsRefused() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(measure(1, "NOT_STARTED", null)));
        variables.put("measureProgress", List.of(Map.of("status", "DONE")));

        assertThatThrownBy(() -> steps.reportProgress(task)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20001");
        verify(ledger, never()).insertProgress(anyLong(), anyInt(), any(), anyInt(), anyInt(), any());
    }

    @Test
    void progressForAMeasureTheLedgerDoesNotHaveIsRefused() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(measure(1, "NOT_STARTED", null)));
        when(ledger.updateMeasureProgress(CASE_ID, CYCLE, 9, "DONE", null)).thenReturn(0);
        variables.put("measureProgress", List.of(Map.of("measureNo", 9, "status", "DONE")));

        assertThatThrownBy(() -> steps.reportProgress(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001").hasMessageContaining("序号为9");

        verify(ledger, never()).insertProgress(anyLong(), anyInt(), any(), anyInt(), anyInt(), any());
    }

    // ---------------------------------------------------------------- visits

    @Test
    void visitInTheFutureIsRefused() {
        visit("2026-03-02");

        assertThatThrownBy(() -> steps.recordVisit(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001").hasMessageContaining("晚于今天");

        verifyLedgerOnlyRead();
    }

    @Test
    void visitWithAnUnparsableDateIsRefused() {
        visit("上周三");

        assertThatThrownBy(() -> steps.recordVisit(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("走访日期").hasMessageContaining("不是有效日期");
        verifyLedgerOnlyRead();
    }

    @Test
    void visitTodayIsRecordedForTheAssignee() {
        visit("2026-03-01");
        when(task.getAssignee()).thenReturn("yanming-ld");

        steps.recordVisit(task);

        verify(ledger).insertVisit(CASE_ID, "yanming-ld", LocalDate.of(2026, 3, 1), 2, "召开座谈会", "协调场所修缮资金");
    }

    @Test
    void visitWithoutAssigneeIsRecordedForTheCurrentUserOnce() {
        visit("2026-02-20T00:00:00.000Z");
        variables.remove("visitCount");

        steps.recordVisit(task);

        verify(ledger).insertVisit(CASE_ID, "yanming-zzb", LocalDate.of(2026, 2, 20), 1, "召开座谈会", "协调场所修缮资金");
    }

    // ---------------------------------------------------------------- acceptance request

    @Test
    void requestForAcceptanceMovesTheCaseToAcceptance() {
        variables.put("selfScore", 88);

        steps.requestAcceptance(task);

        verify(ledger).updateStage(CASE_ID, "ACCEPTANCE");
        verify(ledger).insertEvent(CASE_ID, CYCLE, "ACCEPTANCE_REQUESTED", "自评得分88", "yanming-zzb");
    }

    // ---------------------------------------------------------------- helpers

    /** The ledger was asked which case the instance belongs to, and nothing else. */
    private void verifyLedgerOnlyRead() {
        verify(ledger, atMost(1)).findCaseByInstance(INSTANCE);
        verifyNoMoreInteractions(ledger);
    }

    /** Neither the ledger nor the process variables were written. */
    private void verifyNothingWritten() {
        verifyLedgerOnlyRead();
        verifyNoInteractions(execution);
        verify(task, never()).setVariable(anyString(), any());
    }

    private void givenLedgerCase(LocalDate deadline, int extensionsUsed) {
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(ledgerCase(deadline, extensionsUsed, CYCLE));
    }

    private void overdueDecision(String decision, Object extensionMonths) {
        variables.put("overdueDecision", decision);
        variables.put("extensionMonths", extensionMonths);
        variables.put("overdueNote", "班子调整需要时间");
    }

    private void visit(String date) {
        variables.put("visitDate", date);
        variables.put("visitCount", 2);
        variables.put("visitContent", "召开座谈会");
        variables.put("problemsSolved", "协调场所修缮资金");
    }

    private static MeasureRow measure(int seq, String status, String evidence) {
        return new MeasureRow(CASE_ID, CYCLE, seq, "任务" + seq, "王建国", LocalDate.of(2026, 6, 30), status, evidence);
    }

    private static CaseRow ledgerCase(LocalDate deadline, int extensionsUsed, int cycle) {
        return LedgerCases.dongpo(CASE_ID, cycle, deadline, extensionsUsed);
    }
}
