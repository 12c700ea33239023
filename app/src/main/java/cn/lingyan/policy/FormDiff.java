package cn.lingyan.policy;

import cn.lingyan.policy.DiffReport.Change;
import cn.lingyan.policy.DiffReport.FormChange;
import cn.lingyan.policy.DiffReport.Item;
import cn.lingyan.policy.DiffReport.ItemChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Camunda Forms (form-js JSON) compared field by field, matched by key (by id for text, groups and tables, which have
 * none; inside a dynamic list by list path + key): label, type, validation, options, conditions and every other
 * setting. Layout (rows and columns) is not compared.
 */
final class FormDiff {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_COMPARED = Set.of("id", "key", "components", "layout");

    private FormDiff() {}

    /** The forms of two process versions, matched by form id. */
    static List<FormChange> diff(List<ModelFile> before, List<ModelFile> after) {
        Map<String, JsonNode> old = byId(before);
        Map<String, JsonNode> now = byId(after);
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(old.keySet());
        List<FormChange> changes = new ArrayList<>();
        for (String id : ids) {
            List<ItemChange> fields = DiffReport.compareItems(fields(old.get(id)), fields(now.get(id)));
            Change change = !old.containsKey(id) ? Change.ADDED : !now.containsKey(id) ? Change.REMOVED : Change.CHANGED;
            if (change != Change.CHANGED || !fields.isEmpty()) {
                changes.add(new FormChange(id, change, fields));
            }
        }
        return changes;
    }

    private static Map<String, JsonNode> byId(List<ModelFile> forms) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (ModelFile form : forms) {
            try {
                byId.put(form.definitions().get(0).key(), JSON.readTree(form.content()));
            } catch (IOException e) {
                throw new UncheckedIOException("Form " + form.name() + " was readable when it was checked", e);
            }
        }
        return byId;
    }

    private static Map<String, Item> fields(JsonNode form) {
        Map<String, Item> fields = new LinkedHashMap<>();
        if (form != null) {
            collect(form.path("components"), "", fields);
        }
        return fields;
    }

    private static void collect(JsonNode components, String path, Map<String, Item> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            String id = key.isEmpty() ? component.path("id").asText("") : path + key;
            Map<String, String> attributes = new LinkedHashMap<>();
            component.fields().forEachRemaining(field -> {
                if (!NOT_COMPARED.contains(field.getKey()) && !"type".equals(field.getKey())) {
                    flatten(field.getKey(), field.getValue(), attributes);
                }
            });
            String label = component.path("label").asText(component.path("dateLabel").asText(null));
            fields.put(id, new Item(id, label, component.path("type").asText(), attributes));
            String nested = component.hasNonNull("path") && component.path("isRepeating").asBoolean(false)
                    ? path + component.path("path").asText() + "." : path;
            collect(component.path("components"), nested, fields);
        }
    }

    /** "validate.min" → "0"; options as "同意（APPROVE）、退回（RETURN）"; other lists as JSON. */
    private static void flatten(String name, JsonNode value, Map<String, String> attributes) {
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> flatten(name + "." + field.getKey(), field.getValue(), attributes));
        } else if (value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(v -> v.has("label"))) {
            List<String> options = new ArrayList<>();
            value.forEach(v -> options.add(v.path("label").asText() + "（" + v.path(v.has("value") ? "value" : "key").asText() + "）"));
            attributes.put(name, String.join("、", options));
        } else {
            attributes.put(name, value.isValueNode() ? value.asText() : value.toString());
        }
    }
}
