package cn.lingyan.deliberation;

import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import cn.lingyan.system.Term;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Scope and path by DMN (C1, C2 tables), the pre-consultation (C0a), the choice after a rejection, the endings. */
@Component("matters")
public class MatterSteps {

    private final DecisionRegister register;
    private final People people;

    MatterSteps(DecisionRegister register, People people) {
        this.register = register;
        this.people = people;
    }

    /** End listener of the scope table (DMN-C1). */
    public void applyScope(DelegateExecution execution) {
        Map<?, ?> result = (Map<?, ?>) PlainValues.of(execution.getVariable("scopeResult"));
        boolean applies = Boolean.TRUE.equals(result.get("applies"));
        String body = (String) result.get("resolvingBody");
        execution.setVariable("applies", applies);
        execution.setVariable("resolvingBody", body);
        execution.setVariable("resolvingBodyText", Term.text(MeetingBody.class, body));
        execution.setVariable("scopeReason", result.get("scopeReason"));
        long id = matterId(execution);
        register.updateScope(id, applies, body);
        register.insertEvent(id, "SCOPE", result.get("scopeReason") + "（" + Term.text(MeetingBody.class, body) + "）", null);
    }

    /** End listener of the path table (DMN-C2). */
    public void applyPath(DelegateExecution execution) {
        Map<?, ?> result = (Map<?, ?>) PlainValues.of(execution.getVariable("pathResult"));
        boolean merge = Boolean.TRUE.equals(result.get("mergeProposal"));
        boolean preConsult = Boolean.TRUE.equals(result.get("preConsult"));
        execution.setVariable("mergeProposal", merge);
        execution.setVariable("preConsult", preConsult);
        long id = matterId(execution);
        register.updatePath(id, merge, preConsult);
        register.insertEvent(id, "PATH", (merge ? "提议与商议合并召开" : "提议、商议分别召开")
                + (preConsult ? "；先征求意见并开展合法性审查和咨询评估" : ""), null);
    }

    /** Start listener of each step: the stage the register shows. */
    public void enter(DelegateExecution execution, String stage) {
        register.updateStage(matterId(execution), stage);
    }

    /** Complete listener of 征求意见、合法性审查和咨询评估. */
    public void preConsultation(DelegateTask task) {
        String result = Inputs.choice(task, "legalReviewResult", "合法性审查结论", Set.of("PASS", "FAIL"));
        String note = "征求意见：" + Inputs.required(task, "consultationSummary", "征求意见情况") + "；合法性审查"
                + ("PASS".equals(result) ? "通过：" : "未通过：") + Inputs.required(task, "legalReviewOpinion", "合法性审查意见")
                + "；咨询评估：" + Inputs.required(task, "assessmentOpinion", "咨询评估意见");
        register.insertEvent(matterId(task.getExecution()), "PRE_CONSULTATION", note, people.currentUserId());
    }

    /** Complete listener of 审议或决议未通过的处理: revise through 商议 again, or withdraw. */
    public void afterRejection(DelegateTask task) {
        String choice = Inputs.choice(task, "afterRejection", "处理方式", Set.of("REVISE", "WITHDRAW"));
        String note = Inputs.required(task, "afterRejectionNote", "处理意见");
        if ("REVISE".equals(choice)) {
            task.getExecution().setVariable("revisionNote", task.getVariable("rejectedAt") + "未通过，退回修改：" + note);
        }
        register.insertEvent(matterId(task.getExecution()), "REVISE".equals(choice) ? "REVISED" : "WITHDRAWN", note,
                people.currentUserId());
    }

    /** End listener of each ending: the outcome and why. */
    public void close(DelegateExecution execution, String outcome) {
        String note = switch (outcome) {
            case "RECORDED_ONLY" -> PlainValues.text(execution.getVariable("scopeReason"));
            case "LEGAL_REVIEW_FAILED" -> "合法性审查未通过：" + PlainValues.text(execution.getVariable("legalReviewOpinion"));
            case "NOT_PROPOSED" -> "村党组织会议未通过提议";
            case "WITHDRAWN" -> PlainValues.text(execution.getVariable("afterRejectionNote"));
            case "COMPLETED" -> "决议已实施，实施结果已公开";
            default -> throw new IllegalArgumentException("Unknown outcome " + outcome);
        };
        register.closeMatter(matterId(execution), outcome, note);
        register.insertEvent(matterId(execution), outcome, note, null);
    }

    static long matterId(DelegateExecution execution) {
        return ((Number) execution.getVariable("matterId")).longValue();
    }
}
