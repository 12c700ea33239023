package cn.lingyan.vetting;

import cn.lingyan.system.Inputs;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.People;
import cn.lingyan.system.PlainValues;
import cn.lingyan.system.WorkCalendar;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 县级联审 (B4, B5): the org department sends the candidate to the departments, each answers within a
 * number of working days (reminded before, escalated after), and the answers are combined by DMN.
 */
@Component("jointReview")
public class JointReviewSteps {

    private final VettingArchive archive;
    private final VettingRules rules;
    private final VettingProperties properties;
    private final WorkCalendar calendar;
    private final OrgDirectory directory;
    private final People people;
    private final Clock clock;

    JointReviewSteps(VettingArchive archive, VettingRules rules, VettingProperties properties, WorkCalendar calendar,
            OrgDirectory directory, People people, Clock clock) {
        this.archive = archive;
        this.rules = rules;
        this.properties = properties;
        this.calendar = calendar;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** Create listener of 县委组织部发起联审: the county's departments by DMN, all ticked, and the default reply time. */
    public void prepareLaunch(DelegateTask task) {
        List<VettingRules.Department> departments = departments(VettingRef.of(archive, task));
        task.setVariable("departmentOptions", PlainValues.json(departments.stream()
                .map(d -> Map.of("label", d.name() + (d.mandatory() ? "（必须参加）" : ""), "value", d.role())).toList()));
        task.getExecution().setVariable("reviewDepartments", PlainValues.json(departments.stream().map(VettingRules.Department::role).toList()));
        task.getExecution().setVariable("replyWorkingDays", properties.replyWorkingDays());
    }

    /** Complete listener of 县委组织部发起联审: opens one answer per department for a new review round. */
    public void launch(DelegateTask task) {
        VettingRef ref = VettingRef.of(archive, task);
        List<VettingRules.Department> departments = departments(ref);
        Map<String, VettingRules.Department> byRole = departments.stream()
                .collect(Collectors.toMap(VettingRules.Department::role, d -> d, (a, b) -> a, LinkedHashMap::new));
        // the form's options come from the table, so only this listener can hold the choice against it
        List<String> chosen = Inputs.strings(task, "reviewDepartments").stream().distinct().toList();
        for (String role : chosen) {
            if (!byRole.containsKey(role)) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + role + "”不是本县联审部门");
            }
        }
        List<String> missing = departments.stream().filter(d -> d.mandatory() && !chosen.contains(d.role()))
                .map(VettingRules.Department::name).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, String.join("、", missing) + "必须参加联审");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendar.plusWorkingDays(today, Inputs.number(task, "replyWorkingDays").intValue());
        LocalDate remind = calendar.minusWorkingDays(due, properties.remindWorkingDaysBefore());
        if (!remind.isAfter(today)) {
            remind = due;
        }
        int round = archive.findLatestRound(ref.id()) + 1;
        List<String> ordered = byRole.keySet().stream().filter(chosen::contains).toList();
        for (String role : ordered) {
            archive.insertAnswer(ref.id(), round, role, byRole.get(role).name(), due);
        }
        DelegateExecution execution = task.getExecution();
        // answers are due by the end of the due date; the overdue escalation fires when it is over
        execution.setVariable("replyDue", Date.from(due.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        execution.setVariable("replyRemindAt", Date.from(remind.atTime(properties.remindAt()).atZone(clock.getZone()).toInstant()));
        execution.setVariable("replyDueText", due.toString());
        archive.insertEvent(ref.id(), "JOINT_REVIEW_LAUNCHED", "第" + round + "轮联审："
                + ordered.stream().map(r -> byRole.get(r).name()).collect(Collectors.joining("、")) + "，" + due + "前答复",
                people.currentUserId());
    }

    /** Collection of the multi-instance department review: the departments of the archive's latest round, in order. */
    public List<String> departmentList(DelegateExecution execution) {
        long vettingId = VettingRef.of(archive, execution).id();
        return archive.findAnswersOfRound(vettingId, archive.findLatestRound(vettingId)).stream().map(AnswerRow::department).toList();
    }

    /** Create listener of 联审部门审查: labels, the enabled clauses, and this answer's own form variables. */
    public void openAnswer(DelegateTask task) {
        AnswerRow answer = answer(task.getExecution());
        task.setVariableLocal("departmentName", answer.departmentName());
        String village = VettingRef.of(archive, task).row().villageCode();
        task.setVariableLocal("clauseOptions", PlainValues.json(rules.clauses(village).values().stream().filter(VettingRules.Clause::enabled)
                .map(c -> Map.of("label", c.label(), "value", c.code())).toList()));
        // the answer's fields live in this department's scope, so parallel answers never touch each other; they are
        // typed (not null), because Tasklist submits each field with the type of the variable it found
        task.getExecution().setVariableLocal("reviewResult", "");
        task.getExecution().setVariableLocal("hitClauses", PlainValues.json(List.of()));
        task.getExecution().setVariableLocal("evidenceNote", "");
    }

    /** Complete listener of 联审部门审查: the clauses must be ones the current negative list enables. */
    public void recordAnswer(DelegateTask task) {
        String result = Inputs.text(task, "reviewResult");
        List<String> clauses = "HIT".equals(result) ? Inputs.strings(task, "hitClauses").stream().distinct().toList() : List.of();
        Map<String, VettingRules.Clause> known = rules.clauses(VettingRef.of(archive, task).row().villageCode());
        for (String code : clauses) {
            VettingRules.Clause clause = known.get(code);
            if (clause == null || !clause.enabled()) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + code + "”不是现行负面清单条目");
            }
        }
        AnswerRow answer = answer(task.getExecution());
        if (answer.result() != null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, answer.departmentName() + "本轮已答复");
        }
        archive.recordAnswer(answer.vettingId(), answer.reviewRound(), answer.department(), result, String.join(",", clauses),
                Inputs.text(task, "evidenceNote"), people.currentUserId());
        archive.insertEvent(answer.vettingId(), "ANSWERED", answer.departmentName() + "："
                + ("HIT".equals(result) ? "命中" + String.join("、", clauses) : "未发现负面清单情形"), people.currentUserId());
    }

    /** Reminder timer: the answer falls due soon. */
    public void remind(DelegateExecution execution) {
        AnswerRow answer = answer(execution);
        archive.markReminded(answer.vettingId(), answer.reviewRound(), answer.department());
        archive.insertEvent(answer.vettingId(), "REMINDED", answer.departmentName() + "应于" + answer.dueDate() + "前答复", null);
    }

    /** Create listener of 联审逾期督办: the department missed its deadline; the org department chases it. */
    public void escalate(DelegateTask task) {
        AnswerRow answer = answer(task.getExecution());
        task.setVariableLocal("departmentName", answer.departmentName());
        archive.markEscalated(answer.vettingId(), answer.reviewRound(), answer.department());
        archive.insertEvent(answer.vettingId(), "ESCALATED", answer.departmentName() + "逾期未答复（期限" + answer.dueDate() + "）",
                null);
    }

    /** Complete listener of 联审逾期督办. */
    public void recordChase(DelegateTask task) {
        AnswerRow answer = answer(task.getExecution());
        String note = Inputs.text(task, "chaseNote");
        archive.recordChase(answer.vettingId(), answer.reviewRound(), answer.department(), note);
        archive.insertEvent(answer.vettingId(), "CHASED", answer.departmentName() + "：" + note, people.currentUserId());
    }

    /** After all answers: hits classified by the negative list (DMN-B1), counted for the verdict (DMN-B2). */
    public void combine(DelegateExecution execution) {
        VettingRef ref = VettingRef.of(archive, execution);
        long vettingId = ref.id();
        String village = ref.row().villageCode();
        List<AnswerRow> answers = archive.findAnswersOfRound(vettingId, archive.findLatestRound(vettingId));
        Map<String, VettingRules.Clause> catalogue = rules.clauses(village);
        List<String> hard = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        for (String code : answers.stream().flatMap(a -> clauses(a).stream()).distinct().toList()) {
            String severity = rules.severityOf(code, village);
            String label = catalogue.containsKey(code) ? catalogue.get(code).label() : code;
            if ("HARD".equals(severity)) {
                hard.add(label);
            } else if ("SOFT".equals(severity)) {
                soft.add(label);
            }
        }
        execution.setVariable("hardHits", hard.size());
        execution.setVariable("softHits", soft.size());
        List<String> all = new ArrayList<>(hard);
        all.addAll(soft);
        execution.setVariable("hitClausesText", all.isEmpty() ? "无" : String.join("；", all));
        execution.setVariable("answersText", answers.stream().map(a -> a.departmentName() + "："
                + ("HIT".equals(a.result()) ? "命中 " + a.clauses() : "未发现负面清单情形") + "（" + a.evidenceNote() + "）")
                .collect(Collectors.joining("\n")));
        archive.insertEvent(vettingId, "ANSWERS_COMBINED", "负面清单" + rules.negativeListVersion(village) + "：不能" + hard.size()
                + "项，不宜" + soft.size() + "项", null);
    }

    /** End listener of the verdict table: the DMN-B2 result in variables and the archive. */
    public void applyVerdict(DelegateExecution execution) {
        Map<String, Object> result = Inputs.object(execution, "verdictResult");
        String verdict = (String) result.get("verdict");
        execution.setVariable("verdict", verdict);
        execution.setVariable("verdictReason", result.get("verdictReason"));
        long vettingId = VettingRef.of(archive, execution).id();
        archive.updateVerdict(vettingId, verdict);
        archive.insertEvent(vettingId, "VERDICT", verdict + " " + result.get("verdictReason"), null);
    }

    /** Complete listener of 联审会议研究 (SOFT hits): the meeting decides and records why. */
    public void meeting(DelegateTask task) {
        boolean clear = "CLEAR".equals(Inputs.text(task, "meetingDecision"));
        LocalDate date = Inputs.pastDate(task, "meetingDate", "会议日期", clock);
        String text = date + "联审会议" + (clear ? "研究通过：" : "研究不予通过：") + Inputs.text(task, "meetingReason");
        task.getExecution().setVariable("verdictReason", text);
        long vettingId = VettingRef.of(archive, task).id();
        archive.updateVerdict(vettingId, clear ? "MEETING_CLEARED" : "MEETING_DISQUALIFIED");
        archive.insertEvent(vettingId, "MEETING", text, people.currentUserId());
    }

    private List<VettingRules.Department> departments(VettingRef ref) {
        List<VettingRules.Department> departments = rules.departmentsOf(ref.row().countyCode());
        for (VettingRules.Department department : departments) {
            if (!directory.roles().containsKey(department.role())) {
                throw new IllegalStateException("joint-review-departments names role " + department.role()
                        + ", which lingyan.org.roles does not configure");
            }
        }
        return departments;
    }

    /** This department's answer of the latest round; the department is the multi-instance element, set by the engine. */
    private AnswerRow answer(DelegateExecution execution) {
        long vettingId = VettingRef.of(archive, execution).id();
        String department = Inputs.text(execution, "department");
        return archive.findAnswersOfRound(vettingId, archive.findLatestRound(vettingId)).stream()
                .filter(a -> a.department().equals(department)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No answer row for " + department));
    }

    private static List<String> clauses(AnswerRow answer) {
        return answer.clauses() == null || answer.clauses().isBlank() ? List.of() : List.of(answer.clauses().split(","));
    }
}
