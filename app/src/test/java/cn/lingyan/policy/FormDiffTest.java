package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.policy.DiffReport.AttributeChange;
import cn.lingyan.policy.DiffReport.Change;
import cn.lingyan.policy.DiffReport.FormChange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed form shows each field that changed by key: removed fields, labels, validation, options, conditions. */
class FormDiffTest {

    private static final String SHIPPED = DecisionDiffTest.read("forms/rectification/rectification-approve-plan.form");
    private static final String COMMENT_FIELD = """
                {
                  "type": "textarea",
                  "id": "Field_planComment",
                  "key": "planComment",
                  "label": "退回意见",
                  "description": "说明需要修改的内容，将显示给方案制定人",
                  "validate": {
                    "required": true,
                    "maxLength": 2000
                  },
                  "conditional": {
                    "hide": "=not(planDecision = \\"RETURN\\")"
                  }
                }""".indent(4).stripTrailing();

    @Test
    void aRemovedFieldIsListedWithWhatItHad() {
        assertThat(SHIPPED).contains(COMMENT_FIELD);
        String edited = SHIPPED.replace("," + "\n" + COMMENT_FIELD, "");

        assertThat(diff(edited)).singleElement().satisfies(form -> {
            assertThat(form.formId()).isEqualTo("rectification-approve-plan");
            assertThat(form.change()).isEqualTo(Change.CHANGED);
            assertThat(form.fields()).singleElement().satisfies(field -> {
                assertThat(field.id()).isEqualTo("planComment");
                assertThat(field.name()).isEqualTo("退回意见");
                assertThat(field.change()).isEqualTo(Change.REMOVED);
                assertThat(field.attributes()).contains(new AttributeChange("label", "退回意见", null),
                        new AttributeChange("validate.maxLength", "2000", null),
                        new AttributeChange("conditional.hide", "=not(planDecision = \"RETURN\")", null));
            });
        });
    }

    @Test
    void labelsValidationOptionsAndConditionsAreComparedPerField() {
        String edited = SHIPPED.replace("\"label\": \"退回修改\"", "\"label\": \"退回重新制定\"")
                .replace("\"maxLength\": 2000", "\"maxLength\": 500")
                .replace("=not(planDecision = \\\"RETURN\\\")", "=planDecision = \\\"APPROVE\\\"");

        assertThat(diff(edited).get(0).fields()).satisfiesExactly(decision -> {
            assertThat(decision.id()).isEqualTo("planDecision");
            assertThat(decision.attributes()).containsExactly(new AttributeChange("values", "同意方案（APPROVE）、退回修改（RETURN）",
                    "同意方案（APPROVE）、退回重新制定（RETURN）"));
        }, comment -> {
            assertThat(comment.id()).isEqualTo("planComment");
            assertThat(comment.attributes()).containsExactly(new AttributeChange("validate.maxLength", "2000", "500"),
                    new AttributeChange("conditional.hide", "=not(planDecision = \"RETURN\")", "=planDecision = \"APPROVE\""));
        });
    }

    @Test
    void sameFormsShowNothingAndAFormOnlyOneVersionUsesIsAddedOrRemoved() {
        assertThat(diff(SHIPPED)).isEmpty();
        List<FormChange> added = FormDiff.diff(List.of(), List.of(form(SHIPPED)));
        assertThat(added).singleElement().satisfies(form -> {
            assertThat(form.change()).isEqualTo(Change.ADDED);
            assertThat(form.fields()).allSatisfy(field -> assertThat(field.change()).isEqualTo(Change.ADDED));
        });
        assertThat(FormDiff.diff(List.of(form(SHIPPED)), List.of())).singleElement().extracting(FormChange::change).isEqualTo(Change.REMOVED);
    }

    private static List<FormChange> diff(String edited) {
        return FormDiff.diff(List.of(form(SHIPPED)), List.of(form(edited)));
    }

    private static ModelFile form(String json) {
        return ModelFile.read("rectification-approve-plan.form", json.getBytes(StandardCharsets.UTF_8));
    }
}
