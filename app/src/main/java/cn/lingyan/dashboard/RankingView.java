package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.UnitCount;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 月度通报: townships ranked by a score of completed steps in the month minus a weight (lingyan.dashboard.
 * ranking-overdue-weight, 10) per item overdue today (cases past their deadline, department answers, disclosures) [A].
 */
@Component
class RankingView {

    record RankLine(int rank, String townshipCode, String townshipName, long overdueCases, long overdueAnswers,
            long overdueDisclosures, long completedSteps, long score) {}

    record Ranking(String month, List<RankLine> townships) {}

    private final DashboardQueries queries;
    private final UnitScope unitScope;
    private final OrgDirectory directory;
    private final DashboardProperties properties;
    private final Clock clock;

    RankingView(DashboardQueries queries, UnitScope unitScope, OrgDirectory directory, DashboardProperties properties, Clock clock) {
        this.queries = queries;
        this.unitScope = unitScope;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** The ranking for {@code month} (年-月), by default the current month. */
    Ranking of(String unit, String month) {
        String prefix = unitScope.scope(unit);
        YearMonth period = month == null || month.isBlank() ? YearMonth.now(clock) : parseMonth(month);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> cases = byUnit(queries.overdueCasesByTownship(prefix, today));
        Map<String, Long> answers = byUnit(queries.overdueAnswersByTownship(prefix, today));
        Map<String, Long> disclosures = byUnit(queries.overdueDisclosuresByTownship(prefix, today));
        Map<String, Long> completed = byUnit(queries.completedStepsByTownship(prefix, Inputs.startOf(period.atDay(1), clock),
                Inputs.startOf(period.plusMonths(1).atDay(1), clock)));
        List<OrgUnit> townships = OrgLevel.of(prefix) == OrgLevel.COUNTY ? directory.children(prefix)
                : List.of(directory.unit(OrgLevel.TOWNSHIP.ancestorCode(prefix)));
        List<RankLine> lines = new ArrayList<>();
        for (OrgUnit township : townships) {
            String code = township.code();
            long overdue = cases.getOrDefault(code, 0L) + answers.getOrDefault(code, 0L) + disclosures.getOrDefault(code, 0L);
            long done = completed.getOrDefault(code, 0L);
            lines.add(new RankLine(0, code, township.name(), cases.getOrDefault(code, 0L), answers.getOrDefault(code, 0L),
                    disclosures.getOrDefault(code, 0L), done, done - (long) properties.rankingOverdueWeight() * overdue));
        }
        lines.sort(Comparator.comparing(RankLine::score).reversed().thenComparing(RankLine::townshipCode));
        List<RankLine> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RankLine l = lines.get(i);
            ranked.add(new RankLine(i + 1, l.townshipCode(), l.townshipName(), l.overdueCases(), l.overdueAnswers(),
                    l.overdueDisclosures(), l.completedSteps(), l.score()));
        }
        return new Ranking(period.toString(), ranked);
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "月份应为“年-月”，如 2026-11");
        }
    }

    private static Map<String, Long> byUnit(List<UnitCount> counts) {
        return counts.stream().filter(c -> c.unitCode() != null).collect(Collectors.toMap(UnitCount::unitCode, UnitCount::total, Long::sum));
    }
}
