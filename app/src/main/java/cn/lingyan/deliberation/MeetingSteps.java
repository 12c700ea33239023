package cn.lingyan.deliberation;

import cn.lingyan.org.People;
import cn.lingyan.org.CountyRules;
import cn.lingyan.system.Inputs;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Term;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The four deliberations' meetings (C1–C4): each records notice and meeting dates, members due, present and
 * the votes; the meeting-rules tables (DMN-C3) decide quorum and passing; the result steers the process —
 * QUORUM_FAILED reschedules the same meeting, REJECTED and PASSED go on.
 */
@Component("meetings")
public class MeetingSteps {

    /** The meeting's own form fields: cleared once recorded, so the next meeting starts from an empty record. */
    static final List<String> MEETING_FIELDS = List.of("noticeDate", "meetingDate", "dueCount", "presentCount", "yesCount",
            "noCount", "abstainCount", "minutes", "quorumBasis");
    static final Map<String, String> STEP_TEXT = Map.of("PROPOSAL", "村党组织提议", "DELIBERATION", "村“两委”商议",
            "JOINT", "提议和商议", "PARTY_MEMBERS", "党员大会审议", "RESOLUTION", "村民（代表）会议决议");

    private final DecisionRegister register;
    private final CountyRules countyRules;
    private final DeliberationProperties properties;
    private final People people;
    private final Clock clock;

    MeetingSteps(DecisionRegister register, CountyRules countyRules,
            DeliberationProperties properties, People people, Clock clock) {
        this.register = register;
        this.countyRules = countyRules;
        this.properties = properties;
        this.people = people;
        this.clock = clock;
    }

    /** Complete listener of each meeting task; {@code step} is PROPOSAL, DELIBERATION, JOINT, PARTY_MEMBERS or RESOLUTION. */
    public void record(DelegateTask task, String step) {
        String body = switch (step) {
            case "PROPOSAL" -> "PARTY_COMMITTEE";
            case "DELIBERATION" -> "TWO_COMMITTEES";
            case "JOINT" -> "JOINT";
            case "PARTY_MEMBERS" -> "PARTY_MEMBERS";
            case "RESOLUTION" -> Inputs.text(task, "resolvingBody");
            default -> throw new IllegalArgumentException("Unknown meeting step " + step);
        };
        LocalDate meetingDate = Inputs.pastDate(task, "meetingDate", "会议日期", clock);
        LocalDate noticeDate = Inputs.pastDate(task, "noticeDate", "会议通知日期", clock);
        int noticeDays = properties.noticeDaysFor(body);
        if (noticeDate.plusDays(noticeDays).isAfter(meetingDate)) {
            throw new InvalidInputException(ErrorCode.MEETING_INVALID, noticeDays == 0 ? "通知日期不能晚于会议日期"
                    : Term.text(MeetingBody.class, body) + "应至少提前" + noticeDays + "天通知（或发放方案），通知日期" + noticeDate + "距会议日期"
                            + meetingDate + "不足" + noticeDays + "天");
        }
        // each count is a whole number in the form's range; how they relate is for this listener to check
        int due = Inputs.number(task, "dueCount").intValue();
        int present = Inputs.number(task, "presentCount").intValue();
        int yes = Inputs.number(task, "yesCount").intValue();
        int no = Inputs.number(task, "noCount").intValue();
        int abstain = Inputs.number(task, "abstainCount").intValue();
        if (present > due) {
            throw new InvalidInputException(ErrorCode.MEETING_INVALID, "实到人数" + present + "多于应到人数" + due);
        }
        if (yes + no + abstain > present) {
            throw new InvalidInputException(ErrorCode.MEETING_INVALID, "赞成、反对、弃权合计" + (yes + no + abstain) + "多于实到人数" + present);
        }
        String basis = "VILLAGERS_ASSEMBLY".equals(body) ? Inputs.text(task, "quorumBasis") : null;
        String minutes = Inputs.text(task, "minutes");

        VariableMap counts = Variables.createVariables().putValue("body", body).putValue("quorumBasis", basis)
                .putValue("dueCount", due).putValue("presentCount", present).putValue("yesCount", yes);
        MatterRef matter = MatterRef.of(register, task);
        Map<String, Object> quorum = evaluate("meeting-quorum", matter.row().villageCode(), counts);
        boolean quorumMet = Boolean.TRUE.equals(quorum.get("quorumMet"));
        Map<String, Object> passing = quorumMet ? evaluate("meeting-passing", matter.row().villageCode(), counts) : Map.of();
        boolean passed = quorumMet && Boolean.TRUE.equals(passing.get("passed"));
        String rule = quorum.get("quorumRule") + (quorumMet ? "；" + passing.get("passRule") : "");
        long matterId = matter.id();
        register.insertMeeting(new MeetingRow(null, matterId, step, body, noticeDate, meetingDate, due, present, yes, no, abstain,
                basis, quorumMet, passed, rule, minutes, people.currentUserId(), null));

        String outcome = !quorumMet ? "QUORUM_FAILED" : passed ? "PASSED" : "REJECTED";
        String summary = meetingDate + Term.text(MeetingBody.class, body) + "：应到" + due + "人，实到" + present + "人，赞成" + yes + "、反对"
                + no + "、弃权" + abstain + "。" + rule;
        register.insertEvent(matterId, step + "_" + outcome, summary, people.currentUserId());
        var execution = task.getExecution();
        execution.setVariable("meetingOutcome", outcome);
        execution.setVariable("rescheduleNotice", quorumMet ? "" : summary + "。未达到法定人数，请重新通知后召开。");
        execution.setVariable("rejectedAt", "REJECTED".equals(outcome) ? STEP_TEXT.get(step) : "");
        if ("PASSED".equals(outcome) && ("DELIBERATION".equals(step) || "JOINT".equals(step))) {
            execution.setVariable("revisionNote", "");
        }
        execution.removeVariables(MEETING_FIELDS);
    }

    private Map<String, Object> evaluate(String decision, String villageCode, VariableMap variables) {
        DmnDecisionResult result = countyRules.evaluate(decision, villageCode, variables);
        if (result.isEmpty()) {
            throw new IllegalStateException("Decision " + decision + " matched no rule for " + variables);
        }
        return result.getFirstResult().getEntryMap();
    }
}
