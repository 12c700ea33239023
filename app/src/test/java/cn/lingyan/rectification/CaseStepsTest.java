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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import cn.lingyan.org.People;
import cn.lingyan.org.Routing;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The listeners of 县级确认 and 落实"四个一". */
class CaseStepsTest {

    private static final long CASE_ID = 7L;
    private static final int CYCLE = 1;
    private static final String VILLAGE = "990101001001";
    private static final String INSTANCE = "pi-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 on 1 March 2026 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI);
    private static final RectificationProperties RULES = new RectificationProperties(Period.ofMonths(12), 1, 6,
            Period.ofMonths(6), "R/P1M", "R/P1M", "P12M");

    private final RectificationLedger ledger = mock(RectificationLedger.class);
    private final CategoryCatalogue catalogue = mock(CategoryCatalogue.class);
    private final Routing routing = mock(Routing.class);
    private final People people = mock(People.class);
    private final DelegateTask task = mock(DelegateTask.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final Map<String, Object> variables = new HashMap<>();

    private final CaseSteps steps = new CaseSteps(ledger, catalogue, routing, people, RULES, CLOCK);

    @BeforeEach
    void setUp() {
        variables.put("villageCode", VILLAGE);
        when(task.getProcessInstanceId()).thenReturn(INSTANCE);
        when(execution.getProcessInstanceId()).thenReturn(INSTANCE);
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(ledgerCase(CASE_ID, CYCLE));
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(task.getExecution()).thenReturn(execution);
        when(people.currentUserId()).thenReturn("yanming-zzb");
        when(routing.group(VILLAGE, "leaders")).thenReturn("990101-leaders");
        when(routing.group(VILLAGE, "first-secretary")).thenReturn(VILLAGE + "-first-secretary");
        when(catalogue.name("W01", VILLAGE)).thenReturn("班子配备不齐");
        when(catalogue.name("W10", VILLAGE)).thenReturn("集体经济薄弱");
    }

    // ---------------------------------------------------------------- confirmation

    @Test
    void confirmationRecordsEachCategoryOnceAndTheRootCause() {
        confirm("CONFIRM", List.of("W01", "W10", "W01"), "班子长期不健全");

        steps.confirm(task);

        verify(ledger).insertCategory(CASE_ID, CYCLE, "W01", "班子配备不齐");
        verify(ledger).insertCategory(CASE_ID, CYCLE, "W10", "集体经济薄弱");
        verify(ledger).confirm(CASE_ID, "班子长期不健全");
        verify(ledger).insertEvent(CASE_ID, CYCLE, "CONFIRMED", "县委组织部审核确认", "yanming-zzb");
        verify(ledger, never()).updateStage(anyLong(), anyString());
    }

    @Test
    void confirmationWithACategoryUnknownToTheCatalogueIsRefused() {
        when(catalogue.name("W99", VILLAGE)).thenThrow(new InvalidInputException(ErrorCode.FORM_INVALID, "W99"));
        confirm("CONFIRM", List.of("W99"), "班子长期不健全");

        assertThatThrownBy(() -> steps.confirm(task)).isInstanceOf(InvalidInputException.class);
        verify(ledger, never()).confirm(anyLong(), any());
        verify(ledger, never()).insertEvent(anyLong(), anyInt(), anyString(), any(), any());
    }

    @Test
    void rejectionMarksTheCaseNotListed() {
        confirm("REJECT", null, null);

        steps.confirm(task);

        verify(ledger).updateStage(CASE_ID, "NOT_LISTED");
        verify(ledger).insertEvent(CASE_ID, CYCLE, "NOT_LISTED", "县委组织部审核确认", "yanming-zzb");
        verify(ledger, never()).confirm(anyLong(), any());
        verify(ledger, never()).insertCategory(anyLong(), anyInt(), anyString(), any());
    }

    @Test
    void caseAndCycleComeFromTheLedgerNotFromSubmittedVariables() {
        variables.put("caseId", 99L);
        variables.put("cycle", 5);
        confirm("REJECT", null, null);

        steps.confirm(task);

        verify(ledger).findCaseByInstance(INSTANCE);
        verify(ledger).updateStage(CASE_ID, "NOT_LISTED");
        verify(ledger).insertEvent(CASE_ID, CYCLE, "NOT_LISTED", "县委组织部审核确认", "yanming-zzb");
        verify(ledger, never()).updateStage(eq(99L), anyString());
    }

    @Test
    void instanceWithoutLedgerCaseIsAnError() {
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(null);
        confirm("REJECT", null, null);

        assertThatThrownBy(() -> steps.confirm(task)).isInstanceOf(IllegalStateException.class).hasMessageContaining(INSTANCE);
        verifyLedgerOnlyRead();
    }

    @Test
    void suggestionsAreDescribedOnOneLine() {
        variables.put("suggestedCategories", List.of(
                Map.of("category", "W01", "categoryName", "班子配备不齐"),
                Map.of("category", "W10", "categoryName", "集体经济薄弱")));

        steps.describeSuggestions(task);

        verify(task).setVariable("suggestedCategoriesText", "W01 班子配备不齐；W10 集体经济薄弱");
    }

    @Test
    void noSuggestionsAreSaidPlainly() {
        steps.describeSuggestions(task);

        verify(task).setVariable("suggestedCategoriesText", "未触发规则表中的情形");
    }

    // ---------------------------------------------------------------- four ones

    @Test
    void countyLeaderOutsideTheCountyLeadersIsRefused() {
        fourOnes("lisi", "zhangsan");
        when(routing.isMember("lisi", "990101-leaders")).thenReturn(false);
        when(routing.isMember("zhangsan", VILLAGE + "-first-secretary")).thenReturn(true);

        assertThatThrownBy(() -> steps.assignFourOnes(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20005")
                .hasMessageContaining("lisi").hasMessageContaining("县级联系领导");

        verifyLedgerOnlyRead();
        verifyNoInteractions(execution);
    }

    @Test
    void firstSecretaryOutsideTheVillageIsRefused() {
        fourOnes("yanming-ld", "lisi");
        when(routing.isMember("yanming-ld", "990101-leaders")).thenReturn(true);
        when(routing.isMember("lisi", VILLAGE + "-first-secretary")).thenReturn(false);

        assertThatThrownBy(() -> steps.assignFourOnes(task))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20005")
                .hasMessageContaining("本村第一书记");

        verifyLedgerOnlyRead();
        verifyNoInteractions(execution);
    }

    @Test
    void theVillageOfTheFourOnesIsTheLedgerOneNotASubmittedOne() {
        variables.put("villageCode", "990101002001");
        fourOnes("yanming-ld", "dongpo-sj");
        when(routing.isMember("yanming-ld", "990101-leaders")).thenReturn(true);
        when(routing.isMember("dongpo-sj", VILLAGE + "-first-secretary")).thenReturn(true);

        steps.assignFourOnes(task);

        verify(routing).group(VILLAGE, "first-secretary");
        verify(routing, never()).group(eq("990101002001"), anyString());
    }

    @Test
    void assignmentStartsTheTwelveMonthDeadline() {
        fourOnes(" yanming-ld ", "dongpo-sj");
        when(routing.isMember("yanming-ld", "990101-leaders")).thenReturn(true);
        when(routing.isMember("dongpo-sj", VILLAGE + "-first-secretary")).thenReturn(true);

        steps.assignFourOnes(task);

        LocalDate due = LocalDate.of(2027, 3, 1);
        Date dueAtMidnight = Date.from(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, SHANGHAI).toInstant());
        InOrder order = inOrder(ledger);
        order.verify(ledger).deleteAssignment(CASE_ID, CYCLE);
        order.verify(ledger).insertAssignment(CASE_ID, CYCLE, "yanming-ld", "王建国", "dongpo-sj", "县农业农村局",
                "yanming-zzb");
        order.verify(ledger).updateDeadline(CASE_ID, due, 0);
        verify(execution).setVariable("rectificationDue", dueAtMidnight);
        verify(execution).setVariable("rectificationDueText", "2027-03-01");
        verify(execution).setVariable("extensionsUsed", 0);
        verify(task).setVariable("countyLeaderId", "yanming-ld");
        verify(task).setVariable("firstSecretaryId", "dongpo-sj");
    }

    @Test
    void deadlineIsStoredAsMidnightInTheClockZone() {
        steps.setDeadline(execution, CASE_ID, LocalDate.of(2026, 9, 1), 1);

        verify(execution).setVariable("rectificationDue", Date.from(Instant.parse("2026-08-31T16:00:00Z")));
        verify(execution).setVariable("rectificationDueText", "2026-09-01");
        verify(execution).setVariable("extensionsUsed", 1);
        verify(ledger).updateDeadline(CASE_ID, LocalDate.of(2026, 9, 1), 1);
    }

    @Test
    void countyLeaderIsTheOneTheLedgerHoldsForThisCycle() {
        when(ledger.findCaseByInstance(INSTANCE)).thenReturn(ledgerCase(CASE_ID, 2));
        when(ledger.findCountyLeader(CASE_ID, 2)).thenReturn("yanming-ld");

        assertThat(steps.countyLeaderOf(execution)).isEqualTo("yanming-ld");
        verify(ledger).findCountyLeader(CASE_ID, 2);
    }

    @Test
    void countyLeaderIsNullBeforeTheFourOnesAreAssigned() {
        assertThat(steps.countyLeaderOf(execution)).isNull();
    }

    // ---------------------------------------------------------------- helpers

    /** The ledger was asked which case the instance belongs to, and nothing else. */
    private void verifyLedgerOnlyRead() {
        verify(ledger, atMost(1)).findCaseByInstance(INSTANCE);
        verifyNoMoreInteractions(ledger);
    }

    private static CaseRow ledgerCase(long caseId, int cycle) {
        return LedgerCases.dongpo(caseId, cycle, null, 0);
    }

    private void confirm(String decision, List<String> categories, String rootCause) {
        variables.put("confirmDecision", decision);
        variables.put("confirmedCategories", categories);
        variables.put("rootCause", rootCause);
        variables.put("confirmNote", "县委组织部审核确认");
    }

    private void fourOnes(String countyLeader, String firstSecretary) {
        variables.put("countyLeaderId", countyLeader);
        variables.put("firstSecretaryId", firstSecretary);
        variables.put("townshipLeaderName", "王建国");
        variables.put("pairedUnit", "县农业农村局");
    }
}
