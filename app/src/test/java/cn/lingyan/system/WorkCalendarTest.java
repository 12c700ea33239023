package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days: weekends off, configured holidays off, configured make-up weekend days (调休) on. */
class WorkCalendarTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void fiveWorkingDaysFromMondayEndOnTheNextMonday() {
        WorkCalendar calendar = new WorkCalendar(List.of(), List.of());
        assertThat(calendar.plusWorkingDays(MONDAY, 5)).isEqualTo(MONDAY.plusDays(7));
        assertThat(calendar.plusWorkingDays(MONDAY.plusDays(4), 1)).isEqualTo(MONDAY.plusDays(7)); // Friday → Monday
        assertThat(calendar.minusWorkingDays(MONDAY.plusDays(7), 1)).isEqualTo(MONDAY.plusDays(4));
        assertThat(calendar.plusWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate saturday = MONDAY.plusDays(5);
        WorkCalendar calendar = new WorkCalendar(List.of(tuesday), List.of(saturday));
        assertThat(calendar.isWorkingDay(tuesday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(MONDAY.plusDays(6))).isFalse();
        // Wed, Thu, Fri, Sat(make-up), Mon
        assertThat(calendar.plusWorkingDays(MONDAY, 5)).isEqualTo(MONDAY.plusDays(7));
        assertThat(calendar.plusWorkingDays(MONDAY, 4)).isEqualTo(saturday);
    }
}
