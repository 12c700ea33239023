package cn.lingyan.system;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One year's holiday arrangement as the State Council publishes it (国务院办公厅关于某年部分节假日安排的通知): per
 * holiday the days off, from {@code from} to {@code to}, and the Saturdays or Sundays worked instead (调休上班).
 * Built only through {@link #of}, which refuses what cannot be such an arrangement.
 */
public record CalendarYear(int year, String source, List<Holiday> holidays) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public record Holiday(String name, LocalDate from, LocalDate to, List<LocalDate> workdays) {}

    /** A holiday as a file or an upload gives it, before it is checked. */
    public record HolidayText(String name, String from, String to, List<String> workdays) {}

    /** A day the arrangement changes: OFF (a weekday or weekend day off) or WORK (a weekend day worked). */
    public record Day(LocalDate day, boolean working, String holiday) {}

    /** Checks the arrangement: dates real and inside the year, ranges in order, make-up days on weekends, no day twice. */
    public static CalendarYear of(int year, String source, List<HolidayText> holidays) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused("年份应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间，收到" + year);
        }
        if (source == null || source.isBlank()) {
            throw refused("请注明依据，如“国务院办公厅关于" + year + "年部分节假日安排的通知”");
        }
        if (source.trim().length() > 200) {
            throw refused("依据不能超过200字");
        }
        if (holidays == null || holidays.isEmpty()) {
            throw refused(year + "年的安排中没有任何节日");
        }
        List<Holiday> checked = new ArrayList<>();
        Map<LocalDate, String> taken = new HashMap<>();
        for (HolidayText text : holidays) {
            String name = text == null || text.name() == null ? "" : text.name().trim();
            if (name.isEmpty() || name.length() > 20) {
                throw refused("每个节日都要有名称（不超过20字），如“春节”");
            }
            LocalDate from = day(year, name, "放假起始日", text.from());
            LocalDate to = day(year, name, "放假结束日", text.to());
            if (to.isBefore(from)) {
                throw refused("“" + name + "”的放假结束日" + to + "早于起始日" + from);
            }
            for (LocalDate off = from; !off.isAfter(to); off = off.plusDays(1)) {
                claim(taken, off, name + "放假");
            }
            List<LocalDate> workdays = new ArrayList<>();
            for (String raw : text.workdays() == null ? List.<String>of() : text.workdays()) {
                LocalDate work = day(year, name, "调休上班日", raw);
                if (work.getDayOfWeek() != DayOfWeek.SATURDAY && work.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw refused("“" + name + "”的调休上班日" + work + "是" + weekday(work) + "，调休上班日应为周六或周日");
                }
                claim(taken, work, name + "调休上班");
                workdays.add(work);
            }
            workdays.sort(Comparator.naturalOrder());
            checked.add(new Holiday(name, from, to, List.copyOf(workdays)));
        }
        checked.sort(Comparator.comparing(Holiday::from));
        return new CalendarYear(year, source.trim(), List.copyOf(checked));
    }

    /** Every day the arrangement changes, in date order. */
    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (Holiday holiday : holidays) {
            for (LocalDate off = holiday.from(); !off.isAfter(holiday.to()); off = off.plusDays(1)) {
                days.add(new Day(off, false, holiday.name()));
            }
            holiday.workdays().forEach(work -> days.add(new Day(work, true, holiday.name())));
        }
        days.sort(Comparator.comparing(Day::day));
        return days;
    }

    /** The arrangement in one line, as the change log keeps it: "元旦 01-01至01-03，01-04上班；春节 …". */
    public String summary() {
        return holidays.stream().map(h -> h.name() + " " + md(h.from()) + "至" + md(h.to())
                + (h.workdays().isEmpty() ? "" : "，" + h.workdays().stream().map(CalendarYear::md).collect(Collectors.joining("、")) + "上班"))
                .collect(Collectors.joining("；"));
    }

    /** The arrangement again from its days (as the calendar table keeps them): holidays in date order. */
    public static CalendarYear fromDays(int year, String source, List<Day> days) {
        Map<String, List<Day>> byHoliday = days.stream().collect(Collectors.groupingBy(Day::holiday));
        List<Holiday> holidays = new ArrayList<>();
        byHoliday.forEach((name, list) -> {
            List<LocalDate> off = list.stream().filter(d -> !d.working()).map(Day::day).sorted().toList();
            List<LocalDate> work = list.stream().filter(Day::working).map(Day::day).sorted().toList();
            LocalDate first = off.isEmpty() ? work.get(0) : off.get(0);
            holidays.add(new Holiday(name, first, off.isEmpty() ? first : off.get(off.size() - 1), work));
        });
        holidays.sort(Comparator.comparing(Holiday::from));
        return new CalendarYear(year, source, List.copyOf(holidays));
    }

    private static LocalDate day(int year, String holiday, String what, String raw) {
        String text = raw == null ? "" : raw.trim();
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused("“" + holiday + "”的" + what + "“" + text + "”不是有效日期（格式：年-月-日，如" + year + "-10-01）");
        }
        if (day.getYear() != year) {
            throw refused("“" + holiday + "”的" + what + day + "不在" + year + "年内");
        }
        return day;
    }

    private static void claim(Map<LocalDate, String> taken, LocalDate day, String use) {
        String earlier = taken.putIfAbsent(day, use);
        if (earlier != null) {
            throw refused(day + "既是" + earlier + "又是" + use + "，同一天只能有一种安排");
        }
    }

    private static String weekday(LocalDate day) {
        return "周" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
    }

    private static String md(LocalDate day) {
        return day.toString().substring(5);
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.CALENDAR_REFUSED, why);
    }
}
