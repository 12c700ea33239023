package cn.lingyan.rectification;

import cn.lingyan.org.People;
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

    private final RectificationLedger ledger;
    private final People people;

    AcceptanceSteps(RectificationLedger ledger, People people) {
        this.ledger = ledger;
        this.people = people;
    }

    /** Complete listener of 县委组织部验收评分: whether every measure is done comes from the ledger, not the form. */
    public void prepareAcceptance(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        List<MeasureRow> measures = ledger.findMeasures(ref.caseId(), ref.cycle());
        task.setVariable("allTasksClosed", !measures.isEmpty() && measures.stream().allMatch(MeasureRow::done));
        task.setVariable("acceptedBy", people.currentUserId());
    }

    /** End listener of the acceptance decision: one ledger row per acceptance, passed or failed. */
    public void recordAcceptance(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        Map<String, Object> acceptance = resultOf(execution.getVariable("acceptance"));
        ledger.insertAcceptance(ref.caseId(), ref.cycle(), decimal(execution.getVariable("selfScore")),
                decimal(execution.getVariable("score")), decimal(execution.getVariable("unsatisfiedRatio")),
                Boolean.TRUE.equals(execution.getVariable("allTasksClosed")), String.valueOf(acceptance.get("acceptanceResult")),
                PlainValues.text(acceptance.get("acceptanceReason")), PlainValues.text(execution.getVariable("acceptanceNote")),
                PlainValues.text(execution.getVariable("acceptedBy")));
    }

    /** Complete listener of 县委组织部销号: the consolidation period begins. */
    public void signOff(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        ledger.markSignedOff(ref.caseId());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "SIGNED_OFF", PlainValues.text(task.getVariable("signOffNote")),
                people.currentUserId());
    }

    /** Complete listener of 乡镇党委开展"回头看". */
    public void lookBack(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        boolean relapse = PlainValues.bool(task.getVariable("relapseFound"));
        task.setVariable("relapseFound", relapse);
        String recurred = relapse ? String.join(",", PlainValues.strings(task.getVariable("recurredCategories"))) : "";
        ledger.insertEvent(ref.caseId(), ref.cycle(), "LOOK_BACK",
                (recurred.isEmpty() ? "" : "再次出现：" + recurred + "；") + PlainValues.text(task.getVariable("lookBackNote")),
                people.currentUserId());
    }

    /** End listener of 巩固完成: the case is closed. */
    public void close(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        ledger.markClosed(ref.caseId());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "CLOSED", null, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resultOf(Object value) {
        Object plain = PlainValues.of(value);
        return plain instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static BigDecimal decimal(Object value) {
        Double number = PlainValues.number(value);
        return number == null ? null : BigDecimal.valueOf(number);
    }
}
