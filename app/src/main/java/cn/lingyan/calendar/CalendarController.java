package cn.lingyan.calendar;

import cn.lingyan.org.People;
import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.CalendarStore;
import cn.lingyan.system.CalendarYear;
import cn.lingyan.system.CalendarYears;
import cn.lingyan.system.WorkCalendar;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over HTTP Basic: every signed-in user reads which years it covers and their arrangements;
 * only the administrator (camunda-admin) puts a year's arrangement in place, with its source and a reason, logged.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** A year's arrangement as uploaded: the same shape as a file in config/calendar/, plus why it is uploaded. */
    record YearBody(Integer year, String source, String reason, List<CalendarYear.HolidayText> holidays) {}

    private final CalendarYears years;
    private final WorkCalendar calendar;
    private final UnitScope unitScope;
    private final People people;

    CalendarController(CalendarYears years, WorkCalendar calendar, UnitScope unitScope, People people) {
        this.years = years;
        this.calendar = calendar;
        this.unitScope = unitScope;
        this.people = people;
    }

    @GetMapping("/coverage")
    WorkCalendar.Coverage coverage() {
        return calendar.coverage();
    }

    @GetMapping("/years")
    List<CalendarStore.YearRow> years() {
        return years.years();
    }

    @GetMapping("/years/{year}")
    CalendarYear year(@PathVariable("year") int year) {
        CalendarYear found = years.find(year);
        if (found == null) {
            throw new NotFoundException(year + "年的节假日安排");
        }
        return found;
    }

    @GetMapping("/changes")
    List<CalendarStore.ChangeRow> changes() {
        return years.changes(200);
    }

    @PutMapping("/years/{year}")
    CalendarYear put(@PathVariable("year") int year, @RequestBody YearBody body) {
        String user = people.requireCurrentUserId();
        if (!unitScope.isAdministrator()) {
            throw new OutOfScopeException(ErrorCode.CALENDAR_ADMIN_ONLY, user);
        }
        if (body == null) {
            throw new InvalidInputException(ErrorCode.CALENDAR_REFUSED, "请求内容为空");
        }
        if (body.year() != null && body.year() != year) {
            throw new InvalidInputException(ErrorCode.CALENDAR_REFUSED, "地址中的年份" + year + "与内容中的年份" + body.year() + "不一致");
        }
        CalendarYear arrangement = CalendarYear.of(year, body.source(), body.holidays());
        try {
            return years.replace(arrangement, CalendarYears.ADMIN, user, body.reason());
        } catch (DuplicateKeyException sameNewYearAtOnce) {
            // another upload created the year a moment ago; replacing it now is what this upload asked for
            return years.replace(arrangement, CalendarYears.ADMIN, user, body.reason());
        }
    }
}
