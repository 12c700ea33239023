package cn.lingyan.rectification;

import cn.lingyan.system.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 反弹重新整顿、挂牌督办: a relapse found in the look-back opens a new rectification cycle of the same case
 * under county supervision, with the categories that recurred.
 */
@Component("reopenCaseDelegate")
class ReopenCaseDelegate implements JavaDelegate {

    private final RectificationLedger ledger;
    private final CategoryCatalogue catalogue;

    ReopenCaseDelegate(RectificationLedger ledger, CategoryCatalogue catalogue) {
        this.ledger = ledger;
        this.catalogue = catalogue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseRef previous = CaseRef.of(ledger, execution);
        int cycle = previous.cycle() + 1;
        ledger.startCycle(previous.caseId(), cycle);
        for (String code : Inputs.strings(execution, "recurredCategories").stream().distinct().toList()) {
            ledger.insertCategory(previous.caseId(), cycle, code, catalogue.name(code, previous.row().villageCode()));
        }
        Object reason = Inputs.object(execution, "lookBack").get("lookBackReason");
        ledger.insertEvent(previous.caseId(), cycle, "REOPENED", "挂牌督办：" + reason, null);
        execution.setVariable("cycle", cycle);
        execution.setVariable("supervised", true);
        execution.setVariable("planComment", ""); // typed, not null: Tasklist submits with the loaded type
    }
}
