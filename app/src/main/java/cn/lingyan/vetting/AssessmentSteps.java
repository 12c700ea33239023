package cn.lingyan.vetting;

import cn.lingyan.system.Inputs;
import cn.lingyan.org.People;
import cn.lingyan.system.PlainValues;
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
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
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
    static final List<String> SCORE_LABELS = List.of("德", "能", "勤", "绩", "廉");
    static final BigDecimal MAX_PART = BigDecimal.valueOf(20);
    /** Candidate fields the replacement form shares with the nomination form. */
    static final List<String> CANDIDATE_FIELDS = List.of("candidateSource", "reserveId", "candidateName", "idNumber", "gender",
            "birthDate", "partyJoinDate", "education", "residence", "currentWork", "pledgesSigned", "nominationNote");

    private final VettingArchive archive;
    private final VettingRules rules;
    private final People people;
    private final RuntimeService runtimeService;
    private final Clock clock;

    AssessmentSteps(VettingArchive archive, VettingRules rules, People people, @Lazy RuntimeService runtimeService, Clock clock) {
        this.archive = archive;
        this.rules = rules;
        this.people = people;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Complete listener of 乡镇党委评定: five parts of at most 20 points each make the total. */
    public void rate(DelegateTask task) {
        Inputs.required(task, "secretaryName", "村党组织书记姓名");
        Inputs.required(task, "ratingNote", "评定意见");
        task.getExecution().setVariable("totalScore", total(task).doubleValue());
    }

    /** Create listener of 县委组织部审定: the rating as the table gave it, written to the archive. */
    public void describeRating(DelegateTask task) {
        int stars = ((Number) task.getVariable("stars")).intValue();
        Map<String, Object> action = rules.starAction(stars);
        task.setVariable("starsText", stars + "星");
        task.setVariable("starActionName", action.get("starActionName"));
        List<BigDecimal> parts = new ArrayList<>();
        for (String name : SCORES) {
            parts.add(BigDecimal.valueOf(PlainValues.number(task.getVariable(name))).setScale(1, RoundingMode.HALF_UP));
        }
        archive.recordRating(assessmentId(task.getExecution()), PlainValues.text(task.getVariable("secretaryName")), parts,
                total(task), stars, PlainValues.text(task.getVariable("ratingNote")));
    }

    /** Complete listener of 县委组织部审定: confirm the township's stars or set others, with a reason. */
    public void confirm(DelegateTask task) {
        String decision = Inputs.choice(task, "ratingDecision", "审定结果", Set.of("CONFIRM", "ADJUST"));
        Inputs.required(task, "confirmNote", "审定意见");
        if ("ADJUST".equals(decision)) {
            Double adjusted = PlainValues.number(task.getVariable("adjustedStars"));
            if (adjusted == null || adjusted.intValue() != adjusted || adjusted < 1 || adjusted > 5) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "调整后星级应为1至5的整数");
            }
            task.getExecution().setVariable("stars", adjusted.intValue());
        }
    }

    /** End listener of the action table: the confirmed stars and their action in variables and the archive. */
    public void applyAction(DelegateExecution execution) {
        Map<?, ?> result = (Map<?, ?>) PlainValues.of(execution.getVariable("starActionResult"));
        int stars = ((Number) execution.getVariable("stars")).intValue();
        execution.setVariable("starAction", result.get("starAction"));
        execution.setVariable("starActionName", result.get("starActionName"));
        execution.setVariable("starsText", stars + "星");
        archive.recordStarConfirmation(assessmentId(execution), stars, (String) result.get("starAction"),
                PlainValues.text(execution.getVariable("confirmNote")));
    }

    /** Complete listener of 提出调整人选 (1★): starts the replacement's vetting; its refusals refuse this step. */
    public void nominateReplacement(DelegateTask task) {
        String reason = Inputs.choice(task, "replacementReason", "调整方式", Set.of("BY_ELECTION", "TRANSFER"));
        Map<String, Object> variables = new HashMap<>();
        for (String name : CANDIDATE_FIELDS) {
            Object value = task.getVariable(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        // the identity number goes to the vetting's archive, never stays in this process
        task.getExecution().removeVariable("idNumber");
        variables.put("villageCode", task.getVariable("villageCode"));
        variables.put("vettingReason", reason);
        variables.put("position", "SECRETARY");
        variables.put("assessmentId", assessmentId(task.getExecution()));
        ProcessInstance vetting = runtimeService.startProcessInstanceByKey(ProcessKeys.SECRETARY_CANDIDATE_VETTING, variables);
        VettingRow row = archive.findVettingByInstance(vetting.getId());
        task.getExecution().setVariable("replacementVettingKey", row.businessKey());
        close(task.getExecution(), "及时调整：提出调整人选" + row.candidateName() + "，审查编号" + row.businessKey(), row.id());
    }

    /** Complete listener of 提醒约谈 (2★). */
    public void warningTalk(DelegateTask task) {
        LocalDate date = Inputs.pastDate(task, "talkDate", "约谈日期", clock);
        close(task.getExecution(), "提醒约谈：" + date + "由" + Inputs.required(task, "talkBy", "约谈人") + "约谈。"
                + Inputs.required(task, "talkRecord", "约谈记录"), null);
    }

    /** Complete listener of 补强短板 (3–4★). */
    public void improvementPlan(DelegateTask task) {
        LocalDate due = Inputs.date(task, "improvementDue", "完成时限");
        if (due == null || !due.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "完成时限应晚于今天");
        }
        close(task.getExecution(), "补强短板：" + Inputs.required(task, "weakPoints", "主要短板") + "；措施："
                + Inputs.required(task, "improvementMeasures", "补强措施") + "；" + due + "前完成", null);
    }

    /** Complete listener of 选树典型 (5★). */
    public void recognise(DelegateTask task) {
        close(task.getExecution(), "选树典型：" + Inputs.required(task, "recognitionForm", "选树方式") + "。"
                + Inputs.required(task, "recognitionNote", "典型事迹"), null);
    }

    private void close(DelegateExecution execution, String record, Long replacementVettingId) {
        archive.recordAssessmentAction(assessmentId(execution), "CLOSED", record + "（" + people.currentUserId() + "）",
                replacementVettingId);
    }

    private static BigDecimal total(DelegateTask task) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < SCORES.size(); i++) {
            Double part = PlainValues.number(task.getVariable(SCORES.get(i)));
            if (part == null || part < 0 || BigDecimal.valueOf(part).compareTo(MAX_PART) > 0) {
                throw new InvalidInputException(ErrorCode.FORM_INVALID, "“" + SCORE_LABELS.get(i) + "”得分应在0至20分之间");
            }
            total = total.add(BigDecimal.valueOf(part));
        }
        return total.setScale(1, RoundingMode.HALF_UP);
    }

    static long assessmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable("assessmentId")).longValue();
    }
}
