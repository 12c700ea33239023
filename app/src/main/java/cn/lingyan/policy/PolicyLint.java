package cn.lingyan.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a model needs beyond being safe (see {@link UploadSafety}) before it is deployed: BPMN checked by the rules of
 * bpmnlint's recommended set that matter for an executable Camunda 7 process ({@link BpmnLint}) and by the project's
 * conventions ({@link BpmnConventions}); decision tables and forms by the project's conventions, here. An error
 * refuses the deployment; a warning is shown and deployed.
 */
final class PolicyLint {

    enum Severity { ERROR, WARNING }

    /** {@code rule} is bpmnlint's rule name, or "lingyan/…" for the project's own. */
    record Finding(String rule, Severity severity, String elementId, String elementName, String message) {

        /** "Task_ConfirmWeakBranch（县委组织部确认…）：message". */
        String describe() {
            String where = (elementId == null ? "" : elementId) + (elementName == null || elementName.isBlank() ? "" : "（" + elementName + "）");
            return where.isEmpty() ? message : where + "：" + message;
        }
    }

    /** A source in brackets ([seed:004], [A], [P:L-CH]) or a section of a law (VCL §22). */
    private static final Pattern SOURCE = Pattern.compile("\\[[^\\]]+\\]|§");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)");
    /** A value as an annotation states a rule: a number with its unit ("70分", "50%", "90天", "5件"); "11类" counts, it is no value. */
    private static final Pattern STATED = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*(%|分|天|日|个月|月|年|周岁|岁|件|次|人|名|户|票)");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Source tags ([P:L-CH], [seed:004]) and sections of laws (VCL §22, 第十六条), which are no rule values. */
    private static final Pattern CITATION = Pattern.compile("\\[[^\\]]*\\]|§\\s*\\d+(?:\\.\\d+)*|第\\d+条");
    private static final Set<String> INPUT_FIELDS = Set.of("textfield", "textarea", "number", "datetime", "radio", "select", "checkbox",
            "checklist", "taglist");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyLint() {}

    static List<Finding> lint(ModelFile file) {
        return switch (file.kind()) {
            case PROCESS -> {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
                List<Finding> findings = new ArrayList<>(BpmnLint.lint(model));
                findings.addAll(BpmnConventions.lint(model));
                yield findings;
            }
            case DECISION -> decisions(file);
            case FORM -> form(file);
        };
    }

    /** Refuses a deployment of {@code file} (LY-20019) when it has errors, naming each element. */
    static void requireNoErrors(ModelFile file) {
        List<String> errors = lint(file).stream().filter(f -> f.severity() == Severity.ERROR).map(f -> file.name() + " · " + f.describe())
                .toList();
        if (!errors.isEmpty()) {
            throw PolicyDeployments.refused(String.join("；", errors));
        }
    }

    static Finding error(String rule, String id, String name, String message) {
        return new Finding(rule, Severity.ERROR, id, name, message);
    }

    static Finding warning(String rule, String id, String name, String message) {
        return new Finding(rule, Severity.WARNING, id, name, message);
    }

    private static List<Finding> decisions(ModelFile file) {
        List<Finding> findings = new ArrayList<>();
        for (DecisionTable table : Dmn.readModelFromStream(new ByteArrayInputStream(file.content())).getModelElementsByType(DecisionTable.class)) {
            String decision = table.getParentElement().getAttributeValue("name");
            String decisionId = table.getParentElement().getAttributeValue("id");
            if (!specified(table, "hitPolicy")) {
                // Camunda Modeler may leave out the default; a warning asks for the choice without refusing its files
                findings.add(warning("lingyan/hit-policy", decisionId, decision, "未明确设置命中策略（默认为UNIQUE），请按规则之间的关系选择"));
            }
            for (Input input : table.getInputs()) {
                if (input.getInputExpression() == null || input.getInputExpression().getText() == null
                        || input.getInputExpression().getText().getTextContent().isBlank()) {
                    findings.add(error("lingyan/input-expression", input.getId(), input.getLabel(), "输入列缺少表达式（应为它读取的变量名）"));
                }
            }
            for (Output output : table.getOutputs()) {
                if (output.getName() == null || output.getName().isBlank()) {
                    findings.add(warning("lingyan/output-name", output.getId(), output.getLabel(), "输出列缺少名称（应为它写入的变量名）"));
                }
            }
            Set<BigDecimal> values = values(table);
            int position = 0;
            for (Rule rule : table.getRules()) {
                position++;
                String description = DecisionDiff.description(rule);
                if (description == null || !SOURCE.matcher(description).find()) {
                    findings.add(error("lingyan/rule-annotated", rule.getId(), decision + "第" + position + "条规则",
                            "规则须在注释中注明依据，如 [seed:004]、[A]、VCL §22"));
                } else {
                    String stale = staleNumber(description, values);
                    if (stale != null) {
                        findings.add(warning("lingyan/annotation-values", rule.getId(), decision + "第" + position + "条规则",
                                "注释中的“" + stale + "”在决策表的条件和结果中都没有出现：改了规则的数值，请同时改注释"
                                        + "（表单上给办理人看的规则说明取自注释）"));
                    }
                }
                for (OutputEntry output : rule.getOutputEntries()) {
                    Matcher quoted = QUOTED.matcher(text(output.getText()));
                    String stale = null;
                    while (stale == null && quoted.find()) {
                        stale = staleNumber(quoted.group(), values);
                    }
                    if (stale != null) {
                        findings.add(warning("lingyan/annotation-values", output.getId(), decision + "第" + position + "条规则的结果",
                                "结果文字中的“" + stale + "”在决策表的条件和结果中都没有出现：改了规则的数值，请同时改这段文字"
                                        + "（它会显示给办理人）"));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Every number the table's cells use, conditions and results, outside quoted text ("> 0.5" → 0.5, "[1..5]" → 1, 5).
     * A rule's annotation tells people the rule; a number it names that no cell uses is what a changed value left behind.
     */
    private static Set<BigDecimal> values(DecisionTable table) {
        Set<BigDecimal> values = new HashSet<>();
        for (Rule rule : table.getRules()) {
            List<DmnElement> cells = new ArrayList<>(rule.getInputEntries());
            cells.addAll(rule.getOutputEntries());
            for (DmnElement cell : cells) {
                String text = cell instanceof InputEntry in ? text(in.getText()) : text(((OutputEntry) cell).getText());
                Matcher number = NUMBER.matcher(QUOTED.matcher(text).replaceAll(" "));
                while (number.find()) {
                    values.add(new BigDecimal(number.group(1)).stripTrailingZeros());
                }
            }
        }
        return values;
    }

    /** The first value an annotation states (its source tags and law sections left out) that no cell uses; "50%" also matches 0.5. */
    private static String staleNumber(String description, Set<BigDecimal> values) {
        Matcher number = STATED.matcher(CITATION.matcher(description).replaceAll(" "));
        while (number.find()) {
            BigDecimal value = new BigDecimal(number.group(1)).stripTrailingZeros();
            boolean percent = "%".equals(number.group(2));
            if (!values.contains(value) && !(percent && values.contains(value.movePointLeft(2).stripTrailingZeros()))) {
                return number.group(1) + number.group(2);
            }
        }
        return null;
    }

    private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
        return text == null || text.getTextContent() == null ? "" : text.getTextContent();
    }

    /** Whether the file itself sets {@code attribute}: the validating parser fills in the schema's defaults (hitPolicy="UNIQUE"). */
    private static boolean specified(DmnElement element, String attribute) {
        Document document = (Document) element.getModelInstance().getDocument().getDomSource().getNode();
        NodeList nodes = document.getElementsByTagNameNS(element.getDomElement().getNamespaceURI(), element.getDomElement().getLocalName());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (node.getAttribute("id").equals(element.getId())) {
                return node.getAttributeNode(attribute) != null && node.getAttributeNode(attribute).getSpecified();
            }
        }
        return false;
    }

    private static List<Finding> form(ModelFile file) {
        JsonNode form;
        try {
            form = JSON.readTree(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("Form " + file.name() + " was readable when it was read", e);
        }
        List<Finding> findings = new ArrayList<>();
        String id = form.path("id").asText("");
        if (id.isBlank()) {
            findings.add(error("lingyan/form-id", null, file.name(), "表单缺少“id”"));
        } else if (!file.name().equals(id + ".form")) {
            findings.add(warning("lingyan/form-id", id, null, "文件名应与表单id一致：" + id + ".form"));
        }
        fields(form.path("components"), findings);
        return findings;
    }

    private static void fields(JsonNode components, List<Finding> findings) {
        for (JsonNode component : components) {
            if (INPUT_FIELDS.contains(component.path("type").asText())) {
                String label = component.path("label").asText(component.path("dateLabel").asText(component.path("timeLabel").asText("")));
                String id = component.path("id").asText(null);
                if (component.path("key").asText("").isBlank()) {
                    findings.add(error("lingyan/form-field", id, label, "输入字段缺少“key”（提交的变量名）"));
                }
                if (label.isBlank()) {
                    findings.add(error("lingyan/form-field", id, component.path("key").asText(null), "输入字段缺少标签"));
                }
            }
            fields(component.path("components"), findings);
        }
    }
}
