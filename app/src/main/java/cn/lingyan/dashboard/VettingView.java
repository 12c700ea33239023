package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.DepartmentLoad;
import cn.lingyan.org.UnitScope;
import cn.lingyan.system.Term;
import cn.lingyan.vetting.ReserveRegister;
import cn.lingyan.vetting.VettingOutcome;
import cn.lingyan.vetting.VettingRules;
import cn.lingyan.vetting.VettingStage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * 人选审查: the open vettings per stage in process order, the departments' answers outstanding and overdue, how
 * vettings ended and on which clauses, the reserves per village and the secretaries' stars.
 */
@Component
class VettingView {

    record StageCount(String stage, String stageText, long count) {}

    record OutcomeCount(String outcome, String outcomeText, long count) {}

    record ClauseCount(String clause, String clauseName, long count) {}

    record StarCount(int stars, long count) {}

    record Vetting(List<StageCount> stages, List<DepartmentLoad> departments, List<OutcomeCount> outcomes,
            List<ClauseCount> clauses, List<ReserveRegister.VillageReserves> reserves, List<StarCount> stars) {}

    private final DashboardQueries queries;
    private final UnitScope unitScope;
    private final ReserveRegister reserves;
    private final VettingRules rules;
    private final Clock clock;

    VettingView(DashboardQueries queries, UnitScope unitScope, ReserveRegister reserves, VettingRules rules, Clock clock) {
        this.queries = queries;
        this.unitScope = unitScope;
        this.reserves = reserves;
        this.rules = rules;
        this.clock = clock;
    }

    Vetting of(String unit) {
        String prefix = unitScope.scope(unit);
        List<String> order = List.copyOf(Term.codes(VettingStage.class));
        List<StageCount> stages = queries.openVettingsByStage(prefix).stream()
                .map(k -> new StageCount(k.groupKey(), Term.text(VettingStage.class, k.groupKey()), k.total()))
                .sorted(Comparator.comparing(s -> order.indexOf(s.stage()))).toList();
        List<OutcomeCount> outcomes = queries.vettingOutcomes(prefix).stream()
                .map(k -> new OutcomeCount(k.groupKey(), Term.text(VettingOutcome.class, k.groupKey()), k.total())).toList();
        List<StarCount> stars = queries.starDistribution(prefix).stream()
                .map(k -> new StarCount(Integer.parseInt(k.groupKey()), k.total())).sorted(Comparator.comparing(StarCount::stars)).toList();
        return new Vetting(stages, queries.departmentLoad(prefix, LocalDate.now(clock)), outcomes, clauses(prefix),
                reserves.register(prefix).villages(), stars);
    }

    /** How often each negative-list clause disqualified a candidate, named as the table in force names it. */
    private List<ClauseCount> clauses(String prefix) {
        Map<String, Long> clauses = new TreeMap<>();
        queries.disqualifyingClauses(prefix).forEach(c -> {
            for (String clause : c.clauses() == null ? new String[0] : c.clauses().split(",")) {
                if (!clause.isBlank()) {
                    clauses.merge(clause.trim(), 1L, Long::sum);
                }
            }
        });
        Map<String, String> names = rules.clauseNames(prefix);
        return clauses.entrySet().stream()
                .map(e -> new ClauseCount(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }
}
