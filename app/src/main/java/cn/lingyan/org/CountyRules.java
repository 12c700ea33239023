package cn.lingyan.org;

import cn.lingyan.engine.DeployedDecisionTables;
import cn.lingyan.engine.SystemAccess;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * Which version of a rule or process applies to a county: the county's own, where its policy owner deployed one
 * (a deployment for the county's tenant), else the shared default the application ships (the province's). Every
 * decision and every start in the project goes through here, so one county's change never reaches another county.
 */
@Component("countyRules")
public class CountyRules {

    private final RepositoryService repositoryService;
    private final DecisionService decisionService;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;
    private final DeployedDecisionTables tables;

    CountyRules(RepositoryService repositoryService, DecisionService decisionService, RuntimeService runtimeService,
            SystemAccess systemAccess, DeployedDecisionTables tables) {
        this.tables = tables;
        this.repositoryService = repositoryService;
        this.decisionService = decisionService;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    /**
     * The tenant whose table a business rule task evaluates, as {@code camunda:decisionRefTenantId="${countyRules.tenant(execution)}"}:
     * the case's county if it has its own version of the task's decision, else null (the shared default).
     */
    public String tenant(DelegateExecution execution) {
        String county = execution.getTenantId();
        if (county == null || !(execution.getBpmnModelElementInstance() instanceof BusinessRuleTask task)) {
            return null;
        }
        return hasOwnDecision(county, task.getCamundaDecisionRef()) ? county : null;
    }

    public boolean hasOwnDecision(String county, String decisionKey) {
        return county != null && systemAccess.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).tenantIdIn(county).count() > 0);
    }

    public boolean hasOwnProcess(String county, String processKey) {
        return county != null && systemAccess.call(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).tenantIdIn(county).count() > 0);
    }

    /** Evaluates the version of {@code decisionKey} that applies to the county containing {@code unitCode}, as the system. */
    public DmnDecisionResult evaluate(String decisionKey, String unitCode, Map<String, Object> variables) {
        String county = countyOf(unitCode);
        return systemAccess.call(() -> {
            DecisionsEvaluationBuilder builder = decisionService.evaluateDecisionByKey(decisionKey)
                    .variables(Variables.fromMap(variables));
            builder = hasOwnDecision(county, decisionKey) ? builder.decisionDefinitionTenantId(county)
                    : builder.decisionDefinitionWithoutTenantId();
            return builder.evaluate();
        });
    }

    /** Starts the version of {@code processKey} that applies to the county of {@code unitCode} (business key optional). */
    public ProcessInstance start(String processKey, String unitCode, String businessKey, Map<String, Object> variables) {
        String county = countyOf(unitCode);
        ProcessInstantiationBuilder builder = runtimeService.createProcessInstanceByKey(processKey).setVariables(variables);
        if (businessKey != null) {
            builder = builder.businessKey(businessKey);
        }
        builder = hasOwnProcess(county, processKey) ? builder.processDefinitionTenantId(county)
                : builder.processDefinitionWithoutTenantId();
        return builder.execute();
    }

    /**
     * The rules of a table as a person reads them, for the form of the step the table decides: each rule's annotation
     * without its source tag ("[P:L-CH] 得分70分及以上，验收合格" → "得分70分及以上，验收合格"), from the version in force
     * for the county of {@code unitCode}, so a changed table changes the text new tasks show.
     */
    public String ruleText(String decisionKey, String unitCode) {
        return tables.rules(decisionKey, countyOf(unitCode)).stream().map(DeployedDecisionTables.Rule::description)
                .map(text -> text.replaceFirst("^\\[[^\\]]*\\]\\s*(default\\s*)?", "").trim()).filter(text -> !text.isEmpty())
                .collect(java.util.stream.Collectors.joining("；"));
    }

    /** The county (tenant id) of a division code, or null for none. */
    public static String countyOf(String unitCode) {
        return unitCode == null || unitCode.length() < OrgLevel.COUNTY.codeLength() ? null : OrgLevel.COUNTY.ancestorCode(unitCode);
    }
}
