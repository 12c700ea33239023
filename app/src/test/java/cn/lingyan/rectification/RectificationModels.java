package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Changed versions of weak-branch-rectification, as a county's policy owner would deploy them, made from the shipped file. */
final class RectificationModels {

    private RectificationModels() {}

    /** 确认 renamed 审定, a township review after the screening, progress reported every half month. */
    static String renamedAndExtended() {
        String bpmn = replaced(shipped(), "name=\"县委组织部确认软弱涣散村党组织\"", "name=\"县委组织部审定软弱涣散村党组织\"");
        bpmn = replaced(bpmn, "<bpmn:sequenceFlow id=\"Flow_ToSuggest\" sourceRef=\"Task_ScreenVillage\" targetRef=\"Task_SuggestCategories\" />",
                "<bpmn:sequenceFlow id=\"Flow_ToSuggest\" sourceRef=\"Task_ScreenVillage\" targetRef=\"Task_ReviewScreening\" />\n"
                + "    <bpmn:userTask id=\"Task_ReviewScreening\" name=\"乡镇党委复核排查情况\" camunda:formRef=\"rectification-screen-village\""
                + " camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${routing.group(villageCode, 'party-committee')}\">\n"
                + "      <bpmn:incoming>Flow_ToSuggest</bpmn:incoming>\n      <bpmn:outgoing>Flow_ReviewToSuggest</bpmn:outgoing>\n"
                + "    </bpmn:userTask>\n"
                + "    <bpmn:sequenceFlow id=\"Flow_ReviewToSuggest\" sourceRef=\"Task_ReviewScreening\" targetRef=\"Task_SuggestCategories\" />");
        bpmn = replaced(bpmn, "<bpmn:incoming>Flow_ToSuggest</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToConfirm",
                "<bpmn:incoming>Flow_ReviewToSuggest</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToConfirm");
        // the new step gets its shape and flow edge, as Modeler would draw them (the workbench's lint requires both)
        bpmn = replaced(bpmn, "<bpmndi:BPMNShape id=\"Task_SuggestCategories_di\" bpmnElement=\"Task_SuggestCategories\">",
                "<bpmndi:BPMNShape id=\"Task_ReviewScreening_di\" bpmnElement=\"Task_ReviewScreening\">\n"
                + "        <dc:Bounds x=\"415\" y=\"380\" width=\"100\" height=\"80\" />\n      </bpmndi:BPMNShape>\n"
                + "      <bpmndi:BPMNEdge id=\"Flow_ReviewToSuggest_di\" bpmnElement=\"Flow_ReviewToSuggest\">\n"
                + "        <di:waypoint x=\"515\" y=\"420\" />\n        <di:waypoint x=\"540\" y=\"340\" />\n      </bpmndi:BPMNEdge>\n"
                + "      <bpmndi:BPMNShape id=\"Task_SuggestCategories_di\" bpmnElement=\"Task_SuggestCategories\">");
        bpmn = replaced(bpmn, "${progressReportCycle}</bpmn:timeCycle>", "R/P15D</bpmn:timeCycle>");
        return replaced(bpmn, "camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"");
    }

    /** The township's screening taken out: cases go straight to the suggested categories. */
    static String withoutTownshipScreening() {
        String bpmn = shipped().replaceFirst("(?s)\\s*<bpmn:userTask id=\"Task_ScreenVillage\".*?</bpmn:userTask>", "")
                .replaceFirst("(?s)\\s*<bpmndi:BPMNShape id=\"Task_ScreenVillage_di\".*?</bpmndi:BPMNShape>", "")
                .replaceFirst("(?s)\\s*<bpmndi:BPMNEdge id=\"Flow_ToSuggest_di\".*?</bpmndi:BPMNEdge>", "");
        bpmn = replaced(bpmn, "\n    <bpmn:sequenceFlow id=\"Flow_ToSuggest\" sourceRef=\"Task_ScreenVillage\" targetRef=\"Task_SuggestCategories\" />", "");
        bpmn = replaced(bpmn, "targetRef=\"Task_ScreenVillage\"", "targetRef=\"Task_SuggestCategories\"");
        bpmn = replaced(bpmn, "<bpmn:incoming>Flow_ToSuggest</bpmn:incoming>", "<bpmn:incoming>Flow_NeedsScreening</bpmn:incoming>");
        assertThat(bpmn).doesNotContain("Task_ScreenVillage").doesNotContain("Flow_ToSuggest");
        return replaced(bpmn, "camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.2.0\"");
    }

    private static String shipped() {
        try {
            return Files.readString(Path.of("processes/rectification/weak-branch-rectification.bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaced(String text, String from, String to) {
        assertThat(text).as("model text to change").contains(from);
        return text.replace(from, to);
    }
}
