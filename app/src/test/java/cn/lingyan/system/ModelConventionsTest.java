package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * What Camunda Modeler, Tasklist and the routing rules need from every model in processes/ and forms/:
 * diagram shapes, readable ids, a Chinese-named task with a deployed form and a computed candidate group,
 * no division-code literals, versioned processes with history time-to-live, and forms whose ids match.
 */
class ModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyFlowNodeAndFlowHasDiagramShapesAndReadableIds() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
            List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
            elements.addAll(model.getModelElementsByType(SequenceFlow.class));
            for (BaseElement element : elements) {
                assertThat(drawn).as("%s: %s has a diagram shape", file, element.getId()).contains(element.getId());
                assertThat(element.getId()).as("%s: readable id", file)
                        .matches("(Task|Event|Gateway|Flow|SubProcess)_[A-Z][A-Za-z]+");
            }
        }
    }

    @Test
    void processesAreVersionedAndKeepHistoryForATime() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                assertThat(process.getId()).as(file.toString()).matches("[a-z]+(-[a-z]+)+");
                assertThat(process.getCamundaVersionTag()).as(file + " versionTag").isNotBlank();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
                assertThat(process.getName()).as(file + " name").matches(".*\\p{IsHan}.*");
            }
        }
    }

    @Test
    void everyUserTaskHasAChineseNameADeployedFormAndAComputedAssignment() throws IOException {
        Set<String> formIds = formIds();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = file + " " + task.getId();
                assertThat(task.getName()).as(where + " name").matches(".*\\p{IsHan}.*");
                assertThat(task.getCamundaFormRef()).as(where + " formRef").isIn(formIds);
                assertThat(task.getCamundaFormRefBinding()).as(where + " binding").isEqualTo("deployment");
                String routing = task.getCamundaCandidateGroups() != null ? task.getCamundaCandidateGroups() : task.getCamundaAssignee();
                assertThat(routing).as(where + " routing").isNotBlank().startsWith("${").doesNotContainPattern("\\d{6}");
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getParentElement() instanceof Process && start.getEventDefinitions().isEmpty()) {
                    assertThat(start.getCamundaFormRef()).as(file + " start form").isIn(formIds);
                }
            }
        }
    }

    @Test
    void noDivisionCodeIsWrittenIntoAModel() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            String xml = Files.readString(file);
            String withoutDiagram = xml.substring(0, xml.indexOf("<bpmndi:BPMNDiagram"));
            assertThat(withoutDiagram).as(file.toString()).doesNotContainPattern("\\b\\d{6}(\\d{3}){0,2}\\b");
        }
    }

    @Test
    void formIdsMatchFileNamesAndProtectedVariablesAreNeverFormFields() throws IOException {
        List<String> protectedNames = protectedVariables();
        assertThat(protectedNames).contains("villageCode", "caseId", "extensionsUsed");
        Set<String> startForms = Set.of("rectification-start", "screening-start", "vetting-nominate", "assessment-start",
                "deliberation-register");
        for (Path file : files(FORMS, ".form")) {
            Map<?, ?> form = MAPPER.readValue(file.toFile(), Map.class);
            String id = String.valueOf(form.get("id"));
            assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
            assertThat(form.get("schemaVersion")).as(id).isEqualTo(16);
            if (!startForms.contains(id)) {
                for (Object component : (List<?>) form.get("components")) {
                    assertThat(((Map<?, ?>) component).get("key")).as(id).isNotIn(protectedNames.toArray());
                }
            }
        }
    }

    @Test
    void jointReviewDepartmentsAreConfiguredRoles() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("config/application.yaml"));
        java.util.Properties properties = yaml.getObject();
        org.camunda.bpm.model.dmn.DmnModelInstance model = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(
                Path.of("processes/vetting/joint-review-departments.dmn").toFile());
        List<String> departments = new ArrayList<>();
        for (org.camunda.bpm.model.dmn.instance.Rule rule : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class)) {
            departments.add(rule.getOutputEntries().iterator().next().getTextContent().replace("\"", "").trim());
        }
        assertThat(departments).isNotEmpty().allSatisfy(role -> {
            assertThat(properties.getProperty("lingyan.org.roles." + role + ".level")).as(role).isEqualTo("COUNTY");
            assertThat(properties.getProperty("lingyan.org.roles." + role + ".label")).as(role).matches(".*\\p{IsHan}.*");
        });
    }

    @Test
    void dashboardStagesNameRealUserTasks() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("config/application.yaml"));
        java.util.Properties properties = yaml.getObject();
        Set<String> userTasks = new HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                model.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(process.getId() + "." + t.getId()));
            }
        }
        List<String> listed = properties.stringPropertyNames().stream().filter(k -> k.startsWith("lingyan.dashboard.stages."))
                .map(k -> k.substring("lingyan.dashboard.stages.".length())).toList();
        assertThat(listed).isNotEmpty().allSatisfy(step -> assertThat(userTasks).as(step).contains(step));
    }

    /** lingyan.process.protected-variables as config/application.yaml declares them. */
    private static List<String> protectedVariables() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("config/application.yaml"));
        java.util.Properties properties = yaml.getObject();
        List<String> names = new ArrayList<>();
        for (int i = 0; properties.containsKey("lingyan.process.protected-variables[" + i + "]"); i++) {
            names.add(properties.getProperty("lingyan.process.protected-variables[" + i + "]"));
        }
        return names;
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path file : files(FORMS, ".form")) {
            ids.add(String.valueOf(MAPPER.readValue(file.toFile(), Map.class).get("id")));
        }
        return ids;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(files).as("models under " + root).isNotEmpty();
            return files;
        }
    }
}
