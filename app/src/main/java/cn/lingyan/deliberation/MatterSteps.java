package cn.lingyan.deliberation;

import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.Term;
import java.util.Map;
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
        Map<String, Object> result = Inputs.object(execution, "scopeResult");
        boolean applies = Boolean.TRUE.equals(result.get("applies"));
        String body = (String) result.get("resolvingBody");
        execution.setVariable("applies", applies);
        execution.setVariable("resolvingBody", body);
        execution.setVariable("resolvingBodyText", Term.text(MeetingBody.class, body));
        execution.setVariable("scopeReason", result.get("scopeReason"));
        long id = MatterRef.of(register, execution).id();
        register.updateScope(id, applies, body);
        register.insertEvent(id, "SCOPE", result.get("scopeReason") + "（" + Term.text(MeetingBody.class, body) + "）", null);
    }

    /** End listener of the path table (DMN-C2). */
    public void applyPath(DelegateExecution execution) {
        Map<String, Object> result = Inputs.object(execution, "pathResult");
        boolean merge = Boolean.TRUE.equals(result.get("mergeProposal"));
        boolean preConsult = Boolean.TRUE.equals(result.get("preConsult"));
        execution.setVariable("mergeProposal", merge);
        execution.setVariable("preConsult", preConsult);
        long id = MatterRef.of(register, execution).id();
        register.updatePath(id, merge, preConsult);
        register.insertEvent(id, "PATH", (merge ? "提议与商议合并召开" : "提议、商议分别召开")
                + (preConsult ? "；先征求意见并开展合法性审查和咨询评估" : ""), null);
    }

    /** Start listener of each step: the stage the register shows. */
    public void enter(DelegateExecution execution, String stage) {
        register.updateStage(MatterRef.of(register, execution).id(), stage);
    }

    /** Complete listener of 征求意见、合法性审查和咨询评估. */
    public void preConsultation(DelegateTask task) {
        String note = "征求意见：" + Inputs.text(task, "consultationSummary") + "；合法性审查"
                + ("PASS".equals(Inputs.text(task, "legalReviewResult")) ? "通过：" : "未通过：") + Inputs.text(task, "legalReviewOpinion")
                + "；咨询评估：" + Inputs.text(task, "assessmentOpinion");
        register.insertEvent(MatterRef.of(register, task).id(), "PRE_CONSULTATION", note, people.currentUserId());
    }

    /** Complete listener of 审议或决议未通过的处理: revise through 商议 again, or withdraw. */
    public void afterRejection(DelegateTask task) {
        boolean revise = "REVISE".equals(Inputs.text(task, "afterRejection"));
        String note = Inputs.text(task, "afterRejectionNote");
        if (revise) {
            task.getExecution().setVariable("revisionNote", Inputs.text(task, "rejectedAt") + "未通过，退回修改：" + note);
        }
        register.insertEvent(MatterRef.of(register, task).id(), revise ? "REVISED" : "WITHDRAWN", note, people.currentUserId());
    }

    /** End listener of each ending: the outcome and why. */
    public void close(DelegateExecution execution, String outcome) {
        String note = switch (outcome) {
            case "RECORDED_ONLY" -> Inputs.text(execution, "scopeReason");
            case "LEGAL_REVIEW_FAILED" -> "合法性审查未通过：" + Inputs.text(execution, "legalReviewOpinion");
            case "NOT_PROPOSED" -> "村党组织会议未通过提议";
            case "WITHDRAWN" -> Inputs.text(execution, "afterRejectionNote");
            case "COMPLETED" -> "决议已实施，实施结果已公开";
            default -> throw new IllegalArgumentException("Unknown outcome " + outcome);
        };
        long id = MatterRef.of(register, execution).id();
        register.closeMatter(id, outcome, note);
        register.insertEvent(id, outcome, note, null);
    }
}
