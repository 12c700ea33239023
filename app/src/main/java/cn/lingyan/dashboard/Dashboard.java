package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.CaseLine;
import cn.lingyan.dashboard.DashboardRows.TaskDuration;
import cn.lingyan.dashboard.DashboardRows.UnitCount;
import cn.lingyan.dashboard.DashboardRows.YearKind;
import cn.lingyan.deliberation.MatterKind;
import cn.lingyan.deliberation.MeetingBody;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.rectification.CaseStage;
import cn.lingyan.system.Term;
import cn.lingyan.vetting.VettingOutcome;
import cn.lingyan.vetting.VettingStage;
import cn.lingyan.vetting.ReserveRegister;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The supervisors' views (台账, 审查, 议事, 时效, 月度通报), each for one unit and everything below it: a county sees
 * its county, a township its villages; a user never gets a unit outside their own.
 */
@Service
public class Dashboard {

    public record UnitInfo(String code, String name, String level) {}

    public record Units(UnitInfo home, List<UnitInfo> units) {}

    public record VillageCase(String villageCode, String villageName, String townshipName, String stage, String stageText,
            List<String> categories, String countyLeader, String townshipLeader, String firstSecretary, long measuresDone,
            long measuresTotal, LocalDate deadline, Long daysToDeadline, boolean overdue, boolean supervised, String lookBack) {}

    public record YearLine(int year, long confirmed, long accepted, long signedOff, long consolidated) {}

    public record Rectification(List<VillageCase> villages, List<YearLine> years) {}

    public record StageCount(String stage, String stageText, long count) {}

    public record OutcomeCount(String outcome, String outcomeText, long count) {}

    public record Department(String department, String departmentName, long outstanding, long overdue) {}

    public record ClauseCount(String clause, String clauseName, long count) {}

    public record StarCount(int stars, long count) {}

    public record Vetting(List<StageCount> stages, List<Department> departments, List<OutcomeCount> outcomes,
            List<ClauseCount> clauses, List<ReserveRegister.VillageReserves> reserves, List<StarCount> stars) {}

    public record MatterLine(String villageCode, String villageName, String kind, String kindText, String body, String bodyText,
            long count) {}

    public record OverdueDisclosure(long matterId, String title, String villageName, String kind, LocalDate postingEnds) {}

    public record Register(List<MatterLine> byVillage, long quorumFailures, long rejections, long disclosuresDue,
            long disclosuresOverdue, List<OverdueDisclosure> overdueDisclosures) {}

    public record StepSla(String process, String taskKey, String taskName, long count, double p50Hours, double p90Hours) {}

    public record TownshipSla(String townshipCode, String townshipName, long count, double p50Hours, double p90Hours) {}

    public record UnitPastDue(String unitCode, String unitName, long count) {}

    public record StageSla(String process, String stage, String townshipCode, String townshipName, long count, double p50Hours,
            double p90Hours) {}

    public record Sla(List<StepSla> steps, List<StageSla> stages, List<TownshipSla> townships, List<UnitPastDue> pastDue) {}

    /** Which stage each step of each process belongs to, for 办理时效 by stage (lingyan.dashboard.stages). */
    @org.springframework.boot.context.properties.ConfigurationProperties("lingyan.dashboard")
    public record StageProperties(@org.springframework.boot.context.properties.bind.DefaultValue Map<String, Map<String, String>> stages,
            @org.springframework.boot.context.properties.bind.DefaultValue("10") int rankingOverdueWeight) {

        String stageOf(String process, String taskKey) {
            return stages.getOrDefault(process, Map.of()).getOrDefault(taskKey, "其他");
        }
    }

    public record RankLine(int rank, String townshipCode, String townshipName, long overdueCases, long overdueAnswers,
            long overdueDisclosures, long completedSteps, long score) {}

    public record Ranking(String month, List<RankLine> townships) {}

    private final DashboardQueries queries;
    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final ReserveRegister reserves;
    private final cn.lingyan.vetting.VettingRules vettingRules;
    private final StageProperties stageProperties;
    private final Clock clock;

    Dashboard(DashboardQueries queries, OrgDirectory directory, UnitScope unitScope, ReserveRegister reserves,
            cn.lingyan.vetting.VettingRules vettingRules, StageProperties stageProperties, Clock clock) {
        this.vettingRules = vettingRules;
        this.stageProperties = stageProperties;
        this.queries = queries;
        this.directory = directory;
        this.unitScope = unitScope;
        this.reserves = reserves;
        this.clock = clock;
    }

    /** The unit a view is for (see {@link UnitScope#scope}). */
    public String scope(String unit) {
        return unitScope.scope(unit);
    }

    public Units units(String unit) {
        String code = scope(unit);
        OrgUnit home = unitOf(code);
        List<UnitInfo> below = new ArrayList<>();
        for (OrgUnit child : directory.children(code)) {
            below.add(info(child));
            directory.children(child.code()).forEach(village -> below.add(info(village)));
        }
        return new Units(info(home), below);
    }

    public Rectification rectification(String unit) {
        String prefix = scope(unit);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<String>> categories = queries.caseCategories(prefix).stream().collect(Collectors.groupingBy(
                DashboardRows.CaseCategory::caseId, Collectors.mapping(DashboardRows.CaseCategory::code, Collectors.toList())));
        List<VillageCase> villages = new ArrayList<>();
        for (CaseLine line : queries.caseLines(prefix)) {
            Long days = line.deadline() == null ? null : ChronoUnit.DAYS.between(today, line.deadline());
            CaseStage stage = CaseStage.of(line.stage());
            boolean open = stage != null && stage.open();
            villages.add(new VillageCase(line.villageCode(), line.villageName(), name(line.townshipCode()), line.stage(),
                    Term.text(CaseStage.class, line.stage()), categories.getOrDefault(line.caseId(), List.of()),
                    line.countyLeaderId(), line.townshipLeaderName(), line.firstSecretaryId(), line.measuresDone(),
                    line.measuresTotal(), line.deadline(), days, open && days != null && days < 0, Boolean.TRUE.equals(line.supervised()),
                    "CLOSED".equals(line.lastOutcome()) ? "CONSOLIDATED" : "REOPENED".equals(line.lastOutcome()) ? "RELAPSED" : null));
        }
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>(Comparator.reverseOrder());
        List<YearKind> events = new ArrayList<>(queries.caseEventsByYear(prefix));
        events.addAll(queries.acceptancesByYear(prefix));
        events.forEach(e -> byYear.computeIfAbsent(e.eventYear(), y -> new HashMap<>()).merge(e.kind(), e.total(), Long::sum));
        List<YearLine> years = byYear.entrySet().stream().map(e -> new YearLine(e.getKey(), e.getValue().getOrDefault("CONFIRMED", 0L),
                e.getValue().getOrDefault("ACCEPTED", 0L), e.getValue().getOrDefault("SIGNED_OFF", 0L),
                e.getValue().getOrDefault("CLOSED", 0L))).toList();
        return new Rectification(villages, years);
    }

    public Vetting vetting(String unit) {
        String prefix = scope(unit);
        List<String> order = List.copyOf(Term.codes(VettingStage.class));
        List<StageCount> stages = queries.openVettingsByStage(prefix).stream()
                .map(k -> new StageCount(k.groupKey(), Term.text(VettingStage.class, k.groupKey()), k.total()))
                .sorted(Comparator.comparing(s -> order.indexOf(s.stage()))).toList();
        List<Department> departments = queries.departmentLoad(prefix, LocalDate.now(clock)).stream()
                .map(d -> new Department(d.department(), d.departmentName(), d.outstanding(), d.overdue())).toList();
        List<OutcomeCount> outcomes = queries.vettingOutcomes(prefix).stream()
                .map(k -> new OutcomeCount(k.groupKey(), Term.text(VettingOutcome.class, k.groupKey()), k.total())).toList();
        Map<String, Long> clauses = new TreeMap<>();
        queries.disqualifyingClauses(prefix).forEach(c -> {
            for (String clause : c.clauses() == null ? new String[0] : c.clauses().split(",")) {
                if (!clause.isBlank()) {
                    clauses.merge(clause.trim(), 1L, Long::sum);
                }
            }
        });
        Map<String, String> clauseNames = vettingRules.clauseNames();
        List<StarCount> stars = queries.starDistribution(prefix).stream()
                .map(k -> new StarCount(Integer.parseInt(k.groupKey()), k.total())).sorted(Comparator.comparing(StarCount::stars)).toList();
        return new Vetting(stages, departments, outcomes,
                clauses.entrySet().stream().map(e -> new ClauseCount(e.getKey(), clauseNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue())).toList(),
                reserves.register(prefix).villages(), stars);
    }

    public Register register(String unit) {
        String prefix = scope(unit);
        LocalDate today = LocalDate.now(clock);
        List<MatterLine> lines = queries.mattersByVillage(prefix).stream().map(m -> new MatterLine(m.villageCode(), m.villageName(),
                m.kind(), Term.text(MatterKind.class, m.kind()), m.body(), Term.text(MeetingBody.class, m.body()),
                m.total())).toList();
        List<DashboardRows.OpenDisclosure> open = queries.openDisclosures(prefix);
        List<OverdueDisclosure> overdue = open.stream().filter(d -> d.postingEnds().isBefore(today))
                .map(d -> new OverdueDisclosure(d.matterId(), d.title(), d.villageName(), d.kind(), d.postingEnds())).toList();
        return new Register(lines, queries.quorumFailures(prefix), queries.rejections(prefix), open.size() - overdue.size(),
                overdue.size(), overdue);
    }

    /** Median and 90th percentile of the time each step took, finished between {@code from} and {@code to} (inclusive). */
    public Sla sla(String unit, LocalDate from, LocalDate to) {
        String prefix = scope(unit);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "开始日期不能晚于结束日期");
        }
        List<TaskDuration> durations = queries.taskDurations(prefix, start.atStartOfDay(), end.plusDays(1).atStartOfDay());
        List<StepSla> steps = durations.stream().collect(Collectors.groupingBy(d -> d.processKey() + "|" + d.taskKey(), TreeMap::new,
                Collectors.toList())).values().stream().map(list -> {
                    TaskDuration first = list.get(0);
                    List<Long> ms = list.stream().map(TaskDuration::durationMs).sorted().toList();
                    return new StepSla(first.processKey(), first.taskKey(), first.taskName(), ms.size(), hours(percentile(ms, 0.5)),
                            hours(percentile(ms, 0.9)));
                }).sorted(Comparator.comparing(StepSla::p90Hours).reversed()).toList();
        List<TownshipSla> townships = durations.stream().filter(d -> d.townshipCode() != null)
                .collect(Collectors.groupingBy(TaskDuration::townshipCode, TreeMap::new, Collectors.toList())).entrySet().stream()
                .map(e -> {
                    List<Long> ms = e.getValue().stream().map(TaskDuration::durationMs).sorted().toList();
                    return new TownshipSla(e.getKey(), name(e.getKey()), ms.size(), hours(percentile(ms, 0.5)), hours(percentile(ms, 0.9)));
                }).toList();
        List<UnitPastDue> pastDue = queries.pastDueByTownship(prefix, LocalDateTime.now(clock)).stream()
                .filter(u -> u.unitCode() != null).map(u -> new UnitPastDue(u.unitCode(), name(u.unitCode()), u.total())).toList();
        List<StageSla> stages = durations.stream().filter(d -> d.townshipCode() != null)
                .collect(Collectors.groupingBy(d -> d.processKey() + "|" + stageProperties.stageOf(d.processKey(), d.taskKey()) + "|"
                        + d.townshipCode(), TreeMap::new, Collectors.toList())).values().stream().map(list -> {
                            TaskDuration first = list.get(0);
                            List<Long> ms = list.stream().map(TaskDuration::durationMs).sorted().toList();
                            return new StageSla(first.processKey(), stageProperties.stageOf(first.processKey(), first.taskKey()),
                                    first.townshipCode(), name(first.townshipCode()), ms.size(), hours(percentile(ms, 0.5)),
                                    hours(percentile(ms, 0.9)));
                        }).toList();
        return new Sla(steps, stages, townships, pastDue);
    }

    /**
     * 月度通报: townships ranked by a score of completed steps in the month minus a weight (lingyan.dashboard.
     * ranking-overdue-weight, 10) per item overdue today (cases past their deadline, department answers, disclosures) [A].
     */
    public Ranking ranking(String unit, String month) {
        String prefix = scope(unit);
        YearMonth period = month == null || month.isBlank() ? YearMonth.now(clock) : parseMonth(month);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> cases = byUnit(queries.overdueCasesByTownship(prefix, today));
        Map<String, Long> answers = byUnit(queries.overdueAnswersByTownship(prefix, today));
        Map<String, Long> disclosures = byUnit(queries.overdueDisclosuresByTownship(prefix, today));
        Map<String, Long> completed = byUnit(queries.completedStepsByTownship(prefix, period.atDay(1).atStartOfDay(),
                period.plusMonths(1).atDay(1).atStartOfDay()));
        List<OrgUnit> townships = OrgLevel.of(prefix) == OrgLevel.COUNTY ? directory.children(prefix)
                : List.of(unitOf(OrgLevel.TOWNSHIP.ancestorCode(prefix)));
        List<RankLine> lines = new ArrayList<>();
        for (OrgUnit township : townships) {
            String code = township.code();
            long overdue = cases.getOrDefault(code, 0L) + answers.getOrDefault(code, 0L) + disclosures.getOrDefault(code, 0L);
            long done = completed.getOrDefault(code, 0L);
            lines.add(new RankLine(0, code, township.name(), cases.getOrDefault(code, 0L), answers.getOrDefault(code, 0L),
                    disclosures.getOrDefault(code, 0L), done, done - (long) stageProperties.rankingOverdueWeight() * overdue));
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

    static long percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double hours(long ms) {
        return Math.round(ms / 36_000.0) / 100.0;
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "月份应为“年-月”，如 2026-11");
        }
    }

    private static Map<String, Long> byUnit(List<UnitCount> counts) {
        return counts.stream().filter(c -> c.unitCode() != null).collect(Collectors.toMap(UnitCount::unitCode, UnitCount::total, Long::sum));
    }

    private OrgUnit unitOf(String code) {
        return directory.unit(code);
    }

    private String name(String code) {
        if (code == null) {
            return null;
        }
        try {
            return unitOf(code).name();
        } catch (RuntimeException unknown) {
            return code;
        }
    }

    private static UnitInfo info(OrgUnit unit) {
        return new UnitInfo(unit.code(), unit.name(), unit.level().name());
    }
}
