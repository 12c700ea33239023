package cn.lingyan.rectification;

import cn.lingyan.org.CountyRules;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.ProcessKeys;
import java.util.Map;
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

    private final CountyRules countyRules;

    StartCasesDelegate(CountyRules countyRules) {
        this.countyRules = countyRules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int started = 0;
        for (Map<String, Object> village : Inputs.rows(execution, "confirmedVillages")) {
            String villageCode = String.valueOf(village.get("villageCode"));
            countyRules.start(ProcessKeys.WEAK_BRANCH_RECTIFICATION, villageCode, null, Variables.createVariables()
                    .putValue("villageCode", villageCode)
                    .putValue("confirmedByCampaign", true)
                    .putValue("campaignKey", execution.getVariable("campaignKey")));
            started++;
        }
        execution.setVariable("startedCases", started);
    }
}
