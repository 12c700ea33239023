package cn.lingyan.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over the years a calendar covers: Monday to Friday, minus the days off of the published
 * arrangement, plus its make-up working days (调休). A year the calendar does not cover counts Monday to Friday only,
 * and {@link #uncovered} names it so the caller can warn.
 */
public record WorkingDays(Set<Integer> years, Map<LocalDate, Boolean> changedDays) {

    public WorkingDays {
        years = Set.copyOf(years);
        changedDays = Map.copyOf(changedDays);
    }

    public static WorkingDays of(Collection<CalendarYear> arrangements) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        arrangements.forEach(year -> year.days().forEach(day -> days.put(day.day(), day.working())));
        return new WorkingDays(arrangements.stream().map(CalendarYear::year).collect(Collectors.toSet()), days);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean changed = changedDays.get(day);
        if (changed != null) {
            return changed;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code days}-th working day after {@code from} (from itself never counts). */
    public LocalDate plus(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The {@code days}-th working day before {@code from}. */
    public LocalDate minus(LocalDate from, int days) {
        return step(from, days, -1);
    }

    /** The years from {@code first} to {@code last} (inclusive) that the calendar does not cover. */
    public SortedSet<Integer> uncovered(LocalDate first, LocalDate last) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = Math.min(first.getYear(), last.getYear()); year <= Math.max(first.getYear(), last.getYear()); year++) {
            if (!covers(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    private LocalDate step(LocalDate from, int days, int direction) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
