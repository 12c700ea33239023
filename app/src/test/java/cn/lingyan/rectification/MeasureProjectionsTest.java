package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.lingyan.system.PlainValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The task list as the forms see it, built from the ledger rows of the case's cycle. */
class MeasureProjectionsTest {

    private static final long CASE_ID = 7L;
    private static final int CYCLE = 2;

    private final RectificationLedger ledger = mock(RectificationLedger.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final DelegateExecution processInstance = mock(DelegateExecution.class);
    private final CaseRef ref = new CaseRef(CASE_ID, CYCLE, LedgerCases.dongpo(CASE_ID, CYCLE, null, 0));
    private final MeasureProjections projections = new MeasureProjections(ledger);

    @BeforeEach
    void setUp() {
        when(execution.getProcessInstance()).thenReturn(processInstance);
        when(ledger.findMeasures(CASE_ID, CYCLE)).thenReturn(List.of(
                new MeasureRow(CASE_ID, CYCLE, 1, "选优配强书记", "王建国", LocalDate.of(2026, 6, 30), "DONE", "任职文件"),
                new MeasureRow(CASE_ID, CYCLE, 2, "主题党日", "第一书记", LocalDate.of(2026, 12, 31), "IN_PROGRESS", null)));
    }

    @Test
    void statusTableShowsEachMeasureOfTheCycleWithItsStatusInWords() {
        List<MeasureRow> read = projections.publishStatus(execution, ref);

        assertThat(read).hasSize(2);
        ArgumentCaptor<Object> json = ArgumentCaptor.forClass(Object.class);
        verify(processInstance).setVariable(eq("measureStatus"), json.capture());
        assertThat(PlainValues.listOfMaps(json.getValue())).containsExactly(
                Map.of("measureNo", 1, "measure", "选优配强书记", "owner", "王建国", "dueDate", "2026-06-30", "statusText", "已完成",
                        "evidence", "任职文件"),
                Map.of("measureNo", 2, "measure", "主题党日", "owner", "第一书记", "dueDate", "2026-12-31", "statusText", "推进中",
                        "evidence", ""));
    }

    @Test
    void progressListCarriesTheCodedStatusForEditing() {
        assertThat(PlainValues.listOfMaps(projections.progress(ref))).containsExactly(
                Map.of("measureNo", 1, "measure", "选优配强书记", "status", "DONE", "evidence", "任职文件"),
                Map.of("measureNo", 2, "measure", "主题党日", "status", "IN_PROGRESS", "evidence", ""));
    }
}
