package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one version of a process or decision table to another (or to a draft), as 规则与流程管理 shows it
 * before a deployment: decision tables rule by rule and cell by cell, process elements attribute by attribute, and
 * the forms a process version deploys with it field by field. Only changes are listed; empty lists mean no change.
 */
public record DiffReport(Version from, Version to, List<TableChange> decisions, List<ItemChange> elements, List<FormChange> forms) {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** One side of the comparison; a draft has only its kind, key and file name. */
    public record Version(String definitionId, String kind, String key, Integer version, String versionTag, String tenantId,
            String resourceName) {}

    /** One attribute of an element, column, field or table; null where it is absent on that side. */
    public record AttributeChange(String attribute, String before, String after) {}

    /** A process element, decision table column or form field, with the attributes that differ (all of them when added or removed). */
    public record ItemChange(String id, String name, String type, Change change, List<AttributeChange> attributes) {}

    public record TableChange(String decisionId, String name, Change change, List<AttributeChange> attributes, List<ItemChange> columns,
            List<RuleChange> rules) {}

    /**
     * One rule of a table; positions count from 1, {@code moved} says the rule changed places among the rules both versions
     * share (the order decides under hit policy FIRST). The cells are the changed ones (all of them when added or removed).
     */
    public record RuleChange(String ruleId, Change change, Integer positionBefore, Integer positionAfter, boolean moved, String description,
            List<CellChange> cells) {}

    /** A cell of a rule: {@code column} is the input's or output's label, {@code columnType} INPUT, OUTPUT or ANNOTATION. */
    public record CellChange(String column, String columnType, String before, String after) {}

    public record FormChange(String formId, Change change, List<ItemChange> fields) {}

    /** An element, column or field as a differ reads it: its attributes as display text, in reading order. */
    record Item(String id, String name, String type, Map<String, String> attributes) {}

    /** The attributes that differ, in the order of {@code after} and then those only {@code before} has. */
    static List<AttributeChange> compare(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<AttributeChange> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changes.add(new AttributeChange(name, before.get(name), after.get(name)));
            }
        }
        return changes;
    }

    /** Items matched by id: the added, removed and changed ones, in the order of {@code after} and then the removed ones. */
    static List<ItemChange> compareItems(Map<String, Item> before, Map<String, Item> after) {
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<ItemChange> changes = new ArrayList<>();
        for (String id : ids) {
            Item old = before.get(id);
            Item now = after.get(id);
            Item shown = now != null ? now : old;
            Change change = old == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED;
            List<AttributeChange> attributes = compare(typed(old), typed(now));
            if (!attributes.isEmpty()) {
                changes.add(new ItemChange(id, shown.name(), shown.type(), change, attributes));
            }
        }
        return changes;
    }

    private static Map<String, String> typed(Item item) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (item != null) {
            attributes.put("type", item.type());
            attributes.putAll(item.attributes());
        }
        return attributes;
    }
}
