package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-day arithmetic on the arrangement shipped in config/calendar/2026.yaml (国务院办公厅关于2026年部分节假日安排的
 * 通知): the Spring Festival and National Day holidays are skipped, their make-up Saturdays and Sundays count.
 */
class WorkingDaysTest {

    static CalendarYear shipped2026;
    static WorkingDays days;

    @BeforeAll
    static void readShippedFile() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("config/calendar/2026.yaml"))) {
            shipped2026 = ShippedCalendars.read(in);
        }
        days = WorkingDays.of(List.of(shipped2026));
    }

    @Test
    void theShippedFileHoldsTheNoticesSevenHolidaysAndSixMakeUpDays() {
        assertThat(shipped2026.source()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）");
        assertThat(shipped2026.summary()).isEqualTo("元旦 01-01至01-03，01-04上班；春节 02-15至02-23，02-14、02-28上班；清明节 04-04至04-06；"
                + "劳动节 05-01至05-05，05-09上班；端午节 06-19至06-21；中秋节 09-25至09-27；国庆节 10-01至10-07，09-20、10-10上班");
        assertThat(shipped2026.days().stream().filter(d -> !d.working())).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2026-02-13, true",  // Friday before the Spring Festival
        "2026-02-14, true",  // Saturday worked (春节调休)
        "2026-02-15, false", // 腊月二十八, first day off
        "2026-02-17, false", // 正月初一, a Tuesday
        "2026-02-23, false", // Monday, 正月初七, last day off
        "2026-02-24, true",
        "2026-02-28, true",  // Saturday worked (春节调休)
        "2026-03-01, false", // an ordinary Sunday
        "2026-09-19, false", // an ordinary Saturday
        "2026-09-20, true",  // Sunday worked (国庆调休)
        "2026-09-25, false", // 中秋节, a Friday
        "2026-10-01, false",
        "2026-10-07, false", // Wednesday, last day off
        "2026-10-08, true",
        "2026-10-10, true",  // Saturday worked (国庆调休)
        "2026-10-11, false", // an ordinary Sunday
        "2026-01-04, true",  // Sunday worked (元旦调休)
        "2026-05-09, true"   // Saturday worked (劳动节调休)
    })
    void dayByDay(LocalDate day, boolean working) {
        assertThat(days.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void fiveWorkingDaysAcrossTheSpringFestivalCountTheMakeUpSaturdayAndSkipTheNineDaysOff() {
        // Thursday 12 Feb: Fri 13, Sat 14 (worked), then 15–23 off, Tue 24, Wed 25, Thu 26
        assertThat(days.plus(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(new WorkingDays(java.util.Set.of(), java.util.Map.of()).plus(LocalDate.of(2026, 2, 12), 5))
                .as("without the calendar the deadline would fall inside the holiday").isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 1)).as("the make-up Saturday is the next working day")
                .isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(days.plus(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(days.minus(LocalDate.of(2026, 2, 24), 1)).as("one working day before the first day back")
                .isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void fiveWorkingDaysAcrossNationalDayCountTheMakeUpSundayAndSaturday() {
        assertThat(days.plus(LocalDate.of(2026, 9, 18), 1)).as("Sunday 20 Sep is worked").isEqualTo(LocalDate.of(2026, 9, 20));
        // Thursday 24 Sep: 中秋 25–27 off, Mon 28, Tue 29, Wed 30, then 1–7 Oct off, Thu 8, Fri 9
        assertThat(days.plus(LocalDate.of(2026, 9, 24), 5)).isEqualTo(LocalDate.of(2026, 10, 9));
        // Wednesday 30 Sep: Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13
        assertThat(days.plus(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(days.minus(LocalDate.of(2026, 10, 8), 1)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(days.minus(LocalDate.of(2026, 10, 12), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aDeadlineIntoAYearWithoutItsArrangementCountsMondayToFridayAndNamesThatYear() {
        // Tuesday 29 Dec 2026: Wed 30, Thu 31, then 2027 is not covered: Fri 1 Jan counts, Mon 4, Tue 5
        assertThat(days.plus(LocalDate.of(2026, 12, 29), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(days.uncovered(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5))).containsExactly(2027);
        assertThat(days.uncovered(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 26))).isEmpty();
    }

    @Test
    void aDeadlineAcrossTheYearBoundaryUsesBothYearsWhenBothAreCovered() {
        // a made-up arrangement for the next year, only to test the boundary (not the State Council's)
        CalendarYear next = CalendarYear.of(2027, "测试用安排", List.of(
                new CalendarYear.HolidayText("元旦", "2027-01-01", "2027-01-03", List.of())));
        WorkingDays both = WorkingDays.of(List.of(shipped2026, next));
        assertThat(both.plus(LocalDate.of(2026, 12, 29), 5)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(both.uncovered(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 6))).isEmpty();
        // and backwards from 2026's New Year: Wed 31 Dec 2025 is not covered, but 1–3 Jan 2026 are off and 4 Jan worked
        assertThat(days.plus(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(days.minus(LocalDate.of(2026, 1, 4), 1)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        assertThat(days.plus(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
    }
}
