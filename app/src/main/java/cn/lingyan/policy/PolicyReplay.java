package cn.lingyan.policy;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.policy.DraftTable.Column;
import cn.lingyan.policy.ReplayHistory.CaseLabel;
import cn.lingyan.policy.ReplayHistory.Evaluation;
import cn.lingyan.policy.ReplayHistory.Value;
import cn.lingyan.policy.ReplayReport.Change;
import cn.lingyan.policy.TableEngine.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 回放 (what-if): runs a draft table against the real inputs of the past evaluations of its decision in the caller's
 * county (the engine's decision history, tenant = county; by default the last 12 months) and reports the outcomes
 * that would change. History is read with three queries and the draft parsed once, then every evaluation is decided
 * in memory; the inputs are fed as they were evaluated then (see {@link DraftTable#replayDecision}). A policy owner
 * replays its own county; the administrator any county, or every county when none is named.
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
    private static final Comparator<Value> BY_RULE_ORDER = Comparator.comparing(Value::ruleOrder,
            Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

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
        TableEngine engine = new TableEngine(true);
        DmnDecision decision = draft.replayDecision(engine);
        boolean aggregated = draft.hitPolicy().contains(" ");

        long started = System.nanoTime();
        // the three reads run side by side: the database joins while this side maps the rows it has
        CompletableFuture<List<Value>> inputsRead = CompletableFuture.supplyAsync(() -> history.inputs(draft.key(), tenant, since), READER);
        CompletableFuture<List<Value>> outputsRead = CompletableFuture.supplyAsync(() -> history.outputs(draft.key(), tenant, since), READER);
        List<Evaluation> evaluations = history.evaluations(draft.key(), tenant, since);
        Map<String, List<Value>> inputs = byDecisionInstance(rows(inputsRead));
        Map<String, List<Value>> outputs = byDecisionInstance(rows(outputsRead));
        long read = System.nanoTime();
        List<Column> columns = draft.columns();
        int[] missing = new int[columns.size()];
        int replayed = 0;
        int skipped = 0;
        int changed = 0;
        int failed = 0;
        List<Change> changes = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            Object[] values = inputValues(columns, inputs.getOrDefault(evaluation.id(), List.of()), missing);
            List<Value> outputRows = outputs.getOrDefault(evaluation.id(), List.of());
            List<Map<String, Object>> before = before(outputRows);
            if (values == null || before == null) {
                skipped++;
                continue;
            }
            replayed++;
            Outcome after;
            try {
                after = engine.evaluate(decision, variables(columns, values));
            } catch (RuntimeException e) {
                changed++;
                failed++;
                list(changes, change(evaluation, columns, values, before, outputRows, null, aggregated, DraftTable.firstLine(e.getMessage())));
                continue;
            }
            boolean same = aggregated ? HistoricValues.sameValue(evaluation.collectValue(), after.collectValue())
                    : HistoricValues.sameOutputs(before, after.outputs());
            if (!same) {
                changed++;
                list(changes, change(evaluation, columns, values, before, outputRows, after, aggregated, null));
            }
        }
        log.debug("Replay of {} for {}: {} evaluations read in {} ms, decided in {} ms", draft.key(), tenant, evaluations.size(),
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (missing[i] > 0) {
                warnings.add("输入“" + columns.get(i).label() + "”在" + missing[i] + "次历史评估中没有记录（新增的输入？），按空值回放");
            }
        }
        List<PolicyPreview.InputValue> described = columns.stream()
                .map(c -> new PolicyPreview.InputValue(c.id(), c.label(), c.name(), c.typeRef(), null)).toList();
        return new ReplayReport(draft.key(), draft.name(), draft.hitPolicy(), tenant, span, since, evaluations.size(), replayed,
                skipped, changed, failed, changes.size(), described, warnings, labelled(changes));
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

    /** The historic value of each of the draft's inputs (matched by input id, else by label); null if one is unreadable. */
    private static Object[] inputValues(List<Column> columns, List<Value> rows, int[] missing) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Value found = null;
            for (Value row : rows) {
                if (column.id().equals(row.clauseId())) {
                    found = row;
                    break;
                }
                if (found == null && column.label().equals(row.clauseName())) {
                    found = row;
                }
            }
            if (found == null) {
                missing[i]++;
                continue;
            }
            values[i] = HistoricValues.decode(found);
            if (values[i] == HistoricValues.UNREADABLE) {
                return null;
            }
        }
        return values;
    }

    /** Each matched rule's outputs as history holds them, in rule order; null if one is unreadable. */
    private static List<Map<String, Object>> before(List<Value> rows) {
        List<Value> sorted = new ArrayList<>(rows);
        sorted.sort(BY_RULE_ORDER);
        Map<Integer, Map<String, Object>> byRule = new LinkedHashMap<>();
        for (Value row : sorted) {
            Object value = HistoricValues.decode(row);
            if (value == HistoricValues.UNREADABLE) {
                return null;
            }
            byRule.computeIfAbsent(row.ruleOrder(), order -> new LinkedHashMap<>()).put(row.varName(), value);
        }
        return new ArrayList<>(byRule.values());
    }

    private static Map<String, Object> variables(List<Column> columns, Object[] values) {
        Map<String, Object> variables = new HashMap<>(columns.size() * 4);
        for (int i = 0; i < values.length; i++) {
            variables.put(DraftTable.REPLAY_INPUT + i, values[i]);
            Column column = columns.get(i);
            if (column.name().equals(column.expression())) {
                // an input entry may read another input's variable by its name
                variables.put(column.name(), values[i]);
            }
        }
        return variables;
    }

    private static Change change(Evaluation evaluation, List<Column> columns, Object[] values, List<Map<String, Object>> before,
            List<Value> outputRows, Outcome after, boolean aggregated, String error) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            inputs.put(columns.get(i).name(), values[i]);
        }
        Set<String> rulesBefore = new LinkedHashSet<>();
        outputRows.stream().sorted(BY_RULE_ORDER)
                .forEach(row -> rulesBefore.add(row.ruleId()));
        Object afterValue = after == null ? null : aggregated ? after.collectValue() : after.outputs();
        return new Change(evaluation.id(), evaluation.processInstanceId(), null, evaluation.tenantId(), null, null,
                evaluation.evaluatedAt(), inputs, aggregated ? evaluation.collectValue() : before, afterValue,
                List.copyOf(rulesBefore), after == null ? List.of() : after.ruleIds(), error);
    }

    private static void list(List<Change> changes, Change change) {
        if (changes.size() < MAX_LISTED) {
            changes.add(change);
        }
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
