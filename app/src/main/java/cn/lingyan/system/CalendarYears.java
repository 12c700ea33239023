package cn.lingyan.system;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's years in the table: read one, replace one (checked and logged with who, when and why). */
@Component
public class CalendarYears {

    /** Copied from a file shipped with a release (config/calendar/). */
    public static final String SHIPPED = "SHIPPED";
    /** Uploaded by the administrator. */
    public static final String ADMIN = "ADMIN";

    private final CalendarStore store;
    private final Clock clock;

    CalendarYears(CalendarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<CalendarStore.YearRow> years() {
        return store.findYears();
    }

    /** The year's arrangement as stored, or null when the calendar does not cover it. */
    public CalendarYear find(int year) {
        CalendarStore.YearRow row = store.findYear(year);
        if (row == null) {
            return null;
        }
        return CalendarYear.fromDays(year, row.source(), store.findDaysOfYear(year).stream()
                .map(d -> new CalendarYear.Day(d.calDay(), "WORK".equals(d.kind()), d.holiday())).toList());
    }

    public String originOf(int year) {
        CalendarStore.YearRow row = store.findYear(year);
        return row == null ? null : row.origin();
    }

    public List<CalendarStore.ChangeRow> changes(int limit) {
        return store.findChanges(limit);
    }

    /** Puts {@code arrangement} in place of what the table has for its year, all or nothing, and logs the change. */
    @Transactional
    public CalendarYear replace(CalendarYear arrangement, String origin, String actor, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 4 || why.length() > 500) {
            throw new InvalidInputException(ErrorCode.CALENDAR_REFUSED, "请写明更新理由（4至500字），如“国务院办公厅通知已公布”");
        }
        int year = arrangement.year();
        CalendarYear before = find(year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CalendarStore.YearRow row = new CalendarStore.YearRow(year, arrangement.source(), origin, actor, now);
        if (store.updateYear(row) == 0) {
            store.insertYear(row);
        }
        store.deleteDaysOfYear(year);
        arrangement.days().forEach(day -> store.insertDay(new CalendarStore.DayRow(day.day(), year, day.working() ? "WORK" : "OFF",
                day.holiday())));
        store.insertChange(new CalendarStore.ChangeRow(null, year, origin, actor, why, arrangement.source(),
                before == null ? null : before.summary(), arrangement.summary(), now));
        return find(year);
    }
}
