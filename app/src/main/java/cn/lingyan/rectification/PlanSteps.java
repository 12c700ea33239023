package cn.lingyan.rectification;

import cn.lingyan.org.People;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task listeners of 一村一策: the plan with its three lists, kept in the ledger, and the township's review. */
@Component("planSteps")
public class PlanSteps {

    private final RectificationLedger ledger;
    private final People people;
    private final Clock clock;

    PlanSteps(RectificationLedger ledger, People people, Clock clock) {
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
    }

    /** Complete listener of 制定"一村一策"整顿方案: replaces this cycle's plan in the ledger. */
    public void draftPlan(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        List<Map<String, Object>> problems = PlainValues.listOfMaps(task.getVariable("problems"));
        List<Map<String, Object>> measures = PlainValues.listOfMaps(task.getVariable("measures"));
        List<Map<String, Object>> responsibilities = PlainValues.listOfMaps(task.getVariable("responsibilities"));
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
        LocalDate deadline = deadline(task);
        List<MeasureRow> rows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Map<String, Object> measure = measures.get(i);
            LocalDate due = date(measure.get("dueDate"), "任务清单第" + (i + 1) + "项的完成时限");
            if (due.isBefore(LocalDate.now(clock)) || (deadline != null && due.isAfter(deadline))) {
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
        ledger.insertPlan(ref.caseId(), ref.cycle(), PlainValues.text(task.getVariable("planSummary")), people.currentUserId());
        for (int i = 0; i < problems.size(); i++) {
            ledger.insertProblem(ref.caseId(), ref.cycle(), i + 1, PlainValues.text(problems.get(i).get("problem")));
        }
        rows.forEach(ledger::insertMeasure);
        publishMeasures(task.getExecution(), rows);
        for (int i = 0; i < responsibilities.size(); i++) {
            Map<String, Object> item = responsibilities.get(i);
            ledger.insertResponsibility(ref.caseId(), ref.cycle(), i + 1, PlainValues.text(item.get("item")),
                    PlainValues.text(item.get("responsible")));
        }
    }

    /** Complete listener of 乡镇党委审核整顿方案. */
    public void reviewPlan(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        if ("APPROVE".equals(PlainValues.text(task.getVariable("planDecision")))) {
            ledger.approvePlan(ref.caseId(), ref.cycle(), people.currentUserId());
            task.setVariable("planComment", ""); // typed: Tasklist submits a field with the type it loaded
        } else {
            ledger.returnPlan(ref.caseId(), ref.cycle());
            ledger.insertEvent(ref.caseId(), ref.cycle(), "PLAN_RETURNED", PlainValues.text(task.getVariable("planComment")),
                    people.currentUserId());
        }
    }

    private LocalDate deadline(DelegateTask task) {
        Object due = task.getVariable("rectificationDue");
        ZoneId zone = clock.getZone();
        return due instanceof Date date ? date.toInstant().atZone(zone).toLocalDate() : null;
    }

    private static final Map<String, String> STATUS_TEXT = Map.of("NOT_STARTED", "未开始", "IN_PROGRESS", "推进中",
            MeasureRow.DONE, "已完成");

    /** The task list with each measure's status in words, for the read-only tables of later forms. */
    static void publishMeasures(DelegateExecution execution, List<MeasureRow> measures) {
        List<Map<String, Object>> rows = measures.stream().map(m -> Map.<String, Object>of("measureNo", m.seq(),
                "measure", m.measure(), "owner", m.owner(), "dueDate", m.dueDate().toString(),
                "statusText", STATUS_TEXT.getOrDefault(m.status(), m.status()),
                "evidence", m.evidence() == null ? "" : m.evidence())).toList();
        execution.getProcessInstance().setVariable("measureStatus", PlainValues.json(rows));
    }

    static LocalDate date(Object value, String what) {
        String text = PlainValues.text(value);
        try {
            return LocalDate.parse(text == null ? "" : text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, what + "不是有效日期（格式：年-月-日）");
        }
    }
}
