package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The forms the workbench's form editor opens: those of the process version, each with the steps that show it. */
@EngineTest
class PolicyFormsTest {

    @Autowired PolicyForms forms;
    @Autowired RepositoryService repositoryService;
    @Autowired TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    @Test
    void aProcessVersionsFormsComeWithTheStepsThatShowThem() {
        String rectification = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification")
                .withoutTenantId().latestVersion().singleResult().getId();

        var found = data.as("yanming-zzb", () -> forms.of(rectification));

        assertThat(found).extracting(PolicyForms.Form::formId).contains("rectification-accept-case", "rectification-start")
                .allMatch(id -> id.startsWith("rectification-")).doesNotHaveDuplicates();
        PolicyForms.Form acceptance = found.stream().filter(f -> f.formId().equals("rectification-accept-case")).findFirst().orElseThrow();
        assertThat(acceptance.usedBy()).containsExactly("县委组织部验收评分");
        assertThat(acceptance.resourceName()).endsWith("rectification-accept-case.form");
        assertThat(acceptance.text()).contains("\"id\": \"rectification-accept-case\"");
    }

    @Test
    void aDecisionHasNoFormsAndATownshipReadsNone() {
        String decision = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision")
                .withoutTenantId().latestVersion().singleResult().getId();
        String rectification = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification")
                .withoutTenantId().latestVersion().singleResult().getId();

        assertThatThrownBy(() -> data.as("yanming-zzb", () -> forms.of(decision))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> data.as("qingshan-dw", () -> forms.of(rectification))).isInstanceOf(OutOfScopeException.class);
    }
}
