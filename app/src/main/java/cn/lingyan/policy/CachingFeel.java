package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The process engine's FEEL (Camunda's Scala FEEL engine, which every expression here still goes to once), remembering
 * each expression's result for the values of the variables it names. FEEL 1.19.3, the version Camunda 7.24 ships,
 * builds its whole built-in function table on every evaluation (~50 µs), so a replay of 50,000 evaluations with nine
 * expressions each would take ~25 s; the same score or ratio recurs across cases, so remembering brings it under a
 * second. Safe because an expression's result depends only on the variables it names (and, for an input entry, the
 * cell input): an expression calling now(), today() or a random number is never remembered, nor one whose variables
 * hold anything but plain values. Only for variables with plain names (a replay's {@code replayInput0…} and the inputs'
 * own names): FEEL also reads a name with spaces ("first name"), which the names found in the text would miss. One
 * instance per replay, used by one thread: the memory is bounded, and dropped with it.
 */
final class CachingFeel implements FeelEngine {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> VOLATILE = Set.of("now", "today", "random");
    /** Its own instance, told apart by identity from a list of no names. */
    private static final List<String> NOT_REMEMBERED = java.util.Collections.unmodifiableList(new ArrayList<>());
    private static final int MAX_RESULTS = 200_000;

    private enum Marker { ABSENT, NULL }

    private final FeelEngine feel;
    private final Map<String, List<String>> names = new HashMap<>();
    private final Map<List<Object>, Object> results = new HashMap<>();

    CachingFeel(FeelEngine feel) {
        this.feel = feel;
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
        List<Object> key = key(expression, null, context);
        if (key == null) {
            return feel.evaluateSimpleExpression(expression, context);
        }
        Object result = results.get(key);
        if (result == null) {
            result = feel.evaluateSimpleExpression(expression, context);
            remember(key, result);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) (result == Marker.NULL ? null : result);
        return typed;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
        List<Object> key = key(expression, inputVariable, context);
        if (key == null) {
            return feel.evaluateSimpleUnaryTests(expression, inputVariable, context);
        }
        Object result = results.get(key);
        if (result == null) {
            result = feel.evaluateSimpleUnaryTests(expression, inputVariable, context);
            remember(key, result);
        }
        return (Boolean) result;
    }

    private void remember(List<Object> key, Object result) {
        if (results.size() >= MAX_RESULTS) {
            results.clear();
        }
        results.put(key, result == null ? Marker.NULL : result);
    }

    /** The expression (and cell input) with the values it reads, or null when its result must not be remembered. */
    private List<Object> key(String expression, String inputVariable, VariableContext context) {
        List<String> referenced = names.computeIfAbsent(expression, CachingFeel::namesIn);
        if (referenced == NOT_REMEMBERED) {
            return null;
        }
        List<Object> key = new ArrayList<>(referenced.size() + 3);
        key.add(inputVariable == null ? "E" : "U");
        key.add(expression);
        if (inputVariable != null && !addValue(key, context, inputVariable)) {
            return null;
        }
        for (String name : referenced) {
            if (!addValue(key, context, name)) {
                return null;
            }
        }
        return key;
    }

    private static boolean addValue(List<Object> key, VariableContext context, String name) {
        if (!context.containsVariable(name)) {
            key.add(Marker.ABSENT);
            return true;
        }
        TypedValue typed = context.resolve(name);
        Object value = typed == null ? null : typed.getValue();
        if (value == null) {
            key.add(Marker.NULL);
            return true;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date) {
            key.add(value);
            return true;
        }
        return false;
    }

    /** Whether an expression's result depends on nothing but the variables it names (no volatile function). */
    static boolean remembered(String expression) {
        return namesIn(expression) != NOT_REMEMBERED;
    }

    /** The names an expression reads (string literals left out); none remembered when it calls a volatile function. */
    static List<String> namesIn(String expression) {
        if (expression.indexOf('`') >= 0) {
            return NOT_REMEMBERED;
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(STRING.matcher(expression).replaceAll("\"\""));
        while (matcher.find()) {
            if (VOLATILE.contains(matcher.group())) {
                return NOT_REMEMBERED;
            }
            found.add(matcher.group());
        }
        return List.copyOf(found);
    }
}
