package cn.lingyan.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days for deadlines counted in 工作日, from the calendar table (the State Council's arrangement per year, see
 * {@link CalendarYears}). Read on every call, so an arrangement the administrator uploads applies at once on every node.
 * A deadline reaching into a year the table does not cover is counted Monday to Friday, logged as a warning and flagged
 * in {@link #coverage()} for the dashboard.
 */
@Component
public class WorkCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendar.class);

    /** A deadline counted into a year without its arrangement (on this node since its start). */
    public record UncoveredDeadline(int year, LocalDate from, int workingDays, LocalDate deadline, OffsetDateTime countedAt) {}

    /** Which years the calendar covers, and the warning to show while a year that matters is missing. */
    public record Coverage(List<Integer> years, int currentYear, boolean currentYearCovered, boolean nextYearCovered,
            List<UncoveredDeadline> uncoveredDeadlines, String warning) {}

    private final CalendarStore store;
    private final CalendarProperties properties;
    private final Clock clock;
    private final Map<Integer, UncoveredDeadline> uncoveredDeadlines = new ConcurrentHashMap<>();

    WorkCalendar(CalendarStore store, CalendarProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    /** The {@code days}-th working day after {@code from} (from itself never counts); warns when a year is not covered. */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        WorkingDays known = days();
        LocalDate deadline = known.plus(from, days);
        if (days > 0) {
            for (int year : known.uncovered(from.plusDays(1), deadline)) {
                uncoveredDeadlines.put(year, new UncoveredDeadline(year, from, days, deadline, OffsetDateTime.now(clock)));
                log.warn("工作日历未录入{}年的节假日安排：自{}起{}个工作日的期限{}暂按周一至周五计算 / Work calendar does not cover {}: "
                        + "the deadline of {} working days from {} ({}) counts Monday to Friday, without holidays or make-up days",
                        year, from, days, deadline, year, days, from, deadline);
            }
        }
        return deadline;
    }

    /** The {@code days}-th working day before {@code from}. */
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        return days().minus(from, days);
    }

    public Coverage coverage() {
        WorkingDays known = days();
        LocalDate today = LocalDate.now(clock);
        int current = today.getYear();
        SortedSet<Integer> missing = new TreeSet<>();
        if (!known.covers(current)) {
            missing.add(current);
        }
        boolean nextSoon = ChronoUnit.DAYS.between(today, LocalDate.of(current + 1, 1, 1)) <= properties.warnDaysAhead();
        if (!known.covers(current + 1) && nextSoon) {
            missing.add(current + 1);
        }
        List<UncoveredDeadline> deadlines = new ArrayList<>(uncoveredDeadlines.values().stream()
                .filter(d -> !known.covers(d.year())).toList());
        deadlines.sort(Comparator.comparing(UncoveredDeadline::year));
        deadlines.forEach(d -> missing.add(d.year()));
        String warning = missing.isEmpty() ? null : "工作日历尚未录入"
                + missing.stream().map(year -> year + "年").collect(Collectors.joining("、"))
                + "的法定节假日和调休安排，落在其中的工作日期限暂按周一至周五计算。请系统管理员在国务院办公厅公布安排后录入。";
        return new Coverage(known.years().stream().sorted().toList(), current, known.covers(current), known.covers(current + 1),
                List.copyOf(deadlines), warning);
    }

    private WorkingDays days() {
        return new WorkingDays(store.findYears().stream().map(CalendarStore.YearRow::calYear).collect(Collectors.toSet()),
                store.findDays().stream().collect(Collectors.toMap(CalendarStore.DayRow::calDay, d -> "WORK".equals(d.kind()))));
    }
}
