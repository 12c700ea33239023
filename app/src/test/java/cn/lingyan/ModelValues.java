package cn.lingyan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** The coded values the models under forms/ and processes/ offer or decide, for tests that hold a vocabulary to them. */
public final class ModelValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

    private ModelValues() {}

    /** Value → label of the options of field {@code key} in forms/{@code form}, in form order. */
    public static Map<String, String> formOptions(String form, String key) {
        try {
            Map<String, String> options = new LinkedHashMap<>();
            collect(JSON.readTree(Path.of("forms", form).toFile()), key, options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("No options for " + key + " in " + form);
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every string literal in the column of {@code variable} (an input expression or an output name) of decision
     * {@code decision} in processes/{@code file}, rule by rule: e.g. the codes a table decides or matches.
     */
    public static List<String> dmnLiterals(String file, String decision, String variable) {
        DmnModelInstance model = Dmn.readModelFromFile(Path.of("processes", file).toFile());
        DecisionTable table = (DecisionTable) model.getModelElementById(decision).getUniqueChildElementByType(DecisionTable.class);
        List<Input> inputs = new ArrayList<>(table.getInputs());
        List<Output> outputs = new ArrayList<>(table.getOutputs());
        int in = inputs.stream().map(i -> i.getInputExpression().getText().getTextContent().trim()).toList().indexOf(variable);
        int out = outputs.stream().map(Output::getName).toList().indexOf(variable);
        if (in < 0 && out < 0) {
            throw new IllegalArgumentException("No column " + variable + " in " + decision);
        }
        List<String> literals = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            ModelElementInstance entry = in >= 0 ? new ArrayList<>(rule.getInputEntries()).get(in)
                    : new ArrayList<>(rule.getOutputEntries()).get(out);
            Matcher matcher = STRING_LITERAL.matcher(entry.getTextContent());
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
        }
        return literals;
    }

    private static void collect(JsonNode node, String key, Map<String, String> options) {
        if (key.equals(node.path("key").asText()) && node.path("values").isArray()) {
            node.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText()));
        }
        node.path("components").forEach(child -> collect(child, key, options));
    }
}
