package cn.lingyan.policy;

import cn.lingyan.policy.ModelFile.Kind;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The forms of one process version, as deployed with it ({@code formRefBinding="deployment"}), each with the steps
 * that show it: what the workbench's form editor opens. Read rights as for the process's own file.
 */
@Component
class PolicyForms {

    record Form(String resourceName, String formId, List<String> usedBy, String text) {}

    private final PolicyCatalogue catalogue;
    private final PolicyVersions versions;

    PolicyForms(PolicyCatalogue catalogue, PolicyVersions versions) {
        this.catalogue = catalogue;
        this.versions = versions;
    }

    List<Form> of(String definitionId) {
        PolicyCatalogue.Content process = catalogue.content(definitionId);
        if (!Kind.PROCESS.name().equals(process.kind())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "只有流程才有表单");
        }
        Map<String, List<String>> steps = stepsByForm(process.text());
        String deploymentId = catalogue.definition(definitionId).getDeploymentId();
        List<Form> forms = new ArrayList<>();
        for (ModelFile file : versions.formsOf(deploymentId)) {
            String formId = file.definitions().get(0).key();
            if (steps.containsKey(formId)) {
                forms.add(new Form(file.name(), formId, steps.get(formId), file.text()));
            }
        }
        return forms;
    }

    /** Form id → names of the user tasks and start events that use it, in model order. */
    private static Map<String, List<String>> stepsByForm(String bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
        Map<String, List<String>> steps = new LinkedHashMap<>();
        model.getModelElementsByType(StartEvent.class).forEach(e -> add(steps, e.getCamundaFormRef(), e.getName(), e.getId()));
        model.getModelElementsByType(UserTask.class).forEach(t -> add(steps, t.getCamundaFormRef(), t.getName(), t.getId()));
        return steps;
    }

    private static void add(Map<String, List<String>> steps, String formRef, String name, String id) {
        if (formRef != null && !formRef.isBlank()) {
            steps.computeIfAbsent(formRef, k -> new ArrayList<>()).add(Objects.toString(name, id));
        }
    }
}
