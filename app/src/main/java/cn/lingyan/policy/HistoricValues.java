package cn.lingyan.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values as the engine's history stores them, and outcomes compared as a person would: a variable's value sits in the
 * column its type serialises to (string → TEXT_; integer, short, long, boolean 1/0, date in epoch ms → LONG_; double →
 * DOUBLE_; null in none). Objects, JSON and files sit in byte arrays that a replay does not read: such a value is
 * {@link #UNREADABLE}. Numbers compare by value (75, 75L and 75.0 are the same score), dates by instant.
 */
final class HistoricValues {

    /** A value the replay cannot read back (a serialised object, JSON, XML, bytes or a file). */
    static final Object UNREADABLE = new Object() {
        @Override
        public String toString() {
            return "（无法读取的值）";
        }
    };

    private HistoricValues() {}

    static Object decode(ReplayHistory.Value value) {
        String type = value.varType() == null ? "null" : value.varType();
        Long number = value.longValue();
        return switch (type) {
            case "null" -> null;
            case "string" -> value.textValue();
            case "double" -> value.doubleValue();
            case "boolean" -> number == null ? null : number != 0;
            case "date" -> number == null ? null : new Date(number);
            case "integer" -> number == null ? null : number.intValue();
            case "short" -> number == null ? null : number.shortValue();
            case "long" -> number;
            default -> UNREADABLE;
        };
    }

    /** Whether two outcomes (each matched rule's outputs, in order) are the same decision. */
    static boolean sameOutputs(List<Map<String, Object>> before, List<Map<String, Object>> after) {
        return normalised(before).equals(normalised(after));
    }

    static boolean sameValue(Object a, Object b) {
        return java.util.Objects.equals(normalised(a), normalised(b));
    }

    private static List<Map<String, Object>> normalised(List<Map<String, Object>> outputs) {
        List<Map<String, Object>> result = new ArrayList<>(outputs.size());
        for (Map<String, Object> hit : outputs) {
            Map<String, Object> values = new LinkedHashMap<>();
            hit.forEach((name, value) -> values.put(name, normalised(value)));
            result.add(values);
        }
        return result;
    }

    private static Object normalised(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).stripTrailingZeros() : value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        return value;
    }
}
