package cn.lingyan.rectification;

import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Listeners of the rectification period: monthly progress against the task list, county-leader visits,
 * the deadline and its one extension, and the township's request for acceptance.
 */
@Component("rectifySteps")
public class RectifySteps {

    private final RectificationLedger ledger;
    private final MeasureProjections projections;
    private final CaseSteps caseSteps;
    private final People people;
    private final RectificationProperties rules;
    private final Clock clock;

    RectifySteps(RectificationLedger ledger, MeasureProjections projections, CaseSteps caseSteps, People people,
            RectificationProperties rules, Clock clock) {
        this.ledger = ledger;
        this.projections = projections;
        this.caseSteps = caseSteps;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Start listener of 整改落实: the measures as the ledger has them become the list that the monthly reports
     * and the request for acceptance edit, kept on the sub-process so every task inside sees the latest state.
     */
    public void openRectification(DelegateExecution execution) {
        execution.setVariableLocal("measureProgress", projections.progress(CaseRef.of(ledger, execution)));
    }

    /** Create listener of 报送月度整顿进展: refreshes that list from the ledger (drops any unsaved edits). */
    public void prepareProgress(DelegateTask task) {
        task.getExecution().setVariable("measureProgress", projections.progress(CaseRef.of(ledger, task)));
    }

    /** Complete listener of 报送月度整顿进展. */
    public void reportProgress(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        List<MeasureRow> measures = applyProgress(task, ref);
        long done = measures.stream().filter(MeasureRow::done).count();
        ledger.insertProgress(ref.caseId(), ref.cycle(), Inputs.text(task, "progressSummary"), (int) done, measures.size(),
                people.currentUserId());
    }

    /** Writes the submitted statuses of the task list to the ledger and publishes the result for later forms. */
    private List<MeasureRow> applyProgress(DelegateTask task, CaseRef ref) {
        for (Map<String, Object> item : Inputs.rows(task, "measureProgress")) {
            // the number is read-only in the form, so the form does not check it
            Double number = PlainValues.number(item.get("measureNo"));
            if (number == null) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "整改任务进展中有无效的序号");
            }
            if (ledger.updateMeasureProgress(ref.caseId(), ref.cycle(), number.intValue(), PlainValues.text(item.get("status")),
                    PlainValues.text(item.get("evidence"))) == 0) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "任务清单中没有序号为" + number.intValue() + "的任务");
            }
        }
        return projections.publishStatus(task.getExecution(), ref);
    }

    /** Complete listener of 记录县级领导走访指导. */
    public void recordVisit(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        LocalDate visitDate = Inputs.pastDate(task, "visitDate", "走访日期", clock);
        Double count = Inputs.number(task, "visitCount");
        ledger.insertVisit(ref.caseId(), task.getAssignee() != null ? task.getAssignee() : people.currentUserId(), visitDate,
                count == null ? 1 : count.intValue(), Inputs.text(task, "visitContent"), Inputs.text(task, "problemsSolved"));
    }

    /** End listener of the deadline timer: the case is overdue and goes to the county org department. */
    public void markOverdue(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        ledger.insertEvent(ref.caseId(), ref.cycle(), "OVERDUE", null, null);
    }

    /** Complete listener of 县委组织部处理整顿超期: at most the configured number of extensions, each bounded. */
    public void handleOverdue(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        String note = Inputs.text(task, "overdueNote");
        if ("EXTEND".equals(Inputs.text(task, "overdueDecision"))) {
            int used = ref.row().extensionsUsed();
            int allowed = rules.maxExtensions();
            if (used >= allowed) {
                throw new InvalidInputException(ErrorCode.EXTENSION_REFUSED, "本案已延期" + used + "次，最多允许" + allowed
                        + "次，请选择“不予延期，挂牌督办”");
            }
            // the form allows whole months up to its own maximum; the configured one may be lower
            int months = Inputs.number(task, "extensionMonths").intValue();
            if (months > rules.maxExtensionMonths()) {
                throw new InvalidInputException(ErrorCode.EXTENSION_REFUSED, "延期月数应为1到" + rules.maxExtensionMonths() + "之间的整数");
            }
            LocalDate due = ref.row().deadline().plusMonths(months);
            if (!due.isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException(ErrorCode.EXTENSION_REFUSED, "原期限" + ref.row().deadline() + "延期" + months
                        + "个月后仍早于今天，请延长更多月数或挂牌督办");
            }
            caseSteps.setDeadline(task.getExecution(), ref.caseId(), due, used + 1);
            ledger.insertEvent(ref.caseId(), ref.cycle(), "EXTENDED", "延期至" + due + "；" + note, people.currentUserId());
        } else {
            task.setVariable("supervised", true);
            ledger.markSupervised(ref.caseId());
            ledger.insertEvent(ref.caseId(), ref.cycle(), "SUPERVISED", note, people.currentUserId());
        }
    }

    /** Complete listener of 乡镇党委申请验收: the township confirms how far each measure got, then asks for acceptance. */
    public void requestAcceptance(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        applyProgress(task, ref);
        ledger.updateStage(ref.caseId(), CaseStage.ACCEPTANCE.name());
        ledger.insertEvent(ref.caseId(), ref.cycle(), "ACCEPTANCE_REQUESTED", "自评得分" + Inputs.text(task, "selfScore"),
                people.currentUserId());
    }
}
