package cn.lingyan.engine;
import cn.lingyan.system.PlainValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks submitted values against the rules written in a Camunda Form (form-js schema): required,
 * min/max, minLength/maxLength, pattern, the options of selects, radios and checklists, dates, and the
 * same rules inside dynamic lists and groups. Fields hidden by their {@code conditional.hide} expression
 * are skipped, exactly as the browser skips them. One source of truth: a policy owner who changes a
 * form in Modeler changes the server check too.
 */
public final class FormSchemaValidator {

    /** Evaluates a form-js FEEL condition against the visible values; may throw when it cannot. */
    public interface ConditionEvaluator {
        boolean isTrue(String feelExpression, Map<String, Object> variables);
    }

    private static final Set<String> CHOICE_TYPES = Set.of("select", "radio");
    private static final Set<String> MULTI_CHOICE_TYPES = Set.of("checklist", "taglist");

    private final ConditionEvaluator conditions;

    public FormSchemaValidator(ConditionEvaluator conditions) {
        this.conditions = conditions;
    }

    /** Returns the problems found, in Chinese, in form order; empty when the values pass. */
    @SuppressWarnings("unchecked")
    public List<String> validate(Map<String, Object> schema, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        Object components = schema.get("components");
        if (components instanceof List<?> list) {
            checkComponents((List<Map<String, Object>>) list, values, values, "", problems);
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void checkComponents(List<Map<String, Object>> components, Map<String, Object> scope,
            Map<String, Object> context, String prefix, List<String> problems) {
        for (Map<String, Object> component : components) {
            if (isHidden(component, context)) {
                continue;
            }
            String type = String.valueOf(component.get("type"));
            if ("group".equals(type)) {
                Map<String, Object> inner = scope;
                Object path = component.get("path");
                if (path instanceof String p && !p.isBlank() && scope.get(p) instanceof Map<?, ?> nested) {
                    inner = (Map<String, Object>) nested;
                }
                checkComponents(children(component), inner, context, prefix, problems);
                continue;
            }
            Object key = component.get("key") != null ? component.get("key") : component.get("path");
            if (!(key instanceof String name) || Boolean.TRUE.equals(component.get("readonly"))
                    || Boolean.TRUE.equals(component.get("disabled"))) {
                continue;
            }
            String label = prefix + label(component, name);
            Object value = PlainValues.of(scope.get(name));
            if ("dynamiclist".equals(type)) {
                checkList(component, value, context, label, problems);
            } else {
                checkField(component, type, value, label, problems);
            }
        }
    }

    private void checkList(Map<String, Object> component, Object value, Map<String, Object> context, String label,
            List<String> problems) {
        Map<String, Object> validate = validateBlock(component);
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
            if (Boolean.TRUE.equals(validate.get("required"))) {
                problems.add("「" + label + "」至少要填写一项");
            }
            return;
        }
        if (!(value instanceof List<?> items)) {
            problems.add("「" + label + "」格式不正确");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> raw)) {
                problems.add("「" + label + "」第" + (i + 1) + "项格式不正确");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) raw;
            Map<String, Object> itemContext = new HashMap<>(context);
            itemContext.putAll(item);
            itemContext.put("this", item);
            itemContext.put("parent", context);
            checkComponents(children(component), item, itemContext, label + "第" + (i + 1) + "项·", problems);
        }
    }

    private void checkField(Map<String, Object> component, String type, Object value, String label, List<String> problems) {
        Map<String, Object> validate = validateBlock(component);
        // form-js treats an unticked required checkbox as missing (a pledge that must be ticked)
        boolean unticked = "checkbox".equals(type) && (Boolean.FALSE.equals(value) || "false".equals(value));
        if (isEmpty(value) || unticked && Boolean.TRUE.equals(validate.get("required"))) {
            if (Boolean.TRUE.equals(validate.get("required"))) {
                problems.add("「" + label + "」为必填项");
            }
            return;
        }
        switch (type) {
            case "number" -> checkNumber(validate, component.get("decimalDigits"), value, label, problems);
            case "textfield", "textarea" -> checkText(validate, value, label, problems);
            case "datetime" -> checkDate(component, value, label, problems);
            case "checkbox" -> {
                if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                    problems.add("「" + label + "」只能是“是”或“否”");
                }
            }
            default -> {
                if (CHOICE_TYPES.contains(type)) {
                    checkChoice(component, List.of(value), label, problems);
                } else if (MULTI_CHOICE_TYPES.contains(type)) {
                    checkChoice(component, value instanceof Collection<?> c ? c : List.of(value), label, problems);
                }
            }
        }
    }

    private static void checkNumber(Map<String, Object> validate, Object decimalDigits, Object value, String label,
            List<String> problems) {
        Double number = PlainValues.number(value);
        if (number == null || number.isNaN() || number.isInfinite()) {
            problems.add("「" + label + "」必须是数字");
            return;
        }
        Double digits = PlainValues.number(decimalDigits);
        if (digits != null && new java.math.BigDecimal(String.valueOf(value).trim()).stripTrailingZeros().scale() > digits) {
            problems.add("「" + label + "」" + (digits == 0 ? "必须是整数" : "最多保留" + plain(digits) + "位小数"));
        }
        Double min = PlainValues.number(validate.get("min"));
        Double max = PlainValues.number(validate.get("max"));
        if (min != null && number < min) {
            problems.add("「" + label + "」不能小于" + plain(min));
        }
        if (max != null && number > max) {
            problems.add("「" + label + "」不能大于" + plain(max));
        }
    }

    private static void checkText(Map<String, Object> validate, Object value, String label, List<String> problems) {
        String text = String.valueOf(value);
        Double minLength = PlainValues.number(validate.get("minLength"));
        Double maxLength = PlainValues.number(validate.get("maxLength"));
        int length = text.codePointCount(0, text.length());
        if (minLength != null && length < minLength) {
            problems.add("「" + label + "」至少" + plain(minLength) + "个字");
        }
        if (maxLength != null && length > maxLength) {
            problems.add("「" + label + "」不能超过" + plain(maxLength) + "个字");
        }
        Object pattern = validate.get("pattern");
        if (pattern instanceof String regex && !regex.isBlank()) {
            try {
                if (!Pattern.compile(regex).matcher(text).matches()) {
                    problems.add("「" + label + "」格式不正确");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("Form pattern for " + label + " is not a valid regular expression", e);
            }
        }
    }

    private static void checkDate(Map<String, Object> component, Object value, String label, List<String> problems) {
        if (!"date".equals(component.get("subtype"))) {
            return;
        }
        try {
            LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            problems.add("「" + label + "」不是有效日期（格式：年-月-日）");
        }
    }

    private static void checkChoice(Map<String, Object> component, Collection<?> chosen, String label, List<String> problems) {
        Object values = component.get("values");
        if (!(values instanceof List<?> options)) {
            return; // options from input data (valuesKey/valuesExpression) are checked by the process
        }
        List<String> allowed = options.stream().filter(Map.class::isInstance).map(o -> String.valueOf(((Map<?, ?>) o).get("value"))).toList();
        Predicate<Object> valid = v -> allowed.contains(String.valueOf(v));
        for (Object choice : chosen) {
            if (!valid.test(choice)) {
                problems.add("「" + label + "」的选项“" + choice + "”无效");
            }
        }
    }

    private boolean isHidden(Map<String, Object> component, Map<String, Object> context) {
        if (component.get("conditional") instanceof Map<?, ?> conditional && conditional.get("hide") instanceof String hide
                && !hide.isBlank()) {
            String expression = hide.startsWith("=") ? hide.substring(1) : hide;
            return conditions.isTrue(expression, context);
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> component) {
        Object inner = component.get("components");
        return inner instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> validateBlock(Map<String, Object> component) {
        Object validate = component.get("validate");
        return validate instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String label(Map<String, Object> component, String key) {
        for (String property : List.of("label", "dateLabel", "text")) {
            if (component.get(property) instanceof String label && !label.isBlank()) {
                return label;
            }
        }
        return key;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
