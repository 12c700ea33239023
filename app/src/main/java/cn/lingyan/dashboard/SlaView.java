package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.TaskDuration;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 办理时效: median and 90th percentile of the time each step took, per step, per stage and township
 * (lingyan.dashboard.stages) and per township, over a period; and the tasks past their due date now.
 */
@Component
class SlaView {

    record StepSla(String process, String taskKey, String taskName, long count, double p50Hours, double p90Hours) {}

    record StageSla(String process, String stage, String townshipCode, String townshipName, long count, double p50Hours,
            double p90Hours) {}

    record TownshipSla(String townshipCode, String townshipName, long count, double p50Hours, double p90Hours) {}

    record UnitPastDue(String unitCode, String unitName, long count) {}

    record Sla(List<StepSla> steps, List<StageSla> stages, List<TownshipSla> townships, List<UnitPastDue> pastDue) {}

    private final DashboardQueries queries;
    private final UnitScope unitScope;
    private final OrgDirectory directory;
    private final DashboardProperties properties;
    private final Clock clock;

    SlaView(DashboardQueries queries, UnitScope unitScope, OrgDirectory directory, DashboardProperties properties, Clock clock) {
        this.queries = queries;
        this.unitScope = unitScope;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** Steps finished between {@code from} and {@code to} (inclusive); by default the 90 days up to today. */
    Sla of(String unit, LocalDate from, LocalDate to) {
        String prefix = unitScope.scope(unit);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "开始日期不能晚于结束日期");
        }
        List<TaskDuration> durations = queries.taskDurations(prefix, Inputs.startOf(start, clock), Inputs.startOf(end.plusDays(1), clock));
        List<StepSla> steps = groups(durations, d -> d.processKey() + "|" + d.taskKey()).stream().map(list -> {
            TaskDuration first = list.get(0);
            List<Long> ms = sortedMs(list);
            return new StepSla(first.processKey(), first.taskKey(), first.taskName(), ms.size(), hours(percentile(ms, 0.5)),
                    hours(percentile(ms, 0.9)));
        }).sorted(Comparator.comparing(StepSla::p90Hours).reversed()).toList();
        List<TaskDuration> inTownships = durations.stream().filter(d -> d.townshipCode() != null).toList();
        List<StageSla> stages = groups(inTownships, d -> d.processKey() + "|" + stageOf(d) + "|" + d.townshipCode()).stream()
                .map(list -> {
                    TaskDuration first = list.get(0);
                    List<Long> ms = sortedMs(list);
                    return new StageSla(first.processKey(), stageOf(first), first.townshipCode(), name(first.townshipCode()), ms.size(),
                            hours(percentile(ms, 0.5)), hours(percentile(ms, 0.9)));
                }).toList();
        List<TownshipSla> townships = groups(inTownships, TaskDuration::townshipCode).stream().map(list -> {
            String code = list.get(0).townshipCode();
            List<Long> ms = sortedMs(list);
            return new TownshipSla(code, name(code), ms.size(), hours(percentile(ms, 0.5)), hours(percentile(ms, 0.9)));
        }).toList();
        List<UnitPastDue> pastDue = queries.pastDueByTownship(prefix, Date.from(clock.instant())).stream()
                .filter(u -> u.unitCode() != null).map(u -> new UnitPastDue(u.unitCode(), name(u.unitCode()), u.total())).toList();
        return new Sla(steps, stages, townships, pastDue);
    }

    /** The value at quantile {@code q} of sorted values (nearest rank); 0 for none. */
    static long percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** The durations grouped by {@code key}, groups in key order. */
    private static List<List<TaskDuration>> groups(List<TaskDuration> durations, Function<TaskDuration, String> key) {
        return List.copyOf(durations.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList())).values());
    }

    private static List<Long> sortedMs(List<TaskDuration> durations) {
        return durations.stream().map(TaskDuration::durationMs).sorted().toList();
    }

    private static double hours(long ms) {
        return Math.round(ms / 36_000.0) / 100.0;
    }

    private String stageOf(TaskDuration duration) {
        return properties.stageOf(duration.processKey(), duration.taskKey());
    }

    private String name(String code) {
        return directory.find(code).map(OrgUnit::name).orElse(code);
    }
}
