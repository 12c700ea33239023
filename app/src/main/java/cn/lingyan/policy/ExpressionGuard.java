package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a JUEL expression in an uploaded model stays within what the project offers models: process
 * variables, literals and operators, and calls {@code bean.method(...)} of the project's own model beans
 * (lingyan.policy.model-beans). Camunda resolves every Spring bean by name in an expression and JUEL calls any public
 * method on any object, so anything else (another bean, a property chain, indexing, a call on a call's result, a
 * function) could run code the policy owner has no right to run, and is refused.
 */
final class ExpressionGuard {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A name, its member chain (a.b.c) and whether it is called: "routing.group(" → routing, .group, "(". */
    private static final Pattern CHAIN = Pattern.compile(
            "(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)((?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)*)(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt",
            "gt", "le", "ge", "div", "mod", "instanceof");

    private final Map<String, Set<String>> modelBeans;
    private final Set<String> allBeans;

    /**
     * @param modelBeans the beans models may call, each with the methods they may call (a delegate bean, used bare as
     *                   {@code ${startCasesDelegate}}, is listed with no methods)
     * @param allBeans   every bean name the engine's expressions could resolve
     */
    ExpressionGuard(Map<String, Set<String>> modelBeans, Set<String> allBeans) {
        this.modelBeans = modelBeans;
        this.allBeans = allBeans;
    }

    /** Whether the text holds an expression at all. */
    static boolean hasExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** The problems of every expression in {@code text}, in Chinese; empty when it may be deployed. */
    List<String> check(String text) {
        List<String> problems = new ArrayList<>();
        Matcher start = EXPRESSION.matcher(text);
        int from = 0;
        while (start.find(from)) {
            int end = closingBrace(text, start.end());
            if (end < 0) {
                problems.add("表达式“" + abbreviate(text.substring(start.start())) + "”没有结束的“}”");
                return problems;
            }
            problems.addAll(checkOne(text.substring(start.end(), end)));
            from = end + 1;
        }
        return problems;
    }

    private List<String> checkOne(String body) {
        List<String> problems = new ArrayList<>();
        String code = STRING.matcher(body).replaceAll("''");
        String shown = "${" + abbreviate(body) + "}";
        if (code.contains("[")) {
            problems.add("表达式" + shown + "使用了下标访问，不允许");
        }
        if (code.matches("(?s).*[^\\w\\s]\\s*\\.\\s*[A-Za-z_].*")) {
            problems.add("表达式" + shown + "在调用结果或字面量上继续调用，不允许");
        }
        if (code.matches("(?s).*\\b[A-Za-z_]\\w*\\s*:\\s*[A-Za-z_]\\w*\\s*\\(.*")) {
            problems.add("表达式" + shown + "调用了函数，不允许");
        }
        Matcher chain = CHAIN.matcher(code);
        while (chain.find()) {
            String head = chain.group(1);
            List<String> members = chain.group(2).isBlank() ? List.of()
                    : List.of(chain.group(2).replaceAll("\\s", "").substring(1).split("\\."));
            boolean call = chain.group(3) != null;
            if (members.contains("class") || members.contains("getClass")) {
                problems.add("表达式" + shown + "访问了对象的类型信息，不允许");
            } else if (call && members.isEmpty()) {
                if (!KEYWORDS.contains(head)) {
                    problems.add("表达式" + shown + "调用了函数“" + head + "”，不允许");
                }
            } else if (call) {
                String called = head + "." + String.join(".", members);
                if (members.size() != 1 || !modelBeans.getOrDefault(head, Set.of()).contains(members.get(0))) {
                    problems.add("表达式" + shown + "调用了“" + called + "”，它不在允许流程调用的方法清单中");
                }
            } else if (allBeans.contains(head) && !(modelBeans.containsKey(head) && members.isEmpty())) {
                problems.add("表达式" + shown + "引用了系统组件“" + head + "”，不允许");
            }
        }
        return problems;
    }

    /** Index of the brace closing an expression that starts at {@code from}, skipping string literals; -1 if none. */
    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
