package cn.lingyan.deliberation;

import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The two disclosures (C5, C7) and the supervision in between (C6): each posting stays up for its period; the
 * township reviews it and decides on villagers' complaints, and may order it posted again or the decision
 * reconsidered (VCL §27, §31).
 */
@Component("disclosures")
public class DisclosureSteps {

    /** What a township review submits: cleared after each review so the next one starts empty. */
    static final List<String> REVIEW_FIELDS = List.of("postingReview", "complaintContent", "reviewNote");

    private final DecisionRegister register;
    private final DeliberationProperties properties;
    private final People people;
    private final Clock clock;

    DisclosureSteps(DecisionRegister register, DeliberationProperties properties, People people, Clock clock) {
        this.register = register;
        this.properties = properties;
        this.people = people;
        this.clock = clock;
    }

    /** Complete listener of 决议公开 (RESOLUTION) and 实施结果公开 (RESULTS). */
    public void disclose(DelegateTask task, String kind) {
        String content = Inputs.text(task, "RESULTS".equals(kind) ? "resultsContent" : "disclosureContent");
        String place = Inputs.text(task, "disclosurePlace");
        String evidence = Inputs.text(task, "disclosureEvidence");
        LocalDate posted = Inputs.recentPastDate(task, "postedDate", "公开日期", clock, properties.maxBackdateDays());
        Period period = "RESULTS".equals(kind) ? properties.resultsPostingPeriod() : properties.resolutionPostingPeriod();
        LocalDate ends = posted.plus(period);
        long matterId = MatterRef.of(register, task).id();
        register.insertDisclosure(new DisclosureRow(null, matterId, kind, content, place, evidence, posted, ends, null, null,
                null, people.currentUserId(), null));
        DelegateExecution execution = task.getExecution();
        execution.setVariable("postingEnds", Inputs.startOf(ends, clock));
        execution.setVariable("postedDateText", posted.toString());
        execution.setVariable("postingEndsText", ends.toString());
        execution.setVariable("correctionNote", "");
        register.insertEvent(matterId, kind + "_POSTED", posted + "起在" + place + "公开至" + ends + "（" + evidence + "）",
                people.currentUserId());
    }

    /** Complete listener of the township's review of a posting. */
    public void review(DelegateTask task, String kind) {
        String outcome = Inputs.text(task, "postingReview");
        String note = Inputs.text(task, "reviewNote");
        long matterId = MatterRef.of(register, task).id();
        DisclosureRow disclosure = register.findLatestDisclosure(matterId, kind);
        LocalDate today = LocalDate.now(clock);
        if ("CONFIRMED".equals(outcome) && today.isBefore(disclosure.postingEnds())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "公示期至" + disclosure.postingEnds()
                    + "届满，期满后方可确认；期间收到投诉的请先登记处理");
        }
        DelegateExecution execution = task.getExecution();
        if (!"CONFIRMED".equals(outcome)) {
            String complaint = Inputs.text(task, "complaintContent");
            register.insertComplaint(new ComplaintRow(null, matterId, disclosure.id(), complaint, outcome, note,
                    people.currentUserId(), null));
            if ("REDISCLOSE".equals(outcome)) {
                execution.setVariable("correctionNote", "乡镇责令重新公开：" + complaint + "；" + note);
            } else if ("RECONSIDER".equals(outcome)) {
                execution.setVariable("revisionNote", "乡镇责令纠正：" + complaint + "；" + note);
            }
        }
        register.reviewDisclosure(disclosure.id(), outcome, note, "CONFIRMED".equals(outcome) ? today : null);
        register.insertEvent(matterId, kind + "_" + outcome, note, people.currentUserId());
        execution.setVariable("postingOutcome", outcome);
        execution.removeVariables(REVIEW_FIELDS);
    }

    /** Complete listener of 村务监督委员会监督实施 (VCL §32). */
    public void supervise(DelegateTask task) {
        String summary = Inputs.text(task, "implementationSummary");
        String opinion = Inputs.text(task, "supervisionOpinion");
        String findings = Inputs.text(task, "supervisionFindings");
        LocalDate completed = Inputs.pastDate(task, "completedDate", "实施完成日期", clock);
        long matterId = MatterRef.of(register, task).id();
        register.insertSupervision(new SupervisionRow(null, matterId, summary, opinion, findings, completed,
                people.currentUserId(), null));
        register.insertEvent(matterId, "SUPERVISED", ("NORMAL".equals(opinion) ? "实施规范：" : "发现问题：") + findings,
                people.currentUserId());
    }
}
