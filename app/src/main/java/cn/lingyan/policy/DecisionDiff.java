package cn.lingyan.policy;

import cn.lingyan.policy.DiffReport.AttributeChange;
import cn.lingyan.policy.DiffReport.CellChange;
import cn.lingyan.policy.DiffReport.Change;
import cn.lingyan.policy.DiffReport.Item;
import cn.lingyan.policy.DiffReport.ItemChange;
import cn.lingyan.policy.DiffReport.RuleChange;
import cn.lingyan.policy.DiffReport.TableChange;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

/**
 * Decision table versions compared as a policy owner reads them: the table's hit policy and columns, then rule by rule
 * (matched by rule id; a rule without an id, which hand-written tables may have, by position), each changed cell under
 * its column's label.
 */
final class DecisionDiff {

    static final String ANNOTATION = "注释";

    private DecisionDiff() {}

    /** A table as read: its columns (inputs, then outputs) and its rules, each rule's cells keyed by column id. */
    private record Table(Decision decision, Map<String, Item> columns, List<TableRule> rules) {}

    private record TableRule(String id, String description, Map<String, String> cells) {}

    static List<TableChange> diff(ModelFile from, ModelFile to) {
        Map<String, Table> before = tables(from);
        Map<String, Table> after = tables(to);
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<TableChange> changes = new ArrayList<>();
        for (String id : ids) {
            TableChange change = compare(before.get(id), after.get(id));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static TableChange compare(Table before, Table after) {
        Table shown = after != null ? after : before;
        Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
        List<AttributeChange> attributes = DiffReport.compare(attributes(before), attributes(after));
        List<ItemChange> columns = DiffReport.compareItems(columns(before), columns(after));
        List<RuleChange> rules = rules(before, after);
        if (change == Change.CHANGED && attributes.isEmpty() && columns.isEmpty() && rules.isEmpty()) {
            return null;
        }
        return new TableChange(shown.decision().getId(), shown.decision().getName(), change, attributes, columns, rules);
    }

    private static List<RuleChange> rules(Table before, Table after) {
        List<TableRule> old = before == null ? List.of() : before.rules();
        List<TableRule> now = after == null ? List.of() : after.rules();
        Map<String, Item> columns = new LinkedHashMap<>(columns(after));
        columns(before).forEach(columns::putIfAbsent);
        Integer[] partner = pair(old, now);
        Set<Integer> kept = inOrder(partner);
        List<RuleChange> changes = new ArrayList<>();
        for (int j = 0; j < now.size(); j++) {
            TableRule rule = now.get(j);
            TableRule was = partner[j] == null ? null : old.get(partner[j]);
            List<CellChange> cells = cells(columns, was, rule);
            boolean moved = was != null && !kept.contains(j);
            if (was == null || moved || !cells.isEmpty()) {
                changes.add(new RuleChange(rule.id() != null || was == null ? rule.id() : was.id(), was == null ? Change.ADDED : Change.CHANGED,
                        was == null ? null : partner[j] + 1, j + 1, moved, rule.description(), cells));
            }
        }
        Set<Integer> matched = new HashSet<>(java.util.Arrays.asList(partner));
        for (int i = 0; i < old.size(); i++) {
            if (!matched.contains(i)) {
                TableRule rule = old.get(i);
                changes.add(new RuleChange(rule.id(), Change.REMOVED, i + 1, null, false, rule.description(), cells(columns, rule, null)));
            }
        }
        return changes;
    }

    /** For each rule of {@code now}, the index of its counterpart in {@code old}: same id, else, where one of them has none, same position. */
    private static Integer[] pair(List<TableRule> old, List<TableRule> now) {
        Integer[] partner = new Integer[now.size()];
        Set<Integer> taken = new HashSet<>();
        for (int j = 0; j < now.size(); j++) {
            for (int i = 0; i < old.size(); i++) {
                if (now.get(j).id() != null && now.get(j).id().equals(old.get(i).id()) && taken.add(i)) {
                    partner[j] = i;
                    break;
                }
            }
        }
        for (int j = 0; j < now.size() && j < old.size(); j++) {
            if (partner[j] == null && !taken.contains(j) && (now.get(j).id() == null || old.get(j).id() == null)) {
                partner[j] = j;
                taken.add(j);
            }
        }
        return partner;
    }

    /** The rules (by index in the new table) that kept their relative order: the longest run of paired rules in the old order. */
    private static Set<Integer> inOrder(Integer[] partner) {
        int n = partner.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int j = 0; j < n; j++) {
            previous[j] = -1;
            if (partner[j] == null) {
                continue;
            }
            length[j] = 1;
            for (int k = 0; k < j; k++) {
                if (partner[k] != null && partner[k] < partner[j] && length[k] + 1 > length[j]) {
                    length[j] = length[k] + 1;
                    previous[j] = k;
                }
            }
            if (best < 0 || length[j] > length[best]) {
                best = j;
            }
        }
        Set<Integer> kept = new HashSet<>();
        for (int j = best; j >= 0; j = previous[j]) {
            kept.add(j);
        }
        return kept;
    }

    /** The cells that differ (all of them when the rule is only on one side), under the newer label of their column. */
    private static List<CellChange> cells(Map<String, Item> columns, TableRule old, TableRule now) {
        List<CellChange> cells = new ArrayList<>();
        columns.forEach((id, column) -> {
            String was = old == null ? null : old.cells().get(id);
            String is = now == null ? null : now.cells().get(id);
            if (!Objects.equals(was, is)) {
                cells.add(new CellChange(column.name(), column.type().toUpperCase(Locale.ROOT), was, is));
            }
        });
        String was = old == null ? null : old.description();
        String is = now == null ? null : now.description();
        if (!Objects.equals(was, is)) {
            cells.add(new CellChange(ANNOTATION, "ANNOTATION", was, is));
        }
        return cells;
    }

    private static Map<String, Item> columns(Table table) {
        return table == null ? Map.of() : table.columns();
    }

    private static Map<String, String> attributes(Table table) {
        Map<String, String> values = new LinkedHashMap<>();
        if (table == null) {
            return values;
        }
        Decision decision = table.decision();
        put(values, "name", decision.getName());
        put(values, "versionTag", decision.getVersionTag());
        put(values, "historyTimeToLive", decision.getCamundaHistoryTimeToLiveString());
        if (decision.getExpression() instanceof DecisionTable decisionTable) {
            put(values, "hitPolicy", decisionTable.getHitPolicy() == null ? null : decisionTable.getHitPolicy().name());
            put(values, "aggregation", decisionTable.getAggregation() == null ? null : decisionTable.getAggregation().name());
        } else if (decision.getExpression() instanceof LiteralExpression literal) {
            put(values, "literalExpression", text(literal.getText()));
        }
        return values;
    }

    private static Map<String, Table> tables(ModelFile file) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Decision decision : Dmn.readModelFromStream(new ByteArrayInputStream(file.content())).getModelElementsByType(Decision.class)) {
            Map<String, Item> columns = new LinkedHashMap<>();
            List<TableRule> rules = new ArrayList<>();
            if (decision.getExpression() instanceof DecisionTable table) {
                for (Input input : table.getInputs()) {
                    InputExpression expression = input.getInputExpression();
                    column(columns, input, "input", "label", input.getLabel(),
                            "expression", expression == null ? null : text(expression.getText()),
                            "typeRef", expression == null ? null : expression.getTypeRef(), "inputVariable", input.getCamundaInputVariable());
                }
                for (Output output : table.getOutputs()) {
                    column(columns, output, "output", "label", output.getLabel(), "name", output.getName(), "typeRef", output.getTypeRef());
                }
                List<String> columnIds = List.copyOf(columns.keySet());
                for (Rule rule : table.getRules()) {
                    List<String> entries = new ArrayList<>();
                    rule.getInputEntries().forEach(e -> entries.add(text(e.getText())));
                    rule.getOutputEntries().forEach(e -> entries.add(text(e.getText())));
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int k = 0; k < entries.size() && k < columnIds.size(); k++) {
                        cells.put(columnIds.get(k), entries.get(k));
                    }
                    rules.add(new TableRule(rule.getId(), description(rule), cells));
                }
            }
            tables.put(decision.getId(), new Table(decision, columns, rules));
        }
        return tables;
    }

    /** A column named by its label (else its expression or output name), with {@code attributes} as name, value, name, value… */
    private static void column(Map<String, Item> columns, DmnElement clause, String type, String... attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < attributes.length; k += 2) {
            put(values, attributes[k], attributes[k + 1]);
        }
        String id = clause.getId() != null ? clause.getId() : type + "#" + (columns.size() + 1);
        String label = Stream.of("label", "expression", "name").map(values::get).filter(Objects::nonNull).findFirst().orElse(id);
        columns.put(id, new Item(id, label, type, values));
    }

    static String description(DmnElement element) {
        return element.getDescription() == null ? null : element.getDescription().getTextContent().strip();
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String text(Text text) {
        return text == null ? "" : text.getTextContent().strip();
    }
}
