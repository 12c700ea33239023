package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.CaseCategory;
import cn.lingyan.dashboard.DashboardRows.CaseLine;
import cn.lingyan.dashboard.DashboardRows.YearKind;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.rectification.CaseStage;
import cn.lingyan.rectification.CategoryCatalogue;
import cn.lingyan.rectification.LookBackResult;
import cn.lingyan.system.Term;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 整顿台账: each village's case with its stage, people, measures and deadline, the cases per stage and weakness
 * category, and the cases per year. The words (stages, categories, look-back results) come from their one source
 * with the figures, so the frontend keeps none.
 */
@Component
class RectificationView {

    record VillageCase(String villageCode, String villageName, String townshipName, String stage, String stageText,
            List<String> categories, String countyLeader, String townshipLeader, String firstSecretary, long measuresDone,
            long measuresTotal, LocalDate deadline, Long daysToDeadline, boolean overdue, boolean supervised, String lookBack,
            String lookBackText) {}

    /** A stage with its word, whether its cases can be overdue (open) or count as 整顿中 (rectifying), and its cases. */
    record StageCount(String stage, String stageText, boolean open, boolean rectifying, long count) {}

    /** A weakness category, named as the table in force names it (null for a code it no longer has), and its cases. */
    record CategoryCount(String code, String name, long count) {}

    record YearLine(int year, long confirmed, long accepted, long signedOff, long consolidated) {}

    record Rectification(List<VillageCase> villages, List<StageCount> stages, List<CategoryCount> categories,
            List<YearLine> years) {}

    private final DashboardQueries queries;
    private final UnitScope unitScope;
    private final OrgDirectory directory;
    private final CategoryCatalogue catalogue;
    private final Clock clock;

    RectificationView(DashboardQueries queries, UnitScope unitScope, OrgDirectory directory, CategoryCatalogue catalogue,
            Clock clock) {
        this.queries = queries;
        this.unitScope = unitScope;
        this.directory = directory;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    Rectification of(String unit) {
        String prefix = unitScope.scope(unit);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<String>> categories = queries.caseCategories(prefix).stream().collect(Collectors.groupingBy(
                CaseCategory::caseId, Collectors.mapping(CaseCategory::code, Collectors.toList())));
        List<VillageCase> villages = new ArrayList<>();
        for (CaseLine line : queries.caseLines(prefix)) {
            Long days = line.deadline() == null ? null : ChronoUnit.DAYS.between(today, line.deadline());
            CaseStage stage = CaseStage.of(line.stage());
            boolean open = stage != null && stage.open();
            LookBackResult lookBack = "CLOSED".equals(line.lastOutcome()) ? LookBackResult.CONSOLIDATED
                    : "REOPENED".equals(line.lastOutcome()) ? LookBackResult.RELAPSED : null;
            villages.add(new VillageCase(line.villageCode(), line.villageName(), townshipName(line.townshipCode()), line.stage(),
                    Term.text(CaseStage.class, line.stage()), categories.getOrDefault(line.caseId(), List.of()),
                    line.countyLeaderId(), line.townshipLeaderName(), line.firstSecretaryId(), line.measuresDone(),
                    line.measuresTotal(), line.deadline(), days, open && days != null && days < 0, Boolean.TRUE.equals(line.supervised()),
                    lookBack == null ? null : lookBack.name(), lookBack == null ? null : lookBack.text()));
        }
        return new Rectification(villages, stages(villages), categories(villages, prefix), years(prefix));
    }

    /** Every stage in process order, also those without cases. */
    private static List<StageCount> stages(List<VillageCase> villages) {
        return Arrays.stream(CaseStage.values()).map(stage -> new StageCount(stage.name(), stage.text(), stage.open(),
                stage.rectifying(), villages.stream().filter(v -> stage.name().equals(v.stage())).count())).toList();
    }

    /** The categories the cases have, in code order. */
    private List<CategoryCount> categories(List<VillageCase> villages, String prefix) {
        Map<String, Long> counts = villages.stream().flatMap(v -> v.categories().stream())
                .collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = catalogue.names(prefix);
        return counts.entrySet().stream().map(e -> new CategoryCount(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    private List<YearLine> years(String prefix) {
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<YearKind> events = new ArrayList<>(queries.caseEventsByYear(prefix));
        events.addAll(queries.acceptancesByYear(prefix));
        events.forEach(e -> byYear.computeIfAbsent(e.eventYear(), y -> new HashMap<>()).merge(e.kind(), e.total(), Long::sum));
        return byYear.entrySet().stream().map(e -> new YearLine(e.getKey(), e.getValue().getOrDefault("CONFIRMED", 0L),
                e.getValue().getOrDefault("ACCEPTED", 0L), e.getValue().getOrDefault("SIGNED_OFF", 0L),
                e.getValue().getOrDefault("CLOSED", 0L))).toList();
    }

    private String townshipName(String code) {
        return directory.find(code).map(OrgUnit::name).orElse(code);
    }
}
