package cn.lingyan.dashboard;

import java.time.LocalDate;

/** Rows the dashboard queries return; each a record mapped by column name. */
final class DashboardRows {

    private DashboardRows() {}

    record CaseLine(Long caseId, String villageCode, String villageName, String townshipCode, String stage, Boolean supervised,
            LocalDate deadline, Long measuresTotal, Long measuresDone, String countyLeaderId, String townshipLeaderName,
            String firstSecretaryId, String lastOutcome) {}

    record CaseCategory(Long caseId, String code) {}

    record YearKind(Integer eventYear, String kind, Long total) {}

    record KeyCount(String groupKey, Long total) {}

    record DepartmentLoad(String department, String departmentName, Long outstanding, Long overdue) {}

    record Clauses(String clauses) {}

    record MatterGroup(String villageCode, String villageName, String kind, String body, Long total) {}

    record OpenDisclosure(Long matterId, String title, String villageName, String kind, LocalDate postingEnds) {}

    record TaskDuration(String processKey, String taskKey, String taskName, String townshipCode, Long durationMs) {}

    record UnitCount(String unitCode, Long total) {}
}
