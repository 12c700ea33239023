package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.policy.DiffReport.AttributeChange;
import cn.lingyan.policy.DiffReport.CellChange;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A policy owner reviews a change before and after deploying it: what differs between the shared default and its
 * county's version (a process with its forms), what a draft would change, and what the checks find; a model that breaks
 * a convention is refused with nothing deployed, and nobody but policy owners may use the review.
 */
@EngineTest
class PolicyReviewTest {

    private static final String PROCESS = DecisionDiffTest.read("processes/rectification/weak-branch-rectification.bpmn");
    private static final String TABLE = DecisionDiffTest.read("processes/rectification/acceptance-decision.dmn");
    private static final String FORM = DecisionDiffTest.read("forms/rectification/rectification-approve-plan.form");

    @Autowired PolicyDiff diff;
    @Autowired PolicyDeployments deployments;
    @Autowired PolicyLog log;
    @Autowired RepositoryService repositoryService;
    @Autowired WebApplicationContext context;
    @Autowired TestData data;

    private long deploymentsBefore;

    @BeforeEach
    void setUp() {
        data.reset();
        deploymentsBefore = repositoryService.createDeploymentQuery().count();
    }

    @AfterEach
    void removeWorkbenchDeployments() {
        data.actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        data.reset();
    }

    @Test
    void aProcessBreakingAConventionIsRefusedNamingTheElementAndNothingIsDeployed() {
        String literalGroup = PROCESS.replace("camunda:formRef=\"rectification-approve-plan\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${routing.group(villageCode, 'party-committee')}\"",
                "camunda:formRef=\"rectification-approve-plan\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"party-committee\"");
        assertThat(literalGroup).isNotEqualTo(PROCESS);

        assertThatThrownBy(() -> data.as("yanming-zzb", () -> deployments.deploy(null, List.of(upload("weak-branch-rectification.bpmn", literalGroup)),
                "审核改由县里办理"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20019")
                .hasMessageContaining("Task_ApprovePlan（乡镇党委审核整顿方案）：候选组须由 ${routing.group(");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(log.findChanges(null, 10)).isEmpty();
    }

    @Test
    void aCountysTableIsComparedWithTheSharedDefaultCellByCell() {
        String own = deployedVersion("yanming-zzb", upload("acceptance-decision.dmn", TABLE.replace("&gt;= 70", "&gt;= 80")));
        String shared = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult().getId();

        DiffReport report = data.as("yanming-zzb", () -> diff.diff(shared, own));

        assertThat(report.from().tenantId()).isNull();
        assertThat(report.to().tenantId()).isEqualTo("990101");
        assertThat(report.decisions()).singleElement().satisfies(table -> assertThat(table.rules()).singleElement()
                .satisfies(rule -> assertThat(rule.cells()).containsExactly(new CellChange("验收得分（0–100）", "INPUT", ">= 70", ">= 80"))));
        assertThat(report.elements()).isEmpty();
        assertThatThrownBy(() -> data.as("heshan-zzb", () -> diff.diff(shared, own))).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aProcessVersionIsComparedWithTheFormsDeployedWithIt() {
        String own = deployedVersion("yanming-zzb", upload("weak-branch-rectification.bpmn", PROCESS.replace("camunda:versionTag=\"1.0.0\"",
                "camunda:versionTag=\"1.0.1\"")), upload("rectification-approve-plan.form", FORM.replace("\"label\": \"退回意见\"", "\"label\": \"修改意见\"")));
        String shared = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification").withoutTenantId()
                .latestVersion().singleResult().getId();

        DiffReport report = data.as("yanming-zzb", () -> diff.diff(shared, own));

        assertThat(report.elements()).singleElement().satisfies(process -> assertThat(process.attributes())
                .containsExactly(new AttributeChange("camunda:versionTag", "1.0.0", "1.0.1")));
        assertThat(report.forms()).singleElement().satisfies(form -> {
            assertThat(form.formId()).isEqualTo("rectification-approve-plan");
            assertThat(form.fields()).singleElement().satisfies(field -> assertThat(field.attributes())
                    .containsExactly(new AttributeChange("label", "退回意见", "修改意见")));
        });
    }

    @Test
    void aDraftIsComparedWithTheVersionItWouldReplace() {
        String shared = repositoryService.createProcessDefinitionQuery().processDefinitionKey("weak-branch-rectification").withoutTenantId()
                .latestVersion().singleResult().getId();

        DiffReport renamed = data.as("yanming-zzb", () -> diff.diffDraft(shared, "weak-branch-rectification.bpmn",
                PROCESS.replace("name=\"乡镇党委审核整顿方案\"", "name=\"乡镇党委审批整顿方案\"")));
        assertThat(renamed.to().definitionId()).isNull();
        assertThat(renamed.elements()).extracting(DiffReport.ItemChange::id).containsExactly("Task_ApprovePlan");
        assertThat(renamed.forms()).isEmpty();

        DiffReport form = data.as("yanming-zzb", () -> diff.diffDraft(shared, "rectification-approve-plan.form",
                FORM.replace("\"maxLength\": 2000", "\"maxLength\": 500")));
        assertThat(form.forms()).singleElement().satisfies(change -> assertThat(change.fields()).extracting(DiffReport.ItemChange::id)
                .containsExactly("planComment"));

        assertThatThrownBy(() -> data.as("yanming-zzb", () -> diff.diffDraft(shared, "weak-branch-rectification.bpmn",
                PROCESS.replace("${planSteps.draftPlan(task)}", "${dataSource.connection}")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    void theReviewAnswersAPolicyOwnerAndRefusesATownship() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        String shared = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("acceptance-decision").withoutTenantId()
                .latestVersion().singleResult().getId();
        String lintBody = json(Map.of("name", "acceptance-decision.dmn", "text", TABLE.replace("[P:L-CH] 其余情形", "其余情形")));
        String draftBody = json(Map.of("definitionId", shared, "name", "acceptance-decision.dmn", "text", TABLE));

        perform(mvc, "qingshan-dw", get("/api/policy/diff").param("from", shared).param("to", shared)).andExpect(status().isForbidden());
        perform(mvc, "qingshan-dw", post("/api/policy/diff-draft").contentType(MediaType.APPLICATION_JSON).content(draftBody))
                .andExpect(status().isForbidden());
        perform(mvc, "qingshan-dw", post("/api/policy/lint").contentType(MediaType.APPLICATION_JSON).content(lintBody))
                .andExpect(status().isForbidden());

        perform(mvc, "yanming-zzb", post("/api/policy/lint").contentType(MediaType.APPLICATION_JSON).content(lintBody))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].rule").value("lingyan/rule-annotated"))
                .andExpect(jsonPath("$[0].severity").value("ERROR")).andExpect(jsonPath("$[0].elementId").value("rule-score-below-70"))
                .andExpect(jsonPath("$[0].elementName").value("整顿验收结论第4条规则")).andExpect(jsonPath("$[0].message").isNotEmpty());
        perform(mvc, "yanming-zzb", post("/api/policy/diff-draft").contentType(MediaType.APPLICATION_JSON).content(draftBody))
                .andExpect(status().isOk()).andExpect(jsonPath("$.from.definitionId").value(shared)).andExpect(jsonPath("$.decisions").isEmpty());
        perform(mvc, "admin", get("/api/policy/diff").param("from", shared).param("to", shared))
                .andExpect(status().isOk()).andExpect(jsonPath("$.to.key").value("acceptance-decision"));
    }

    private ResultActions perform(MockMvc mvc, String user, MockHttpServletRequestBuilder request) throws Exception {
        data.actAs(user);
        try {
            return mvc.perform(request);
        } finally {
            data.actAsSystem();
        }
    }

    /** Deploys {@code uploads} as {@code user} and answers the id of the process or decision version they made. */
    private String deployedVersion(String user, Upload... uploads) {
        String deploymentId = data.as(user, () -> deployments.deploy(null, List.of(uploads), "县委组织部调整规则")).deploymentId();
        var process = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
        return process != null ? process.getId() : repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    }

    private static Upload upload(String name, String text) {
        return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object body) throws Exception {
        return new ObjectMapper().writeValueAsString(body);
    }
}
