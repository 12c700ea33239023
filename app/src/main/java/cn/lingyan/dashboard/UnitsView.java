package cn.lingyan.dashboard;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.system.WorkCalendar;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The unit a view is for and the units below it: the dashboard's unit picker; with it, the working-day calendar's
 * warning while a year that deadlines reach has no holiday arrangement (null when none is missing).
 */
@Component
class UnitsView {

    record UnitInfo(String code, String name, String level) {}

    record Units(UnitInfo home, List<UnitInfo> units, String calendarWarning) {}

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final WorkCalendar calendar;

    UnitsView(OrgDirectory directory, UnitScope unitScope, WorkCalendar calendar) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.calendar = calendar;
    }

    Units of(String unit) {
        String code = unitScope.scope(unit);
        List<UnitInfo> below = new ArrayList<>();
        for (OrgUnit child : directory.children(code)) {
            below.add(info(child));
            directory.children(child.code()).forEach(village -> below.add(info(village)));
        }
        return new Units(info(directory.unit(code)), below, calendar.coverage().warning());
    }

    private static UnitInfo info(OrgUnit unit) {
        return new UnitInfo(unit.code(), unit.name(), unit.level().name());
    }
}
