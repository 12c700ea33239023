package cn.lingyan.system;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one way listeners read the values of a task or execution. The deployed form has already checked every
 * completion and start on the server (FormValidationPlugin: required, options, ranges, lengths, patterns, dates),
 * so these only read; the refusals here are the rules a form cannot express: dates measured against today.
 */
public final class Inputs {

    private Inputs() {}

    /** Trimmed text; null when the variable is absent. */
    public static String text(VariableScope scope, String name) {
        return PlainValues.text(scope.getVariable(name));
    }

    /** Trimmed text, or null when absent or empty: for a field the form lets a person leave blank. */
    public static String optional(VariableScope scope, String name) {
        String text = text(scope, name);
        return text == null || text.isEmpty() ? null : text;
    }

    public static Double number(VariableScope scope, String name) {
        return PlainValues.number(scope.getVariable(name));
    }

    public static boolean bool(VariableScope scope, String name) {
        return PlainValues.bool(scope.getVariable(name));
    }

    /** A checklist or taglist: the chosen values, empty when none. */
    public static List<String> strings(VariableScope scope, String name) {
        return PlainValues.strings(scope.getVariable(name));
    }

    /** A dynamic list: its rows, empty when none. */
    public static List<Map<String, Object>> rows(VariableScope scope, String name) {
        return PlainValues.listOfMaps(scope.getVariable(name));
    }

    /** An object, such as a decision result kept with {@code camunda:mapDecisionResult="singleResult"}; empty when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(VariableScope scope, String name) {
        return PlainValues.of(scope.getVariable(name)) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A date as form-js submits it (yyyy-MM-dd), or null when empty. */
    public static LocalDate date(VariableScope scope, String name, String label) {
        return date(scope.getVariable(name), label);
    }

    /** A date field of a dynamic list's row, read like {@link #date(VariableScope, String, String)}. */
    public static LocalDate date(Object value, String label) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        }
        String text = PlainValues.text(value);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + label + "”不是有效日期（格式：年-月-日）");
        }
    }

    /** A required date on or before today: meetings, postings and filings are recorded after they happened. */
    public static LocalDate pastDate(VariableScope scope, String name, String label, Clock clock) {
        LocalDate date = date(scope, name, label);
        if (date == null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "请填写“" + label + "”");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + label + "”" + date + "晚于今天，请填写实际日期");
        }
        return date;
    }

    /**
     * A required date between {@code maxDaysBack} days ago and today, for when a posting went up: late records are
     * allowed, guesses far in the past are not.
     */
    public static LocalDate recentPastDate(VariableScope scope, String name, String label, Clock clock, int maxDaysBack) {
        LocalDate date = pastDate(scope, name, label, clock);
        if (date.isBefore(LocalDate.now(clock).minusDays(maxDaysBack))) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + label + "”" + date + "早于" + maxDaysBack
                    + "天前，请填写本次的实际日期");
        }
        return date;
    }

    public static Date startOf(LocalDate day, Clock clock) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
