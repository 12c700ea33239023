package cn.lingyan.rectification;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens a case when weak-branch-rectification starts: checks the village and that the starter acts for it,
 * refuses a second open case of the same village, names the case for people (business key, village and
 * township names), copies the time rules into the case and writes the ledger row.
 */
@Component("caseStartListener")
class CaseStartListener implements ExecutionListener {

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final RectificationLedger ledger;
    private final RectificationProperties rules;
    private final CaseSteps steps;
    private final Clock clock;

    CaseStartListener(OrgDirectory directory, UnitScope unitScope, RectificationLedger ledger, RectificationProperties rules,
            CaseSteps steps, Clock clock) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.ledger = ledger;
        this.rules = rules;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Only a village the county confirmed in a yearly screening skips the screening steps; its categories and cause
     * are the ones the county confirmed there.
     */
    private ScreeningRow confirmedByCampaign(String campaignKey, OrgUnit village) {
        return (campaignKey == null ? List.<ScreeningRow>of() : ledger.findScreenings(campaignKey)).stream()
                .filter(row -> village.code().equals(row.villageCode()) && Boolean.TRUE.equals(row.included())).findFirst()
                .orElseThrow(() -> new InvalidInputException(ErrorCode.FORM_INVALID,
                        village.name() + "未在年度排查中经县级确认，请先完成逐村排查和县级确认"));
    }

    @Override
    public void notify(DelegateExecution execution) {
        OrgUnit village = directory.village(Inputs.text(execution, "villageCode"));
        unitScope.requireMayStart(ProcessKeys.WEAK_BRANCH_RECTIFICATION, village.code());
        CaseRow open = ledger.findOpenCaseOfVillage(village.code());
        if (open != null) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_CASE, village.name(), open.businessKey());
        }
        int year = LocalDate.now(clock).getYear();
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(village.code() + "-" + year + "-rectification");
        }
        OrgUnit township = directory.unit(village.townshipCode(), OrgLevel.TOWNSHIP);
        boolean fromCampaign = Inputs.bool(execution, "confirmedByCampaign");
        String campaignKey = Inputs.text(execution, "campaignKey");
        ScreeningRow screening = fromCampaign ? confirmedByCampaign(campaignKey, village) : null;

        execution.setVariable("villageCode", village.code());
        execution.setVariable("villageName", village.name());
        execution.setVariable("townshipCode", township.code());
        execution.setVariable("townshipName", township.name());
        execution.setVariable("countyCode", village.countyCode());
        execution.setVariable("caseYear", year);
        execution.setVariable("caseTitle", village.name() + "软弱涣散村党组织整顿");
        execution.setVariable("cycle", 1);
        execution.setVariable("extensionsUsed", 0);
        execution.setVariable("supervised", false);
        execution.setVariable("confirmedByCampaign", fromCampaign);
        execution.setVariable("progressReportCycle", rules.progressReportCycle());
        execution.setVariable("leaderVisitCycle", rules.leaderVisitCycle());
        execution.setVariable("consolidationPeriod", rules.consolidationPeriod());

        ledger.insertCase(new CaseRow(null, execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                village.code(), village.name(), township.code(), village.countyCode(), year, 1,
                fromCampaign ? CaseStage.RECTIFYING.name() : CaseStage.SCREENING.name(), false, null, null, 0,
                campaignKey, null, null, null, null));
        long caseId = ledger.findCaseByInstance(execution.getProcessInstanceId()).id();
        execution.setVariable("caseId", caseId);
        if (screening != null) {
            steps.recordConfirmation(caseId, 1, screening.villageCode(), List.of(screening.confirmedCategories().split(",")), screening.rootCause(),
                    "县级确认（年度排查）");
        }
    }
}
