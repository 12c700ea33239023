package cn.lingyan.rectification;

import cn.lingyan.org.CountyRules;
import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Listeners of 验收 → 销号 → 巩固 → 回头看: what the DMN tables decide, recorded in the ledger. */
@Component("acceptanceSteps")
public class AcceptanceSteps {

    static final String ACCEPTANCE_DECISION = "acceptance-decision";

    private final RectificationLedger ledger;
    private final People people;
    private final CountyRules countyRules;

    AcceptanceSteps(RectificationLedger ledger, People people, CountyRules countyRules) {
        this.ledger = ledger;
        this.people = people;
        this.countyRules = countyRules;
    }

    /** Complete listener of 县委组织部验收评分: whether every measure is done comes from the ledger, not the form. */
    public void prepareAcceptance(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        List<MeasureRow> measures = ledger.findMeasures(ref.caseId(), ref.cycle());
        task.setVariable("allTasksClosed", !measures.isEmpty() && measures.stream().allMatch(MeasureRow::done));
        task.setVariable("acceptedBy", people.currentUserId());
    }

    /** Create listener of 县委组织部验收评分: the form states the rule in force for the county, read from the table itself. */
    public void describeRule(DelegateTask task) {
        task.setVariable("acceptanceRuleText", countyRules.ruleText(ACCEPTANCE_DECISION, CaseRef.of(ledger, task).row().villageCode()));
    }

    /** End listener of the acceptance decision: one ledger row per acceptance, passed or failed. */
    public void recordAcceptance(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        Map<String, Object> acceptance = Inputs.object(execution, "acceptance");
        ledger.insertAcceptance(ref.caseId(), ref.cycle(), decimal(execution, "selfScore"), decimal(execution, "score"),
                decimal(execution, "unsatisfiedRatio"), Inputs.bool(execution, "allTasksClosed"),
                String.valueOf(acceptance.get("acceptanceResult")), PlainValues.text(acceptance.get("acceptanceReason")),
                Inputs.text(execution, "acceptanceNote"), Inputs.text(execution, "acceptedBy"));
    }

    /** Complete listener of 县委组织部销号: the consolidation period begins. */
    public void signOff(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        ledger.markSignedOff(ref.caseId());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "SIGNED_OFF", Inputs.text(task, "signOffNote"), people.currentUserId());
    }

    /** Complete listener of 乡镇党委开展"回头看". */
    public void lookBack(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        boolean relapse = Inputs.bool(task, "relapseFound");
        task.setVariable("relapseFound", relapse);
        String recurred = relapse ? String.join(",", Inputs.strings(task, "recurredCategories")) : "";
        ledger.insertEvent(ref.caseId(), ref.cycle(), "LOOK_BACK",
                (recurred.isEmpty() ? "" : "再次出现：" + recurred + "；") + Inputs.text(task, "lookBackNote"), people.currentUserId());
    }

    /** End listener of 巩固完成: the case is closed. */
    public void close(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        ledger.markClosed(ref.caseId());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "CLOSED", null, null);
    }

    private static BigDecimal decimal(DelegateExecution execution, String name) {
        Double number = Inputs.number(execution, name);
        return number == null ? null : BigDecimal.valueOf(number);
    }
}
