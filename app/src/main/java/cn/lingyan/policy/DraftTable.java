package cn.lingyan.policy;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A policy owner's draft decision table, not deployed: checked by {@link UploadSafety} first (no scripts, no code, no
 * DOCTYPE), then read, then parsed by a {@link TableEngine}. Every reason it cannot be tried is a Chinese refusal
 * (LY-20001). Knows the table's inputs (what a preview asks for, what a replay feeds from history) and the description
 * of each rule.
 */
final class DraftTable {

    /**
     * One input column. {@code name} is what a preview's inputs are keyed by: the variable the input expression reads
     * when it is a plain name (e.g. {@code score}), else the input's id.
     */
    record Column(String id, String label, String name, String expression, String typeRef) {}

    /** A plain variable name, which the input expression reads as it is. */
    static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    /** The variable a replay feeds the i-th input's historic value into (see {@link #replayDecision}). */
    static final String REPLAY_INPUT = "replayInput";

    private final byte[] content;
    private final String key;
    private final String name;
    private final String hitPolicy;
    private final List<Column> columns;
    private final Map<String, String> descriptions;
    private final boolean repeatable;

    private DraftTable(byte[] content, Decision decision, DecisionTable table) {
        this.content = content;
        this.key = decision.getId();
        this.name = decision.getName() == null ? decision.getId() : decision.getName();
        this.hitPolicy = table.getHitPolicy().name() + (table.getAggregation() == null ? "" : " " + table.getAggregation().name());
        List<Column> inputs = new ArrayList<>();
        for (Input input : table.getInputs()) {
            InputExpression expression = input.getInputExpression();
            String text = expression == null || expression.getText() == null ? "" : expression.getText().getTextContent().trim();
            inputs.add(new Column(input.getId(), input.getLabel() == null ? input.getId() : input.getLabel(),
                    PLAIN_NAME.matcher(text).matches() ? text : input.getId(), text, expression == null ? null : expression.getTypeRef()));
        }
        this.columns = List.copyOf(inputs);
        Map<String, String> rules = new LinkedHashMap<>();
        for (Rule rule : table.getRules()) {
            rules.put(rule.getId(), rule.getDescription() == null ? null : rule.getDescription().getTextContent().trim());
        }
        this.descriptions = rules;
        this.repeatable = table.getRules().stream().allMatch(rule -> rule.getInputEntries().stream()
                .allMatch(entry -> repeatable(entry.getText())) && rule.getOutputEntries().stream()
                .allMatch(entry -> repeatable(entry.getText())));
    }

    /** Reads the draft's decision {@code decisionKey}, refusing (LY-20001) what is unsafe, unreadable or not a table. */
    static DraftTable read(UploadSafety safety, long maxBytes, String text, String decisionKey) {
        if (decisionKey == null || decisionKey.isBlank()) {
            throw refused("请指定要试算的决策（decisionKey）");
        }
        if (text == null || text.isBlank()) {
            throw refused("请提供决策表内容（DMN）");
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (content.length > maxBytes) {
            throw refused("决策表超过" + maxBytes / 1024 + "KB");
        }
        List<String> problems = safety.check(decisionKey.trim() + ".dmn", content);
        if (!problems.isEmpty()) {
            throw refused("决策表未通过安全检查：" + String.join("；", problems));
        }
        DmnModelInstance model = model(content);
        Decision decision = model.getModelElementById(decisionKey.trim()) instanceof Decision d ? d : null;
        if (decision == null) {
            List<String> keys = model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
            throw refused("决策表中没有决策“" + decisionKey.trim() + "”" + (keys.isEmpty() ? "" : "（有：" + String.join("、", keys) + "）"));
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            throw refused("决策“" + decision.getId() + "”不是决策表，只能试算决策表");
        }
        return new DraftTable(content, decision, table);
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    /** FIRST, UNIQUE, ANY, RULE_ORDER, COLLECT, or COLLECT with its aggregator (e.g. "COLLECT SUM"). */
    String hitPolicy() {
        return hitPolicy;
    }

    List<Column> columns() {
        return columns;
    }

    /**
     * Whether the same inputs always get the same decision: no entry calls now(), today() or a random number. (The
     * input expressions do not count: a replay feeds their values.)
     */
    boolean repeatable() {
        return repeatable;
    }

    private static boolean repeatable(org.camunda.bpm.model.dmn.instance.Text text) {
        return text == null || text.getTextContent() == null || CachingFeel.remembered(text.getTextContent());
    }

    String description(String ruleId) {
        return descriptions.get(ruleId);
    }

    /** The draft as written, for a preview: its input expressions read the variables a user typed. */
    DmnDecision decision(TableEngine engine) {
        return parse(engine, model(content));
    }

    /**
     * The draft for a replay: history holds each input's value as evaluated then, not the variables it came from, so
     * the i-th input expression becomes the variable {@value #REPLAY_INPUT}i that carries that value (the rules and
     * outputs stay as drafted).
     */
    DmnDecision replayDecision(TableEngine engine) {
        DmnModelInstance model = model(content);
        DecisionTable table = (DecisionTable) ((Decision) model.getModelElementById(key)).getExpression();
        int i = 0;
        for (Input input : table.getInputs()) {
            if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
                input.getInputExpression().getText().setTextContent(REPLAY_INPUT + i);
            }
            i++;
        }
        return parse(engine, model);
    }

    private DmnDecision parse(TableEngine engine, DmnModelInstance model) {
        try {
            return engine.parse(key, model);
        } catch (RuntimeException e) {
            throw refused("决策表无法解析：" + firstLine(e.getMessage()));
        }
    }

    private static DmnModelInstance model(byte[] content) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw refused("决策表无法解析（不是有效的DMN文件）：" + firstLine(e.getMessage()));
        }
    }

    static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.FORM_INVALID, why);
    }

    static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        text = newline > 0 ? text.substring(0, newline) : text;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
