package cn.lingyan.rectification;

import cn.lingyan.system.Inputs;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 设定再整改期限: a failed acceptance sends the case back, with at least the re-rectification period left and a fresh extension allowance. */
@Component("resetDeadlineDelegate")
class ResetDeadlineDelegate implements JavaDelegate {

    private final RectificationLedger ledger;
    private final CaseSteps caseSteps;
    private final RectificationProperties rules;
    private final Clock clock;

    ResetDeadlineDelegate(RectificationLedger ledger, CaseSteps caseSteps, RectificationProperties rules, Clock clock) {
        this.ledger = ledger;
        this.caseSteps = caseSteps;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        // a failed acceptance never shortens the time the village already had
        LocalDate again = LocalDate.now(clock).plus(rules.reRectificationPeriod());
        LocalDate current = ref.row().deadline();
        LocalDate due = current != null && current.isAfter(again) ? current : again;
        caseSteps.setDeadline(execution, ref.caseId(), due, 0);
        ledger.updateStage(ref.caseId(), CaseStage.RECTIFYING.name());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "ACCEPTANCE_FAILED", "再整改期限至" + due, null);
        Object reason = Inputs.object(execution, "acceptance").get("acceptanceReason");
        String note = Inputs.text(execution, "acceptanceNote").replaceAll("[。.；;\\s]+$", "");
        execution.setVariable("lastAcceptanceText", "上次验收未通过：" + reason + "。验收意见：" + note + "。再整改期限至" + due + "。");
    }
}
