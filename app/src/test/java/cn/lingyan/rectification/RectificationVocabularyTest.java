package cn.lingyan.rectification;

import static cn.lingyan.ModelValues.dmnLiterals;
import static cn.lingyan.ModelValues.formOptions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.system.Term;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weakness categories live in the weakness-categories table and the look-back results in relapse-decision;
 * the forms and the diagram that repeat them must say the same.
 */
class RectificationVocabularyTest {

    @ParameterizedTest
    @CsvSource({"rectification-confirm-weak-branch.form, confirmedCategories", "rectification-look-back.form, recurredCategories",
            "screening-confirm-weak-list.form, categories"})
    void formsOfferTheCategoriesOfTheTableUnderTheirNames(String form, String field) {
        Map<String, String> expected = new LinkedHashMap<>();
        categories().forEach((code, name) -> expected.put(code, code + " " + name));
        assertThat(formOptions("rectification/" + form, field)).containsExactlyEntriesOf(expected);
    }

    @Test
    void theLookBackResultsAreTheTablesAndTheDiagramNamesThem() {
        assertThat(dmnLiterals("rectification/relapse-decision.dmn", "relapse-decision", "lookBackResult"))
                .isSubsetOf(Term.codes(LookBackResult.class)).containsAll(Term.codes(LookBackResult.class));
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/rectification/weak-branch-rectification.bpmn").toFile());
        assertThat(model.<SequenceFlow>getModelElementById("Flow_Consolidated").getName()).isEqualTo(LookBackResult.CONSOLIDATED.text());
        assertThat(model.<SequenceFlow>getModelElementById("Flow_Relapsed").getName()).isEqualTo(LookBackResult.RELAPSED.text());
    }

    @Test
    void everyStageHasAWordAndTheOpenStagesIncludeThoseInRectification() {
        for (CaseStage stage : CaseStage.values()) {
            assertThat(stage.text()).as(stage.name()).isNotBlank();
            assertThat(!stage.rectifying() || stage.open()).as(stage.name()).isTrue();
            assertThat(CaseStage.of(stage.name())).isSameAs(stage);
        }
        assertThat(CaseStage.of("UNKNOWN")).isNull();
    }

    /** Code → name as the table decides them, rule by rule. */
    static Map<String, String> categories() {
        List<String> codes = dmnLiterals("rectification/weakness-categories.dmn", "weakness-categories", "category");
        List<String> names = dmnLiterals("rectification/weakness-categories.dmn", "weakness-categories", "categoryName");
        Map<String, String> categories = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            categories.put(codes.get(i), names.get(i));
        }
        assertThat(categories).hasSize(14);
        return categories;
    }
}
