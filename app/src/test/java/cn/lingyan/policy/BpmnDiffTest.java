package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.policy.DiffReport.AttributeChange;
import cn.lingyan.policy.DiffReport.Change;
import cn.lingyan.policy.DiffReport.ItemChange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed process shows each element that changed with the attributes that differ, matched by id; layout is not a change. */
class BpmnDiffTest {

    private static final String SHIPPED = DecisionDiffTest.read("processes/rectification/weak-branch-rectification.bpmn");

    @Test
    void aRenamedTaskShowsOnlyItsName() {
        List<ItemChange> changes = diff(SHIPPED.replace("name=\"乡镇党委审核整顿方案\"", "name=\"乡镇党委审批整顿方案\""));

        assertThat(changes).containsExactly(new ItemChange("Task_ApprovePlan", "乡镇党委审批整顿方案", "userTask", Change.CHANGED,
                List.of(new AttributeChange("name", "乡镇党委审核整顿方案", "乡镇党委审批整顿方案"))));
    }

    @Test
    void sameVersionsAndAMovedShapeShowNoChange() {
        assertThat(diff(SHIPPED)).isEmpty();
        String moved = SHIPPED.replaceFirst("(<dc:Bounds x=\")(\\d+)", "$19$2");
        assertThat(moved).isNotEqualTo(SHIPPED);
        assertThat(diff(moved)).isEmpty();
    }

    @Test
    void routingConditionsTimersAndListenersAreComparedPerElement() {
        String edited = SHIPPED
                .replace("camunda:formRef=\"rectification-approve-plan\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${routing.group(villageCode, 'party-committee')}\"",
                        "camunda:formRef=\"rectification-approve-plan\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${routing.group(villageCode, 'org-dept')}\"")
                .replace("${planSteps.reviewPlan(task)}", "${planSteps.reviewPlanAgain(task)}")
                .replace("${planDecision == 'APPROVE'}", "${planDecision == 'APPROVED'}")
                .replace("${rectificationDue}", "${rectificationDeadline}");

        assertThat(diff(edited)).containsExactly(
                new ItemChange("Task_ApprovePlan", "乡镇党委审核整顿方案", "userTask", Change.CHANGED, List.of(
                        new AttributeChange("camunda:candidateGroups", "${routing.group(villageCode, 'party-committee')}",
                                "${routing.group(villageCode, 'org-dept')}"),
                        new AttributeChange("camunda:taskListener(complete)", "expression=${planSteps.reviewPlan(task)}",
                                "expression=${planSteps.reviewPlanAgain(task)}"))),
                new ItemChange("Flow_PlanApproved", "同意", "sequenceFlow", Change.CHANGED, List.of(
                        new AttributeChange("condition", "${planDecision == 'APPROVE'}", "${planDecision == 'APPROVED'}"))),
                new ItemChange("Event_DeadlineReached", "整顿期限届满", "intermediateCatchEvent", Change.CHANGED, List.of(
                        new AttributeChange("timerEventDefinition", "timeDate=${rectificationDue}", "timeDate=${rectificationDeadline}"))));
    }

    @Test
    void aRetargetedFlowShowsItsNewTargetOnly() {
        String edited = SHIPPED.replace("sourceRef=\"Gateway_AcceptancePassed\" targetRef=\"Task_ResetDeadline\"",
                "sourceRef=\"Gateway_AcceptancePassed\" targetRef=\"Task_AcceptCase\"");

        assertThat(diff(edited)).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("Flow_AcceptanceFailed");
            assertThat(change.attributes()).containsExactly(new AttributeChange("targetRef", "Task_ResetDeadline", "Task_AcceptCase"));
        });
    }

    @Test
    void anAddedElementCarriesItsAttributesAndTheReverseIsARemoval() {
        String edited = SHIPPED.replace("<bpmn:endEvent id=\"Event_NotListed\" name=\"不列入整顿\">",
                "<bpmn:endEvent id=\"Event_Withdrawn\" name=\"撤回申请\" />\n    <bpmn:endEvent id=\"Event_NotListed\" name=\"不列入整顿\">");

        ItemChange added = new ItemChange("Event_Withdrawn", "撤回申请", "endEvent", Change.ADDED,
                List.of(new AttributeChange("type", null, "endEvent"), new AttributeChange("name", null, "撤回申请")));
        assertThat(diff(edited)).containsExactly(added);
        assertThat(DiffReport.compareItems(BpmnDiff.items(file(edited)), BpmnDiff.items(file(SHIPPED)))).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(Change.REMOVED);
            assertThat(change.attributes()).containsExactly(new AttributeChange("type", "endEvent", null), new AttributeChange("name", "撤回申请", null));
        });
    }

    @Test
    void theProcessItselfIsAnElement() {
        String edited = SHIPPED.replace("camunda:versionTag=\"1.0.0\" camunda:historyTimeToLive=\"P1825D\"",
                "camunda:versionTag=\"1.1.0\" camunda:historyTimeToLive=\"P3650D\"");

        assertThat(diff(edited)).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("weak-branch-rectification");
            assertThat(change.type()).isEqualTo("process");
            assertThat(change.attributes()).containsExactlyInAnyOrder(new AttributeChange("camunda:versionTag", "1.0.0", "1.1.0"),
                    new AttributeChange("camunda:historyTimeToLive", "P1825D", "P3650D"));
        });
    }

    private static List<ItemChange> diff(String edited) {
        return BpmnDiff.diff(file(SHIPPED), file(edited));
    }

    private static ModelFile file(String xml) {
        return ModelFile.read("weak-branch-rectification.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    }
}
