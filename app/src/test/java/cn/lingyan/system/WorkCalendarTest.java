package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The calendar as deadlines use it: years from the table, and a visible warning for a deadline in an uncovered year. */
@ExtendWith(OutputCaptureExtension.class)
class WorkCalendarTest {

    static final CalendarProperties PROPERTIES = new CalendarProperties("classpath*:config/calendar/*.yaml", 31);

    final CalendarStore store = mock(CalendarStore.class);

    @Test
    void aDeadlineInAnUncoveredYearIsLoggedInChineseAndEnglishAndFlaggedForTheDashboard(CapturedOutput output) {
        covering2026();
        WorkCalendar calendar = new WorkCalendar(store, PROPERTIES, at("2026-11-02T02:00:00Z"));
        assertThat(calendar.coverage().warning()).as("November: next year not yet due").isNull();

        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 5)).isEqualTo(LocalDate.of(2027, 1, 5));

        assertThat(output.getOut()).contains("WARN").contains("工作日历未录入2027年的节假日安排：自2026-12-29起5个工作日的期限2027-01-05暂按周一至周五计算")
                .contains("Work calendar does not cover 2027: the deadline of 5 working days from 2026-12-29 (2027-01-05)");
        WorkCalendar.Coverage coverage = calendar.coverage();
        assertThat(coverage.years()).containsExactly(2026);
        assertThat(coverage.currentYearCovered()).isTrue();
        assertThat(coverage.nextYearCovered()).isFalse();
        assertThat(coverage.uncoveredDeadlines()).singleElement().satisfies(d -> {
            assertThat(d.year()).isEqualTo(2027);
            assertThat(d.deadline()).isEqualTo(LocalDate.of(2027, 1, 5));
        });
        assertThat(coverage.warning()).isEqualTo("工作日历尚未录入2027年的法定节假日和调休安排，落在其中的工作日期限暂按周一至周五计算。"
                + "请系统管理员在国务院办公厅公布安排后录入。");
    }

    @Test
    void aDeadlineInsideCoveredYearsWarnsNothing(CapturedOutput output) {
        covering2026();
        WorkCalendar calendar = new WorkCalendar(store, PROPERTIES, at("2026-02-12T02:00:00Z"));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 2, 26), 3)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(output.getOut()).doesNotContain("工作日历未录入");
        assertThat(calendar.coverage().uncoveredDeadlines()).isEmpty();
        assertThat(calendar.coverage().warning()).isNull();
    }

    @Test
    void theNextYearIsFlaggedFromAMonthBeforeItBeginsAndTheCurrentYearAlways() {
        covering2026();
        assertThat(new WorkCalendar(store, PROPERTIES, at("2026-12-01T02:00:00Z")).coverage().warning())
                .startsWith("工作日历尚未录入2027年的法定节假日和调休安排");
        assertThat(new WorkCalendar(store, PROPERTIES, at("2027-03-01T02:00:00Z")).coverage())
                .satisfies(c -> assertThat(c.currentYearCovered()).isFalse())
                .satisfies(c -> assertThat(c.warning()).startsWith("工作日历尚未录入2027年的"));
    }

    @Test
    void theWarningEndsOnceTheYearIsUploaded() {
        covering2026();
        WorkCalendar calendar = new WorkCalendar(store, PROPERTIES, at("2026-11-02T02:00:00Z"));
        calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 5);
        when(store.findYears()).thenReturn(List.of(year(2026), year(2027)));
        assertThat(calendar.coverage().uncoveredDeadlines()).isEmpty();
        assertThat(calendar.coverage().warning()).isNull();
    }

    @Test
    void todayIsBeijingsDayOnAServerInAnyZone() {
        covering2026();
        // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Beijing: the current year is 2027, not covered
        WorkCalendar.Coverage coverage = new WorkCalendar(store, PROPERTIES, at("2026-12-31T17:00:00Z")).coverage();
        assertThat(coverage.currentYear()).isEqualTo(2027);
        assertThat(coverage.currentYearCovered()).isFalse();
    }

    private void covering2026() {
        CalendarYear shipped = CalendarYear.of(2026, "测试", List.of(
                new CalendarYear.HolidayText("春节", "2026-02-15", "2026-02-23", List.of("2026-02-14", "2026-02-28"))));
        when(store.findYears()).thenReturn(List.of(year(2026)));
        when(store.findDays()).thenReturn(shipped.days().stream()
                .map(d -> new CalendarStore.DayRow(d.day(), 2026, d.working() ? "WORK" : "OFF", d.holiday())).toList());
    }

    private static CalendarStore.YearRow year(int year) {
        return new CalendarStore.YearRow(year, "测试", CalendarYears.SHIPPED, null, null);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), BeijingTime.ZONE);
    }
}
