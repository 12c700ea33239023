package cn.lingyan.rectification;

import cn.lingyan.org.People;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task listeners of 一村一策: the plan with its three lists, kept in the ledger, and the township's review. */
@Component("planSteps")
public class PlanSteps {

    private final RectificationLedger ledger;
    private final MeasureProjections projections;
    private final People people;
    private final Clock clock;

    PlanSteps(RectificationLedger ledger, MeasureProjections projections, People people, Clock clock) {
        this.ledger = ledger;
        this.projections = projections;
        this.people = people;
        this.clock = clock;
    }

    /** Complete listener of 制定"一村一策"整顿方案: replaces this cycle's plan in the ledger. */
    public void draftPlan(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        List<Map<String, Object>> problems = Inputs.rows(task, "problems");
        List<Map<String, Object>> measures = Inputs.rows(task, "measures");
        List<Map<String, Object>> responsibilities = Inputs.rows(task, "responsibilities");
        // the form's lists may be left empty; a plan needs all three
        List<String> missing = new ArrayList<>();
        if (problems.isEmpty()) {
            missing.add("问题清单");
        }
        if (measures.isEmpty()) {
            missing.add("任务清单");
        }
        if (responsibilities.isEmpty()) {
            missing.add("责任清单");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, String.join("、", missing) + "至少要填写一项");
        }
        LocalDate deadline = ref.row().deadline();
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Map<String, Object> measure = measures.get(i);
            LocalDate due = Inputs.date(measure.get("dueDate"), "任务清单第" + (i + 1) + "项的完成时限");
            if (due == null || due.isBefore(LocalDate.now(clock)) || (deadline != null && due.isAfter(deadline))) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "任务清单第" + (i + 1) + "项的完成时限应在今天到整顿期限"
                        + (deadline == null ? "" : "（" + deadline + "）") + "之间");
            }
            rows.add(new MeasureRow(ref.caseId(), ref.cycle(), i + 1, PlainValues.text(measure.get("measure")),
                    PlainValues.text(measure.get("owner")), due, "NOT_STARTED", null));
        }

        ledger.deleteProblems(ref.caseId(), ref.cycle());
        ledger.deleteMeasures(ref.caseId(), ref.cycle());
        ledger.deleteResponsibilities(ref.caseId(), ref.cycle());
        ledger.deletePlan(ref.caseId(), ref.cycle());
        ledger.insertPlan(ref.caseId(), ref.cycle(), Inputs.text(task, "planSummary"), people.currentUserId());
        for (int i = 0; i < problems.size(); i++) {
            ledger.insertProblem(ref.caseId(), ref.cycle(), i + 1, PlainValues.text(problems.get(i).get("problem")));
        }
        rows.forEach(ledger::insertMeasure);
        projections.publishStatus(task.getExecution(), ref);
        for (int i = 0; i < responsibilities.size(); i++) {
            Map<String, Object> item = responsibilities.get(i);
            ledger.insertResponsibility(ref.caseId(), ref.cycle(), i + 1, PlainValues.text(item.get("item")),
                    PlainValues.text(item.get("responsible")));
        }
    }

    /** Complete listener of 乡镇党委审核整顿方案. */
    public void reviewPlan(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        if ("APPROVE".equals(Inputs.text(task, "planDecision"))) {
            ledger.approvePlan(ref.caseId(), ref.cycle(), people.currentUserId());
            task.setVariable("planComment", ""); // typed: Tasklist submits a field with the type it loaded
        } else {
            ledger.returnPlan(ref.caseId(), ref.cycle());
            ledger.insertEvent(ref.caseId(), ref.cycle(), "PLAN_RETURNED", Inputs.text(task, "planComment"),
                    people.currentUserId());
        }
    }
}
