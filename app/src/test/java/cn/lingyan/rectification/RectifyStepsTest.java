package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.lingyan.org.Routing;
import cn.lingyan.web.InvalidInputException;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The rectification-period listeners: progress, visits, the overdue decision and the request for acceptance. */
class RectifyStepsTest {

    private static final long CASE_ID = 7L;
    private static final int CYCLE = 1;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 1 March 2026 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI);
    private static final RectificationProperties RULES = new RectificationProperties(Period.ofMonths(12), 1, 6,
            Period.ofMonths(6), "R/P1M", "R/P1M", "P12M");

    private final RectificationLedger ledger = mock(RectificationLedger.class);
    private final Routing routing = mock(Routing.class);
    private final DelegateTask task = mock(DelegateTask.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final Map<String, Object> variables = new HashMap<>();

    private final CaseSteps caseSteps = new CaseSteps(ledger, mock(CategoryCatalogue.class), routing, RULES, CLOCK);
    private final RectifySteps steps = new RectifySteps(ledger, caseSteps, routing, RULES, CLOCK);

    @BeforeEach
    void setUp() {
        variables.put("caseId", CASE_ID);
        variables.put("cycle", CYCLE);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(task.getExecution()).thenReturn(execution);
        when(routing.currentUserId()).thenReturn("yanming-zzb");
    }

    // ---------------------------------------------------------------- overdue

    @Test
    void extensionAddsTheMonthsToTheLedgerDeadline() {
        when(ledger.findCase(CASE_ID)).thenReturn(caseWithDeadline(LocalDate.of(2026, 2, 28)));
        overdueDecision("EXTEND", 0, 3);

        steps.handleOverdue(task);

        LocalDate extended = LocalDate.of(2026, 5, 28);
        verify(ledger).updateDeadline(CASE_ID, extended, 1);
        verify(execution).setVariable("extensionsUsed", 1);
        verify(execution).setVariable("rectificationDue", Date.from(extended.atStartOfDay(SHANGHAI).toInstant()));
        verify(ledger).insertEvent(eq(CASE_ID), eq(CYCLE), eq("EXTENDED"), contains("延期至2026-05-28"), eq("yanming-zzb"));
        verify(ledger, never()).markSupervised(anyLong());
    }

    @Test
    void extensionEventKeepsTheNote() {
        when(ledger.findCase(CASE_ID)).thenReturn(caseWithDeadline(LocalDate.of(2026, 2, 28)));
        overdueDecision("EXTEND", 0, 6);

        steps.handleOverdue(task);

        verify(ledger).insertEvent(eq(CASE_ID), eq(CYCLE), eq("EXTENDED"), contains("班子调整需要时间"), anyString());
        verify(ledger).updateDeadline(CASE_ID, LocalDate.of(2026, 8, 28), 1);
    }

    @Test
    void secondExtensionIsRefusedAndWritesNothing() {
        overdueDecision("EXTEND", 1, 3);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("1次");

        verify(ledger, never()).updateDeadline(anyLong(), any(), anyInt());
        verify(ledger, never()).insertEvent(anyLong(), anyInt(), anyString(), any(), any());
        verifyNoInteractions(ledger, execution);
    }

    @Test
    void caseOwnLimitOfExtensionsOverridesTheConfiguredOne() {
        when(ledger.findCase(CASE_ID)).thenReturn(caseWithDeadline(LocalDate.of(2026, 2, 28)));
        overdueDecision("EXTEND", 1, 2);
        variables.put("maxExtensions", 2);

        steps.handleOverdue(task);

        verify(ledger).updateDeadline(CASE_ID, LocalDate.of(2026, 4, 28), 2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {7, 0, -1, 2.5})
    void extensionMonthsOutsideOneToMaximumAreRefused(double months) {
        overdueDecision("EXTEND", 0, months);

        assertThatThrownBy(() -> steps.handleOverdue(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20007").hasMessageContaining("1到6");

        verifyNoInteractions(ledger, execution);
    }

    @Test
    void missingExtensionMonthsAreRefused() {
        overdueDecision("EXTEND", 0, null);

        assertThatThrownBy(() -> steps.handleOverdue(task)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("LY-20007");
        verifyNoInteractions(ledger);
    }

    @Test
    void superviseMarksTheCaseAndWritesTheEvent() {
        overdueDecision("SUPERVISE", 1, null);

        steps.handleOverdue(task);

        verify(task).setVariable("supervised", true);
        verify(ledger).markSupervised(CASE_ID);
        verify(ledger).insertEvent(CASE_ID, CYCLE, "SUPERVISED", "班子调整需要时间", "yanming-zzb");
        verify(ledger, never()).updateDeadline(anyLong(), any(), anyInt());
    }

    @Test
    void markOverdueWritesTheOverdueEvent() {
        when(execution.getVariable("caseId")).thenReturn(CASE_ID);
        when(execution.getVariable("cycle")).thenReturn(2);

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
        verify(execution).setVariableLocal(eq("measureProgress"), json.capture());
        assertThat(json.getValue()).isInstanceOf(SpinJsonNode.class);
        String text = json.getValue().toString();
        assertThat(text).contains("\"measureNo\":1", "\"status\":\"IN_PROGRESS\"", "\"evidence\":\"任职文件\"",
                "\"measureNo\":2", "\"evidence\":\"\"");
    }

    @Test
    void progressUpdatesEachMeasureAndRecordsTheReport() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(measure(1, "NOT_STARTED", null), measure(2, "NOT_STARTED", null)),
                List.of(measure(1, "DONE", "任职文件"), measure(2, "IN_PROGRESS", "会议记录")));
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
    void progressWithAnUnknownStatusIsRefused() {
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(measure(1, "NOT_STARTED", null)));
        variables.put("measureProgress", List.of(Map.of("measureNo", 1, "status", "FINISHED")));

        assertThatThrownBy(() -> steps.reportProgress(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001").hasMessageContaining("状态");

        verify(ledger, never()).updateMeasureProgress(anyLong(), anyInt(), anyInt(), anyString(), any());
        verify(ledger, never()).insertProgress(anyLong(), anyInt(), any(), anyInt(), anyInt(), any());
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

        verifyNoInteractions(ledger);
    }

    @Test
    void visitWithAnUnparsableDateIsRefused() {
        visit("上周三");

        assertThatThrownBy(() -> steps.recordVisit(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("走访日期").hasMessageContaining("不是有效日期");
        verifyNoInteractions(ledger);
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

    private void overdueDecision(String decision, int extensionsUsed, Object extensionMonths) {
        variables.put("overdueDecision", decision);
        variables.put("extensionsUsed", extensionsUsed);
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

    private static CaseRow caseWithDeadline(LocalDate deadline) {
        return new CaseRow(CASE_ID, "pi-1", "990101001001-2026-rectification", "990101001001", "东坡村", "990101001",
                "990101", 2026, CYCLE, "RECTIFYING", false, "班子不健全", deadline, 0, null, null, null, null, null);
    }
}
