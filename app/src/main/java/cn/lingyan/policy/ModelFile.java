package cn.lingyan.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

/**
 * One uploaded or deployed model file and what it defines: processes (with the forms their steps use), decisions or
 * a form. Parsed only after {@link UploadSafety} passed it (no DOCTYPE, no external entities).
 */
record ModelFile(String name, byte[] content, Kind kind, List<Definition> definitions, Set<String> formsUsed) {

    enum Kind { PROCESS, DECISION, FORM }

    record Definition(Kind kind, String key, String name) {}

    static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
            return Kind.PROCESS;
        }
        if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
            return Kind.DECISION;
        }
        return lower.endsWith(".form") ? Kind.FORM : null;
    }

    /** Reads what {@code content} defines; an unreadable file is an {@link IllegalArgumentException} with a Chinese message. */
    static ModelFile read(String name, byte[] content) {
        Kind kind = kindOf(name);
        if (kind == null) {
            throw new IllegalArgumentException(name + "：只能上传流程（.bpmn）、决策表（.dmn）和表单（.form）");
        }
        try {
            return switch (kind) {
                case PROCESS -> process(name, content);
                case DECISION -> decision(name, content);
                case FORM -> form(name, content);
            };
        } catch (ModelException | IOException e) {
            throw new IllegalArgumentException(name + "：文件无法解析（" + e.getMessage() + "）", e);
        }
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static ModelFile process(String name, byte[] content) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        List<Definition> definitions = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
                definitions.add(new Definition(Kind.PROCESS, process.getId(), process.getName()));
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> addForm(forms, t.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(e -> addForm(forms, e.getCamundaFormRef()));
        return new ModelFile(name, content, Kind.PROCESS, definitions, forms);
    }

    private static ModelFile decision(String name, byte[] content) {
        var model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        List<Definition> definitions = model.getModelElementsByType(Decision.class).stream()
                .map(d -> new Definition(Kind.DECISION, d.getId(), d.getName())).toList();
        return new ModelFile(name, content, Kind.DECISION, definitions, Set.of());
    }

    private static ModelFile form(String name, byte[] content) throws IOException {
        JsonNode form = new ObjectMapper().readTree(content);
        String id = form == null ? null : form.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + "：表单缺少“id”");
        }
        return new ModelFile(name, content, Kind.FORM, List.of(new Definition(Kind.FORM, id, id)), Set.of());
    }

    private static void addForm(Set<String> forms, String formRef) {
        if (formRef != null && !formRef.isBlank()) {
            forms.add(formRef);
        }
    }
}
