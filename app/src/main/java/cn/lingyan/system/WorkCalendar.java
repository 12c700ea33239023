package cn.lingyan.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working days for deadlines counted in 工作日: Monday to Friday, minus the configured public holidays, plus the
 * configured weekend days worked in exchange (调休). The State Council publishes both lists each December.
 */
@ConfigurationProperties("lingyan.calendar")
public record WorkCalendar(@DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> workdays) {

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        boolean weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek());
        return !weekend && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code from} (from itself never counts). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The {@code days}-th working day before {@code from}. */
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
