package cn.lingyan.policy;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.policy.ReplayHistory.CaseLabel;
import cn.lingyan.policy.ReplayHistory.Evaluation;
import cn.lingyan.policy.ReplayHistory.Value;
import cn.lingyan.policy.ReplayReport.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 回放 (what-if): runs a draft table against the real inputs of the past evaluations of its decision in the caller's
 * county (the engine's decision history, tenant = county; by default the last 12 months) and reports the outcomes
 * that would change. History is read with three queries and the draft parsed once, then every evaluation is decided
 * in memory ({@link ReplayRun}); the inputs are fed as they were evaluated then (see {@link DraftTable#replayDecision}).
 * A policy owner replays its own county; the administrator any county, or every county when none is named.
 */
@Service
public class PolicyReplay {

    private static final Logger log = LoggerFactory.getLogger(PolicyReplay.class);
    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 120;
    static final int MAX_LISTED = 1000;
    private static final int LABEL_CHUNK = 500;
    /** A thread per read: a replay is rare (a person asks for it), so no pool is kept. */
    private static final Executor READER = work -> {
        Thread thread = new Thread(work, "policy-replay-read");
        thread.setDaemon(true);
        thread.start();
    };

    private final PolicyAccess access;
    private final UploadSafety safety;
    private final PolicyProperties properties;
    private final ReplayHistory history;
    private final OrgDirectory directory;
    private final Clock clock;

    PolicyReplay(PolicyAccess access, UploadSafety safety, PolicyProperties properties, ReplayHistory history,
            OrgDirectory directory, Clock clock) {
        this.access = access;
        this.safety = safety;
        this.properties = properties;
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    /** Replays the draft {@code dmnText}'s decision {@code decisionKey} over the last {@code months} (≤ 0: 12). */
    public ReplayReport replay(String county, String dmnText, String decisionKey, int months) {
        String tenant = access.tenantForChange(county);
        DraftTable draft = DraftTable.read(safety, properties.maxUploadBytes(), dmnText, decisionKey);
        int span = months <= 0 ? DEFAULT_MONTHS : Math.min(months, MAX_MONTHS);
        Instant since = ZonedDateTime.now(clock).minusMonths(span).toInstant();
        ReplayRun run = new ReplayRun(draft, new TableEngine(true));

        long started = System.nanoTime();
        // the three reads run side by side: the database joins while this side maps the rows it has
        CompletableFuture<List<Value>> inputsRead = CompletableFuture.supplyAsync(() -> history.inputs(draft.key(), tenant, since), READER);
        CompletableFuture<List<Value>> outputsRead = CompletableFuture.supplyAsync(() -> history.outputs(draft.key(), tenant, since), READER);
        List<Evaluation> evaluations = history.evaluations(draft.key(), tenant, since);
        Map<String, List<Value>> inputs = byDecisionInstance(rows(inputsRead));
        Map<String, List<Value>> outputs = byDecisionInstance(rows(outputsRead));
        long read = System.nanoTime();
        for (Evaluation evaluation : evaluations) {
            run.replay(evaluation, inputs.getOrDefault(evaluation.id(), List.of()), outputs.getOrDefault(evaluation.id(), List.of()));
        }
        log.debug("Replay of {} for {}: {} evaluations read in {} ms, decided in {} ms", draft.key(), tenant, evaluations.size(),
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        List<PolicyPreview.InputValue> described = draft.columns().stream()
                .map(c -> new PolicyPreview.InputValue(c.id(), c.label(), c.name(), c.typeRef(), null)).toList();
        return new ReplayReport(draft.key(), draft.name(), draft.hitPolicy(), tenant, span, since, evaluations.size(), run.replayed,
                run.skipped, run.changed, run.failed, run.changes().size(), described, run.warnings(), labelled(run.changes()));
    }

    private static List<Value> rows(CompletableFuture<List<Value>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Map<String, List<Value>> byDecisionInstance(List<Value> rows) {
        Map<String, List<Value>> grouped = new HashMap<>(rows.size());
        for (Value row : rows) {
            grouped.computeIfAbsent(row.decisionInstanceId(), id -> new ArrayList<>(3)).add(row);
        }
        return grouped;
    }

    /** The listed changes with their cases named: business key, caseTitle, villageName (else the village of villageCode). */
    private List<Change> labelled(List<Change> changes) {
        List<String> ids = changes.stream().map(Change::processInstanceId).filter(Objects::nonNull).distinct().toList();
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LABEL_CHUNK) {
            for (CaseLabel row : history.caseLabels(ids.subList(from, Math.min(ids.size(), from + LABEL_CHUNK)))) {
                Map<String, String> label = labels.computeIfAbsent(row.processInstanceId(), id -> new HashMap<>());
                label.put("businessKey", row.businessKey());
                if (row.name() != null) {
                    label.put(row.name(), row.text());
                }
            }
        }
        return changes.stream().map(c -> {
            Map<String, String> label = labels.getOrDefault(c.processInstanceId(), Map.of());
            String village = label.get("villageName") != null ? label.get("villageName")
                    : directory.find(label.get("villageCode")).map(OrgUnit::name).orElse(null);
            return new Change(c.decisionInstanceId(), c.processInstanceId(), label.get("businessKey"), c.county(),
                    label.get("caseTitle"), village, c.evaluatedAt(), c.inputs(), c.before(), c.after(), c.rulesBefore(),
                    c.rulesAfter(), c.error());
        }).toList();
    }
}
