package cn.lingyan.vetting;

import cn.lingyan.org.CountyRules;
import cn.lingyan.system.Inputs;
import cn.lingyan.org.People;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 书记履职研判 (DMN-B3): the township scores 德能勤绩廉, the table turns the score into stars, the county confirms
 * or adjusts them, and the stars' action follows — a replacement vetting, a warning talk, an improvement plan
 * or recognition as a model.
 */
@Component("assessmentSteps")
public class AssessmentSteps {

    static final List<String> SCORES = List.of("scoreMorality", "scoreAbility", "scoreDiligence", "scorePerformance",
            "scoreIntegrity");
    /** Candidate fields the replacement form shares with the nomination form. */
    static final List<String> CANDIDATE_FIELDS = List.of("candidateSource", "reserveId", "candidateName", "idNumber", "gender",
            "birthDate", "partyJoinDate", "education", "residence", "currentWork", "pledgesSigned", "nominationNote");

    private final VettingArchive archive;
    private final VettingRules rules;
    private final People people;
    private final CountyRules countyRules;
    private final Clock clock;

    AssessmentSteps(VettingArchive archive, VettingRules rules, People people, @Lazy CountyRules countyRules, Clock clock) {
        this.archive = archive;
        this.rules = rules;
        this.people = people;
        this.countyRules = countyRules;
        this.clock = clock;
    }

    /** Complete listener of 乡镇党委评定: five parts of at most 20 points each (the form holds each part to 0–20) make the total. */
    public void rate(DelegateTask task) {
        task.getExecution().setVariable("totalScore", total(task).doubleValue());
    }

    /** Create listener of 县委组织部审定: the rating as the table gave it, written to the archive. */
    public void describeRating(DelegateTask task) {
        int stars = Inputs.number(task, "stars").intValue();
        Map<String, Object> action = rules.starAction(stars, AssessmentRef.of(archive, task).row().villageCode());
        task.setVariable("starsText", stars + "星");
        task.setVariable("starActionName", action.get("starActionName"));
        List<BigDecimal> parts = new ArrayList<>();
        for (String name : SCORES) {
            parts.add(BigDecimal.valueOf(Inputs.number(task, name)).setScale(1, RoundingMode.HALF_UP));
        }
        archive.recordRating(AssessmentRef.of(archive, task).id(), Inputs.text(task, "secretaryName"), parts, total(task), stars,
                Inputs.text(task, "ratingNote"));
    }

    /** Complete listener of 县委组织部审定: confirm the township's stars or set others, with a reason. */
    public void confirm(DelegateTask task) {
        if ("ADJUST".equals(Inputs.text(task, "ratingDecision"))) {
            task.getExecution().setVariable("stars", Inputs.number(task, "adjustedStars").intValue());
        }
    }

    /** End listener of the action table: the confirmed stars and their action in variables and the archive. */
    public void applyAction(DelegateExecution execution) {
        Map<String, Object> result = Inputs.object(execution, "starActionResult");
        int stars = Inputs.number(execution, "stars").intValue();
        execution.setVariable("starAction", result.get("starAction"));
        execution.setVariable("starActionName", result.get("starActionName"));
        execution.setVariable("starsText", stars + "星");
        archive.recordStarConfirmation(AssessmentRef.of(archive, execution).id(), stars, (String) result.get("starAction"),
                Inputs.text(execution, "confirmNote"));
    }

    /** Complete listener of 提出调整人选 (1★): starts the replacement's vetting; its refusals refuse this step. */
    public void nominateReplacement(DelegateTask task) {
        AssessmentRef ref = AssessmentRef.of(archive, task);
        Map<String, Object> variables = new HashMap<>();
        for (String name : CANDIDATE_FIELDS) {
            Object value = task.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        // the identity number goes to the vetting's archive, never stays in this process
        task.getExecution().removeVariable("idNumber");
        variables.put("villageCode", ref.row().villageCode());
        variables.put("vettingReason", Inputs.text(task, "replacementReason"));
        variables.put("position", "SECRETARY");
        ProcessInstance vetting = countyRules.start(ProcessKeys.SECRETARY_CANDIDATE_VETTING, ref.row().villageCode(), null, variables);
        VettingRow row = archive.findVettingByInstance(vetting.getId());
        archive.linkAssessment(row.id(), ref.id());
        task.getExecution().setVariable("replacementVettingKey", row.businessKey());
        close(ref, "及时调整：提出调整人选" + row.candidateName() + "，审查编号" + row.businessKey(), row.id());
    }

    /** Complete listener of 提醒约谈 (2★). */
    public void warningTalk(DelegateTask task) {
        LocalDate date = Inputs.pastDate(task, "talkDate", "约谈日期", clock);
        close(AssessmentRef.of(archive, task), "提醒约谈：" + date + "由" + Inputs.text(task, "talkBy") + "约谈。"
                + Inputs.text(task, "talkRecord"), null);
    }

    /** Complete listener of 补强短板 (3–4★): the plan's time limit lies ahead. */
    public void improvementPlan(DelegateTask task) {
        LocalDate due = Inputs.date(task, "improvementDue", "完成时限");
        if (due == null || !due.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "完成时限应晚于今天");
        }
        close(AssessmentRef.of(archive, task), "补强短板：" + Inputs.text(task, "weakPoints") + "；措施："
                + Inputs.text(task, "improvementMeasures") + "；" + due + "前完成", null);
    }

    /** Complete listener of 选树典型 (5★). */
    public void recognise(DelegateTask task) {
        close(AssessmentRef.of(archive, task), "选树典型：" + Inputs.text(task, "recognitionForm") + "。"
                + Inputs.text(task, "recognitionNote"), null);
    }

    private void close(AssessmentRef ref, String record, Long replacementVettingId) {
        archive.recordAssessmentAction(ref.id(), "CLOSED", record + "（" + people.currentUserId() + "）", replacementVettingId);
    }

    private static BigDecimal total(DelegateTask task) {
        BigDecimal total = BigDecimal.ZERO;
        for (String name : SCORES) {
            total = total.add(BigDecimal.valueOf(Inputs.number(task, name)));
        }
        return total.setScale(1, RoundingMode.HALF_UP);
    }
}
