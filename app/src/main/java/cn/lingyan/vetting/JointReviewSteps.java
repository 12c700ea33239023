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
import java.util.Set;
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
        List<VettingRules.Department> departments = departments(task);
        task.setVariable("departmentOptions", PlainValues.json(departments.stream()
                .map(d -> Map.of("label", d.name() + (d.mandatory() ? "（必须参加）" : ""), "value", d.role())).toList()));
        task.getExecution().setVariable("reviewDepartments", PlainValues.json(departments.stream().map(VettingRules.Department::role).toList()));
        task.getExecution().setVariable("replyWorkingDays", properties.replyWorkingDays());
    }

    /** Complete listener of 县委组织部发起联审: opens one answer per department for a new review round. */
    public void launch(DelegateTask task) {
        List<VettingRules.Department> departments = departments(task);
        Map<String, VettingRules.Department> byRole = departments.stream()
                .collect(Collectors.toMap(VettingRules.Department::role, d -> d, (a, b) -> a, LinkedHashMap::new));
        List<String> chosen = PlainValues.strings(task.getVariable("reviewDepartments")).stream().distinct().toList();
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
        int days = PlainValues.number(task.getVariable("replyWorkingDays")).intValue();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendar.plusWorkingDays(today, days);
        LocalDate remind = calendar.minusWorkingDays(due, properties.remindWorkingDaysBefore());
        if (!remind.isAfter(today)) {
            remind = due;
        }
        long vettingId = vettingId(task.getExecution());
        int round = (task.getVariable("reviewRound") instanceof Number n ? n.intValue() : 0) + 1;
        List<String> ordered = byRole.keySet().stream().filter(chosen::contains).toList();
        for (String role : ordered) {
            archive.insertAnswer(vettingId, round, role, byRole.get(role).name(), due);
        }
        DelegateExecution execution = task.getExecution();
        execution.setVariable("reviewRound", round);
        execution.setVariable("reviewDepartmentList", new ArrayList<>(ordered));
        // answers are due by the end of the due date; the overdue escalation fires when it is over
        execution.setVariable("replyDue", Date.from(due.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        execution.setVariable("replyRemindAt", Date.from(remind.atTime(9, 0).atZone(clock.getZone()).toInstant()));
        execution.setVariable("replyDueText", due.toString());
        archive.insertEvent(vettingId, "JOINT_REVIEW_LAUNCHED", "第" + round + "轮联审："
                + ordered.stream().map(r -> byRole.get(r).name()).collect(Collectors.joining("、")) + "，" + due + "前答复",
                people.currentUserId());
    }

    /** Collection of the multi-instance department review. */
    public List<String> departmentList(DelegateExecution execution) {
        return PlainValues.strings(execution.getVariable("reviewDepartmentList"));
    }

    /** Create listener of 联审部门审查: labels, the enabled clauses, and this answer's own form variables. */
    public void openAnswer(DelegateTask task) {
        AnswerRow answer = answer(task.getExecution());
        task.setVariableLocal("departmentName", answer.departmentName());
        task.setVariableLocal("clauseOptions", PlainValues.json(rules.clauses().values().stream().filter(VettingRules.Clause::enabled)
                .map(c -> Map.of("label", c.label(), "value", c.code())).toList()));
        // the answer's fields live in this department's scope, so parallel answers never touch each other; they are
        // typed (not null), because Tasklist submits each field with the type of the variable it found
        task.getExecution().setVariableLocal("reviewResult", "");
        task.getExecution().setVariableLocal("hitClauses", PlainValues.json(List.of()));
        task.getExecution().setVariableLocal("evidenceNote", "");
    }

    /** Complete listener of 联审部门审查. */
    public void recordAnswer(DelegateTask task) {
        String result = Inputs.choice(task, "reviewResult", "审查结论", Set.of("NO_HIT", "HIT"));
        List<String> clauses = "HIT".equals(result) ? PlainValues.strings(task.getVariable("hitClauses")).stream().distinct().toList()
                : List.of();
        if ("HIT".equals(result) && clauses.isEmpty()) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "发现负面清单情形时请勾选命中条目");
        }
        Map<String, VettingRules.Clause> known = rules.clauses();
        for (String code : clauses) {
            VettingRules.Clause clause = known.get(code);
            if (clause == null || !clause.enabled()) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + code + "”不是现行负面清单条目");
            }
        }
        String note = Inputs.required(task, "evidenceNote", "审查依据及说明");
        AnswerRow answer = answer(task.getExecution());
        if (answer.result() != null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, answer.departmentName() + "本轮已答复");
        }
        archive.recordAnswer(answer.vettingId(), answer.reviewRound(), answer.department(), result, String.join(",", clauses),
                note, people.currentUserId());
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
        String note = Inputs.required(task, "chaseNote", "督办情况");
        archive.recordChase(answer.vettingId(), answer.reviewRound(), answer.department(), note);
        archive.insertEvent(answer.vettingId(), "CHASED", answer.departmentName() + "：" + note, people.currentUserId());
    }

    /** After all answers: hits classified by the negative list (DMN-B1), counted for the verdict (DMN-B2). */
    public void combine(DelegateExecution execution) {
        long vettingId = vettingId(execution);
        int round = ((Number) execution.getVariable("reviewRound")).intValue();
        List<AnswerRow> answers = archive.findAnswersOfRound(vettingId, round);
        Map<String, VettingRules.Clause> catalogue = rules.clauses();
        List<String> hard = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        for (String code : answers.stream().flatMap(a -> clauses(a).stream()).distinct().toList()) {
            String severity = rules.severityOf(code);
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
        archive.insertEvent(vettingId, "ANSWERS_COMBINED", "负面清单" + rules.negativeListVersion() + "：不能" + hard.size()
                + "项，不宜" + soft.size() + "项", null);
    }

    /** End listener of the verdict table: the DMN-B2 result in variables and the archive. */
    public void applyVerdict(DelegateExecution execution) {
        Map<?, ?> result = (Map<?, ?>) PlainValues.of(execution.getVariable("verdictResult"));
        String verdict = (String) result.get("verdict");
        execution.setVariable("verdict", verdict);
        execution.setVariable("verdictReason", result.get("verdictReason"));
        long vettingId = vettingId(execution);
        archive.updateVerdict(vettingId, verdict);
        archive.insertEvent(vettingId, "VERDICT", verdict + " " + result.get("verdictReason"), null);
    }

    /** Complete listener of 联审会议研究 (SOFT hits): the meeting decides and records why. */
    public void meeting(DelegateTask task) {
        String decision = Inputs.choice(task, "meetingDecision", "研究结论", Set.of("CLEAR", "DISQUALIFY"));
        LocalDate date = Inputs.pastDate(task, "meetingDate", "会议日期", clock);
        String reason = Inputs.required(task, "meetingReason", "会议研究意见及理由");
        long vettingId = vettingId(task.getExecution());
        String text = date + "联审会议" + ("CLEAR".equals(decision) ? "研究通过：" : "研究不予通过：") + reason;
        task.getExecution().setVariable("verdictReason", text);
        archive.updateVerdict(vettingId, "CLEAR".equals(decision) ? "MEETING_CLEARED" : "MEETING_DISQUALIFIED");
        archive.insertEvent(vettingId, "MEETING", text, people.currentUserId());
    }

    private List<VettingRules.Department> departments(DelegateTask task) {
        String county = PlainValues.text(task.getVariable("countyCode"));
        List<VettingRules.Department> departments = rules.departmentsOf(county);
        for (VettingRules.Department department : departments) {
            if (!directory.roles().containsKey(department.role())) {
                throw new IllegalStateException("joint-review-departments names role " + department.role()
                        + ", which lingyan.org.roles does not configure");
            }
        }
        return departments;
    }

    private AnswerRow answer(DelegateExecution execution) {
        long vettingId = vettingId(execution);
        int round = ((Number) execution.getVariable("reviewRound")).intValue();
        String department = PlainValues.text(execution.getVariable("department"));
        return archive.findAnswersOfRound(vettingId, round).stream().filter(a -> a.department().equals(department))
                .findFirst().orElseThrow(() -> new IllegalStateException("No answer row for " + department));
    }

    private static List<String> clauses(AnswerRow answer) {
        return answer.clauses() == null || answer.clauses().isBlank() ? List.of() : List.of(answer.clauses().split(","));
    }

    static long vettingId(DelegateExecution execution) {
        return ((Number) execution.getVariable("vettingId")).longValue();
    }
}
