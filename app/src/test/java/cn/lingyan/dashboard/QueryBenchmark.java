package cn.lingyan.dashboard;

import cn.lingyan.system.Inputs;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times every dashboard query for a county (880101) and a township (880101001) of the scale data and prints p50 and
 * p95 per query. Numbers are printed, never asserted: they depend on the machine and the database.
 */
final class QueryBenchmark {

    private static final int WARM_UP = 3;

    private final DashboardQueries queries;
    private final Clock clock;
    private final int rounds;
    private final PrintStream out;

    QueryBenchmark(DashboardQueries queries, Clock clock, int rounds, PrintStream out) {
        this.queries = queries;
        this.clock = clock;
        this.rounds = rounds;
        this.out = out;
    }

    void run() {
        LocalDate today = LocalDate.now(clock);
        Date from = Inputs.startOf(today.minusDays(90), clock);
        Date to = Inputs.startOf(today.plusDays(1), clock);
        out.println();
        out.println("Dashboard queries, " + rounds + " rounds each after " + WARM_UP + " warm-up rounds (ms):");
        out.printf("%-34s %-10s %8s %8s %8s%n", "query", "scope", "rows", "p50", "p95");
        for (String scope : List.of("880101", "880101001")) {
            time("caseLines", scope, () -> queries.caseLines(scope));
            time("caseCategories", scope, () -> queries.caseCategories(scope));
            time("caseEventsByYear", scope, () -> queries.caseEventsByYear(scope));
            time("acceptancesByYear", scope, () -> queries.acceptancesByYear(scope));
            time("openVettingsByStage", scope, () -> queries.openVettingsByStage(scope));
            time("vettingOutcomes", scope, () -> queries.vettingOutcomes(scope));
            time("departmentLoad", scope, () -> queries.departmentLoad(scope, today));
            time("disqualifyingClauses", scope, () -> queries.disqualifyingClauses(scope));
            time("starDistribution", scope, () -> queries.starDistribution(scope));
            time("mattersByVillage", scope, () -> queries.mattersByVillage(scope));
            time("quorumFailures", scope, () -> List.of(queries.quorumFailures(scope)));
            time("rejections", scope, () -> List.of(queries.rejections(scope)));
            time("openDisclosures", scope, () -> queries.openDisclosures(scope));
            time("taskDurations (90 days)", scope, () -> queries.taskDurations(scope, from, to));
            time("pastDueByTownship", scope, () -> queries.pastDueByTownship(scope, Date.from(clock.instant())));
            time("overdueCasesByTownship", scope, () -> queries.overdueCasesByTownship(scope, today));
            time("overdueAnswersByTownship", scope, () -> queries.overdueAnswersByTownship(scope, today));
            time("overdueDisclosuresByTownship", scope, () -> queries.overdueDisclosuresByTownship(scope, today));
            time("completedStepsByTownship (month)", scope, () -> queries.completedStepsByTownship(scope,
                    Inputs.startOf(today.withDayOfMonth(1), clock), to));
        }
    }

    private void time(String name, String scope, Supplier<List<?>> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        List<Long> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            rows = query.get().size();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        out.printf("%-34s %-10s %8d %8d %8d%n", name, scope, rows, SlaView.percentile(times, 0.5), SlaView.percentile(times, 0.95));
    }
}
