package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a year's arrangement must be before the calendar takes it: refusals name the holiday and the day. */
class CalendarYearTest {

    static final String SOURCE = "国务院办公厅关于2031年部分节假日安排的通知";

    @ParameterizedTest(name = "{0} {1}–{2}, worked {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "春节 | 2031-02-30 | 2031-02-05 |                       | “春节”的放假起始日“2031-02-30”不是有效日期",
        "春节 | 2031-1-22  | 2031-01-28 |                       | “春节”的放假起始日“2031-1-22”不是有效日期",
        "春节 | 2031-01-22 |            |                       | “春节”的放假结束日“”不是有效日期",
        "元旦 | 2030-12-31 | 2031-01-01 |                       | “元旦”的放假起始日2030-12-31不在2031年内",
        "国庆 | 2031-10-01 | 2031-10-07 | 2032-01-03            | “国庆”的调休上班日2032-01-03不在2031年内",
        "国庆 | 2031-10-07 | 2031-10-01 |                       | “国庆”的放假结束日2031-10-01早于起始日2031-10-07",
        "国庆 | 2031-10-01 | 2031-10-07 | 2031-09-29            | “国庆”的调休上班日2031-09-29是周一，调休上班日应为周六或周日",
        "国庆 | 2031-10-01 | 2031-10-07 | 2031-10-04            | 2031-10-04既是国庆放假又是国庆调休上班，同一天只能有一种安排",
        "国庆 | 2031-10-01 | 2031-10-07 | 2031-09-27 2031-09-27 | 2031-09-27既是国庆调休上班又是国庆调休上班",
        "     | 2031-10-01 | 2031-10-07 |                       | 每个节日都要有名称"
    })
    void refusesWhatCannotBeAnArrangement(String name, String from, String to, String workdays, String message) {
        List<String> worked = workdays == null ? List.of() : Arrays.asList(workdays.split(" "));
        assertThatThrownBy(() -> CalendarYear.of(2031, SOURCE, List.of(new CalendarYear.HolidayText(name, from, to, worked))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CALENDAR_REFUSED))
                .hasMessageStartingWith("【LY-20030】不能更新工作日历：").hasMessageContaining(message);
    }

    @Test
    void aDayInTwoHolidaysIsRefused() {
        assertThatThrownBy(() -> CalendarYear.of(2031, SOURCE, List.of(holiday("中秋节", "2031-10-01", "2031-10-03"),
                holiday("国庆节", "2031-10-01", "2031-10-07")))).hasMessageContaining("2031-10-01既是中秋节放假又是国庆节放假");
    }

    @Test
    void yearSourceAndHolidaysAreRequired() {
        assertThatThrownBy(() -> CalendarYear.of(1999, SOURCE, List.of(holiday("元旦", "1999-01-01", "1999-01-01"))))
                .hasMessageContaining("年份应在2000至2100之间");
        assertThatThrownBy(() -> CalendarYear.of(2031, " ", List.of(holiday("元旦", "2031-01-01", "2031-01-01"))))
                .hasMessageContaining("请注明依据");
        assertThatThrownBy(() -> CalendarYear.of(2031, SOURCE, List.of())).hasMessageContaining("没有任何节日");
        assertThatThrownBy(() -> CalendarYear.of(2031, SOURCE, null)).hasMessageContaining("没有任何节日");
    }

    @Test
    void aValidArrangementIsKeptInDateOrderAndComesBackFromItsDays() {
        CalendarYear year = CalendarYear.of(2031, " " + SOURCE + " ", List.of(
                new CalendarYear.HolidayText("国庆节", "2031-10-01", "2031-10-07", List.of("2031-10-11", "2031-09-28")),
                holiday("元旦", "2031-01-01", "2031-01-01")));
        assertThat(year.source()).isEqualTo(SOURCE);
        assertThat(year.holidays()).extracting(CalendarYear.Holiday::name).containsExactly("元旦", "国庆节");
        assertThat(year.holidays().get(1).workdays()).containsExactly(LocalDate.of(2031, 9, 28), LocalDate.of(2031, 10, 11));
        assertThat(year.summary()).isEqualTo("元旦 01-01至01-01；国庆节 10-01至10-07，09-28、10-11上班");
        assertThat(year.days()).hasSize(1 + 7 + 2);
        assertThat(CalendarYear.fromDays(2031, SOURCE, year.days())).isEqualTo(year);
    }

    private static CalendarYear.HolidayText holiday(String name, String from, String to) {
        return new CalendarYear.HolidayText(name, from, to, List.of());
    }
}
