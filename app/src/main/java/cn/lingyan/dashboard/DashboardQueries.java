package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.CaseCategory;
import cn.lingyan.dashboard.DashboardRows.CaseLine;
import cn.lingyan.dashboard.DashboardRows.Clauses;
import cn.lingyan.dashboard.DashboardRows.DepartmentLoad;
import cn.lingyan.dashboard.DashboardRows.KeyCount;
import cn.lingyan.dashboard.DashboardRows.MatterGroup;
import cn.lingyan.dashboard.DashboardRows.OpenDisclosure;
import cn.lingyan.dashboard.DashboardRows.TaskDuration;
import cn.lingyan.dashboard.DashboardRows.UnitCount;
import cn.lingyan.dashboard.DashboardRows.YearKind;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Read-only queries behind the supervisors' dashboard, over the ledgers and the engine's task history, always
 * limited to a division-code prefix (the viewer's county, township or village). SQL in DashboardQueries.xml. Bounds
 * compared with the engine's columns (END_TIME_, DUE_DATE_) are {@link Date}s, written the way the engine writes them.
 */
@Mapper
interface DashboardQueries {

    List<CaseLine> caseLines(@Param("prefix") String prefix);

    List<CaseCategory> caseCategories(@Param("prefix") String prefix);

    List<YearKind> caseEventsByYear(@Param("prefix") String prefix);

    List<YearKind> acceptancesByYear(@Param("prefix") String prefix);

    List<KeyCount> openVettingsByStage(@Param("prefix") String prefix);

    List<KeyCount> vettingOutcomes(@Param("prefix") String prefix);

    List<DepartmentLoad> departmentLoad(@Param("prefix") String prefix, @Param("today") LocalDate today);

    List<Clauses> disqualifyingClauses(@Param("prefix") String prefix);

    List<KeyCount> starDistribution(@Param("prefix") String prefix);

    List<MatterGroup> mattersByVillage(@Param("prefix") String prefix);

    long quorumFailures(@Param("prefix") String prefix);

    long rejections(@Param("prefix") String prefix);

    List<OpenDisclosure> openDisclosures(@Param("prefix") String prefix);

    List<TaskDuration> taskDurations(@Param("prefix") String prefix, @Param("from") Date from,
            @Param("to") Date to);

    List<UnitCount> pastDueByTownship(@Param("prefix") String prefix, @Param("now") Date now);

    List<UnitCount> overdueCasesByTownship(@Param("prefix") String prefix, @Param("today") LocalDate today);

    List<UnitCount> overdueAnswersByTownship(@Param("prefix") String prefix, @Param("today") LocalDate today);

    List<UnitCount> overdueDisclosuresByTownship(@Param("prefix") String prefix, @Param("today") LocalDate today);

    List<UnitCount> completedStepsByTownship(@Param("prefix") String prefix, @Param("from") Date from,
            @Param("to") Date to);
}
