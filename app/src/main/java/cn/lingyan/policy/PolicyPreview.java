package cn.lingyan.policy;

import cn.lingyan.policy.DraftTable.Column;
import cn.lingyan.policy.TableEngine.Hit;
import cn.lingyan.policy.TableEngine.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 试算: a policy owner types inputs and sees what a draft table (not deployed) decides — the outputs of each matched
 * rule with the rule's id and description. Inputs arrive as JSON strings, numbers and booleans and are converted by
 * each input's type (typeRef); a value of the wrong type, an unsafe or unreadable table, or a table that cannot decide
 * on these inputs is refused in Chinese (LY-20001).
 */
@Service
public class PolicyPreview {

    public record InputValue(String id, String label, String name, String typeRef, Object value) {}

    public record MatchedRule(String ruleId, String description, Map<String, Object> outputs) {}

    /** {@code aggregate}: for COLLECT with an aggregator (SUM, COUNT, MIN, MAX), the aggregated value; else null. */
    public record Preview(String decisionKey, String decisionName, String hitPolicy, List<InputValue> inputs,
            List<MatchedRule> matchedRules, Object aggregate) {}

    private final PolicyAccess access;
    private final UploadSafety safety;
    private final PolicyProperties properties;

    PolicyPreview(PolicyAccess access, UploadSafety safety, PolicyProperties properties) {
        this.access = access;
        this.safety = safety;
        this.properties = properties;
    }

    /** Evaluates the draft {@code dmnText}'s decision {@code decisionKey} on {@code inputs} (keyed by input name). */
    public Preview evaluate(String dmnText, String decisionKey, Map<String, Object> inputs) {
        access.tenantForReading(null);
        DraftTable draft = DraftTable.read(safety, properties.maxUploadBytes(), dmnText, decisionKey);
        Map<String, Object> variables = new HashMap<>();
        if (inputs != null) {
            inputs.forEach((name, value) -> variables.put(name, plain(name, value)));
        }
        List<InputValue> echoed = new ArrayList<>();
        for (Column column : draft.columns()) {
            Object value = coerce(column, variables.get(column.name()));
            variables.put(column.name(), value);
            echoed.add(new InputValue(column.id(), column.label(), column.name(), column.typeRef(), value));
        }
        TableEngine engine = new TableEngine(false);
        Outcome outcome;
        try {
            outcome = engine.evaluate(draft.decision(engine), variables);
        } catch (RuntimeException e) {
            throw DraftTable.refused("决策表无法对这组输入作出决定：" + DraftTable.firstLine(e.getMessage()));
        }
        List<MatchedRule> matched = new ArrayList<>();
        for (Hit hit : outcome.hits()) {
            matched.add(new MatchedRule(hit.ruleId(), draft.description(hit.ruleId()), hit.outputs()));
        }
        return new Preview(draft.key(), draft.name(), draft.hitPolicy(), echoed, matched,
                outcome.collectName() == null ? null : outcome.collectValue());
    }

    /** A typed value in the input's type, or a refusal that names the input, the type wanted and the value given. */
    static Object coerce(Column column, Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        String type = column.typeRef() == null ? "" : column.typeRef().trim().toLowerCase(Locale.ROOT);
        try {
            return switch (type) {
                case "string" -> raw instanceof String || raw instanceof Number || raw instanceof Boolean ? raw.toString() : wrong(column, raw, "文字");
                case "integer" -> integral(raw).intValueExact();
                case "long" -> integral(raw).longValueExact();
                case "double" -> number(raw).doubleValue();
                case "boolean" -> bool(column, raw);
                case "date" -> date(raw);
                default -> raw;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            return wrong(column, raw, "integer".equals(type) || "long".equals(type) ? "整数" : "数字");
        } catch (DateTimeParseException | ClassCastException e) {
            return wrong(column, raw, "日期（如 2026-01-31 或 2026-01-31T09:00:00）");
        }
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (raw instanceof String text) {
            return new BigDecimal(text.trim());
        }
        throw new NumberFormatException(String.valueOf(raw));
    }

    private static BigDecimal integral(Object raw) {
        BigDecimal number = number(raw);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new ArithmeticException("not integral");
        }
        return number;
    }

    private static Boolean bool(Column column, Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        String text = raw instanceof String s ? s.trim().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "true", "是" -> true;
            case "false", "否" -> false;
            default -> (Boolean) wrong(column, raw, "是或否（true/false）");
        };
    }

    private static Date date(Object raw) {
        String text = ((String) raw).trim();
        LocalDateTime time = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        // FEEL reads a java.util.Date as a local date-time in the JVM's zone: the typed value reaches the table unchanged
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Object wrong(Column column, Object raw, String wanted) {
        throw DraftTable.refused("输入“" + column.label() + "”（" + column.name() + "）应为" + wanted + "，收到“" + raw + "”");
    }

    /** Variables other than the inputs' own (read by input expressions that are not plain names) pass as typed. */
    private static Object plain(String name, Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw DraftTable.refused("输入“" + name + "”应为单个值（文字、数字或是/否）");
        }
        return value;
    }
}
