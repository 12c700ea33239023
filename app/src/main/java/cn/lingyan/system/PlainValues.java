package cn.lingyan.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Tasklist submits lists and objects as Spin JSON variables; services and validators want plain
 * maps, lists, strings, numbers and booleans. This converts either way.
 */
public final class PlainValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlainValues() {}

    public static Object of(Object value) {
        if (value instanceof SpinJsonNode node) {
            try {
                return MAPPER.readValue(node.toString(), Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable JSON variable", e);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> listOfMaps(Object value) {
        Object plain = of(value);
        if (plain == null) {
            return List.of();
        }
        if (!(plain instanceof Collection<?> collection)) {
            throw new IllegalArgumentException("Expected a list, got " + plain.getClass().getSimpleName());
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object item : collection) {
            if (item instanceof Map<?, ?> map) {
                result.add((Map<String, Object>) map);
            }
        }
        return result;
    }

    public static List<String> strings(Object value) {
        Object plain = of(value);
        if (plain == null) {
            return List.of();
        }
        if (plain instanceof Collection<?> collection) {
            return collection.stream().filter(v -> v != null).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(plain));
    }

    /** A JSON value for a process variable that Tasklist forms can read back (dynamic lists, tables). */
    public static SpinJsonNode json(Object value) {
        return org.camunda.spin.Spin.JSON(jsonText(value));
    }

    /** The value as JSON text, e.g. to keep submitted indicators in the ledger. */
    public static String jsonText(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    public static String text(Object value) {
        Object plain = of(value);
        return plain == null ? null : String.valueOf(plain).trim();
    }

    public static boolean bool(Object value) {
        Object plain = of(value);
        if (plain instanceof Boolean b) {
            return b;
        }
        return plain != null && Boolean.parseBoolean(String.valueOf(plain));
    }

    public static Double number(Object value) {
        Object plain = of(value);
        if (plain == null || (plain instanceof String s && s.isBlank())) {
            return null;
        }
        if (plain instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(String.valueOf(plain).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
