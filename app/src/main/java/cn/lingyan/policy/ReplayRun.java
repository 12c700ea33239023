package cn.lingyan.policy;

import cn.lingyan.policy.DraftTable.Column;
import cn.lingyan.policy.ReplayHistory.Evaluation;
import cn.lingyan.policy.ReplayHistory.Value;
import cn.lingyan.policy.ReplayReport.Change;
import cn.lingyan.policy.TableEngine.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;

/**
 * One replay's tally: each historic evaluation decided again by the draft, in memory, and compared with what history
 * says was decided then. Counts every evaluation; keeps the first {@link PolicyReplay#MAX_LISTED} changes. Inputs are
 * matched to the draft's by input id, else by label; one the draft added is fed as empty and warned about.
 */
final class ReplayRun {

    private static final Comparator<Value> BY_RULE_ORDER = Comparator.comparing(Value::ruleOrder,
            Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

    private final List<Column> columns;
    private final TableEngine engine;
    private final DmnDecision decision;
    private final boolean aggregated;
    private final int[] missing;
    private final List<Change> changes = new ArrayList<>();
    /** Outcome (or the draft's error) per distinct inputs: cases often share a score; null when the draft is volatile. */
    private final Map<List<Object>, Object> decided;
    int replayed;
    int skipped;
    int changed;
    int failed;

    ReplayRun(DraftTable draft, TableEngine engine) {
        this.columns = draft.columns();
        this.engine = engine;
        this.decision = draft.replayDecision(engine);
        this.aggregated = draft.hitPolicy().contains(" ");
        this.missing = new int[columns.size()];
        this.decided = draft.repeatable() ? new HashMap<>() : null;
    }

    /** Decides {@code evaluation} again on its historic {@code inputs} and compares with its historic {@code outputs}. */
    void replay(Evaluation evaluation, List<Value> inputs, List<Value> outputs) {
        Object[] values = inputValues(inputs);
        List<Map<String, Object>> before = before(outputs);
        if (values == null || before == null) {
            skipped++;
            return;
        }
        replayed++;
        Object result = decide(values);
        if (result instanceof String error) {
            changed++;
            failed++;
            list(change(evaluation, values, before, outputs, null, error));
            return;
        }
        Outcome after = (Outcome) result;
        boolean same = aggregated ? HistoricValues.sameValue(evaluation.collectValue(), after.collectValue())
                : HistoricValues.sameOutputs(before, after.outputs());
        if (!same) {
            changed++;
            list(change(evaluation, values, before, outputs, after, null));
        }
    }

    /** The draft's outcome on these inputs, or its error message when it cannot decide. */
    private Object decide(Object[] values) {
        List<Object> key = decided == null ? null : Arrays.asList(values);
        Object known = key == null ? null : decided.get(key);
        if (known != null) {
            return known;
        }
        Object result;
        try {
            result = engine.evaluate(decision, variables(values));
        } catch (RuntimeException e) {
            result = DraftTable.firstLine(e.getMessage());
        }
        if (key != null) {
            decided.put(key, result);
        }
        return result;
    }

    List<Change> changes() {
        return changes;
    }

    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (missing[i] > 0) {
                warnings.add("输入“" + columns.get(i).label() + "”在" + missing[i] + "次历史评估中没有记录（新增的输入？），按空值回放");
            }
        }
        return warnings;
    }

    /** The historic value of each of the draft's inputs; null if one cannot be read back. */
    private Object[] inputValues(List<Value> rows) {
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

    /** Each matched rule's outputs as history holds them, in rule order; null if one cannot be read back. */
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

    private Map<String, Object> variables(Object[] values) {
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

    private Change change(Evaluation evaluation, Object[] values, List<Map<String, Object>> before, List<Value> outputs,
            Outcome after, String error) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            inputs.put(columns.get(i).name(), values[i]);
        }
        Set<String> rulesBefore = new LinkedHashSet<>();
        outputs.stream().sorted(BY_RULE_ORDER).forEach(row -> rulesBefore.add(row.ruleId()));
        Object afterValue = after == null ? null : aggregated ? after.collectValue() : after.outputs();
        return new Change(evaluation.id(), evaluation.processInstanceId(), null, evaluation.tenantId(), null, null,
                evaluation.evaluatedAt(), inputs, aggregated ? evaluation.collectValue() : before, afterValue,
                List.copyOf(rulesBefore), after == null ? List.of() : after.ruleIds(), error);
    }

    private void list(Change change) {
        if (changes.size() < PolicyReplay.MAX_LISTED) {
            changes.add(change);
        }
    }
}
