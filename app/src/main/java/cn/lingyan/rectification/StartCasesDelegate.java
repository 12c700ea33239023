package cn.lingyan.rectification;

import cn.lingyan.system.Inputs;
import cn.lingyan.system.ProcessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 逐村启动整顿案件: one weak-branch-rectification case per confirmed village, in the campaign's transaction; each case
 * takes its categories and cause from the campaign's ledger rows.
 */
@Component("startCasesDelegate")
class StartCasesDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    StartCasesDelegate(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int started = 0;
        for (Map<String, Object> village : Inputs.rows(execution, "confirmedVillages")) {
            runtimeService.startProcessInstanceByKey(ProcessKeys.WEAK_BRANCH_RECTIFICATION, Variables.createVariables()
                    .putValue("villageCode", village.get("villageCode"))
                    .putValue("confirmedByCampaign", true)
                    .putValue("campaignKey", execution.getVariable("campaignKey")));
            started++;
        }
        execution.setVariable("startedCases", started);
    }
}
