package cn.lingyan.vetting;

import cn.lingyan.system.Inputs;
import cn.lingyan.org.People;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Term;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The village, township, publication and filing steps of a vetting (B2, B3, B6, B7) and its endings. Every
 * decision goes into the person's archive with who took it and why, in the engine's transaction.
 */
@Component("vettingSteps")
public class VettingSteps {

    private final VettingArchive archive;
    private final VettingProperties properties;
    private final People people;
    private final Clock clock;

    VettingSteps(VettingArchive archive, VettingProperties properties, People people, Clock clock) {
        this.archive = archive;
        this.properties = properties;
        this.people = people;
        this.clock = clock;
    }

    /** Start listener of each step: the stage the archive shows. */
    public void enter(DelegateExecution execution, String stage) {
        archive.updateStage(VettingRef.of(archive, execution).id(), stage);
    }

    /** Complete listener of 村级初审. */
    public void villageCheck(DelegateTask task) {
        decision(task, Inputs.text(task, "villageCheckDecision"), Inputs.text(task, "villageCheckNote"), "VILLAGE_CHECK", "村级初审");
    }

    /** Complete listener of 乡镇党委复审: police station and justice office opinions are part of the record. */
    public void townshipReview(DelegateTask task) {
        decision(task, Inputs.text(task, "townshipDecision"), Inputs.text(task, "townshipNote"), "TOWNSHIP_REVIEW",
                "乡镇党委复审（派出所：" + Inputs.text(task, "policeOpinion") + "；司法所：" + Inputs.text(task, "justiceOpinion") + "）");
    }

    private void decision(DelegateTask task, String decision, String note, String kind, String what) {
        archive.insertEvent(VettingRef.of(archive, task).id(), kind + "_" + decision,
                what + ("PASS".equals(decision) ? "通过：" : "不通过：") + note, people.currentUserId());
    }

    /** Complete listener of 村内公示: the posting, and when its objection window closes. */
    public void publishNotice(DelegateTask task) {
        LocalDate posted = Inputs.recentPastDate(task, "noticeDate", "公示开始日期", clock, properties.maxBackdateDays());
        LocalDate ends = posted.plus(properties.noticePeriod());
        DelegateExecution execution = task.getExecution();
        execution.setVariable("noticeEnds", Inputs.startOf(ends, clock));
        execution.setVariable("noticeDateText", posted.toString());
        execution.setVariable("noticeEndsText", ends.toString());
        archive.insertEvent(VettingRef.of(archive, task).id(), "NOTICE_POSTED", posted + "起在" + Inputs.text(task, "noticePlace")
                + "公示至" + ends + "（" + Inputs.text(task, "noticeEvidence") + "）", people.currentUserId());
    }

    /** Complete listener of 公示异议处理: an objection sends the vetting back; "none" only once the window closed. */
    public void handleObjections(DelegateTask task) {
        String note = Inputs.text(task, "objectionNote");
        long vettingId = VettingRef.of(archive, task).id();
        if ("OBJECTION".equals(Inputs.text(task, "objectionResult"))) {
            archive.insertEvent(vettingId, "OBJECTION", "公示期间收到异议：" + Inputs.text(task, "objectionContent") + "；" + note,
                    people.currentUserId());
            return;
        }
        Date ends = (Date) task.getVariable("noticeEnds");
        if (Instant.now(clock).isBefore(ends.toInstant())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "公示期至" + task.getVariable("noticeEndsText")
                    + "届满，期满后方可确认无异议；期间收到异议的请选择“收到异议”");
        }
        archive.insertEvent(vettingId, "NOTICE_CLEARED", "公示期满无异议：" + note, people.currentUserId());
    }

    /** Complete listener of 县级备案. */
    public void file(DelegateTask task) {
        String number = Inputs.text(task, "filingNumber");
        LocalDate filed = Inputs.pastDate(task, "filingDate", "备案日期", clock);
        String note = Inputs.optional(task, "filingNote");
        long vettingId = VettingRef.of(archive, task).id();
        archive.recordFiling(vettingId, number, filed);
        archive.insertEvent(vettingId, "FILED", "县级备案，编号" + number + (note == null ? "" : "：" + note), people.currentUserId());
    }

    /** End listener of 已备案: the vetting ends; a reserve candidate enters the register, a reserve put up for a post leaves it. */
    public void concludeFiled(DelegateExecution execution) {
        VettingRow vetting = VettingRef.of(archive, execution).row();
        archive.endVetting(vetting.id(), "FILED", "FILED", "县级备案，编号" + vetting.filingNumber());
        LocalDate today = LocalDate.now(clock);
        if ("RESERVE".equals(vetting.reason()) && archive.findActiveReserveOfPerson(vetting.personId()) == null) {
            archive.insertReserve(vetting.personId(), vetting.countyCode(), vetting.townshipCode(), vetting.villageCode(),
                    vetting.villageName(), vetting.position(), vetting.id(), today);
            archive.insertEvent(vetting.id(), "RESERVE_ENTERED", "纳入后备力量库", null);
        }
        if (vetting.reserveId() != null) {
            archive.leaveReserve(vetting.reserveId(), "PROMOTED", "经审查备案，拟任" + Term.text(Position.class, vetting.position()), today);
        }
    }

    /** End listener of each refusal: the vetting ends with the reason the nominating village sees. */
    public void refuse(DelegateExecution execution, String level) {
        VettingRow vetting = VettingRef.of(archive, execution).row();
        String reason = switch (level) {
            case "VILLAGE" -> "村级初审不通过：" + Inputs.text(execution, "villageCheckNote");
            case "TOWNSHIP" -> "乡镇党委复审不通过：" + Inputs.text(execution, "townshipNote");
            case "DISQUALIFIED" -> "县级联审取消资格：" + Inputs.text(execution, "hitClausesText");
            case "MEETING" -> Inputs.text(execution, "verdictReason");
            default -> throw new IllegalArgumentException("Unknown refusal level " + level);
        };
        String outcome = switch (level) {
            case "VILLAGE" -> "REFUSED_VILLAGE";
            case "TOWNSHIP" -> "REFUSED_TOWNSHIP";
            default -> "DISQUALIFIED";
        };
        archive.endVetting(vetting.id(), "CLOSED", outcome, reason);
        archive.insertEvent(vetting.id(), outcome, reason, null);
        if ("DISQUALIFIED".equals(outcome) && vetting.reserveId() != null) {
            // a negative-list finding also ends the person's place in the reserve pool
            archive.leaveReserve(vetting.reserveId(), "EXITED", reason, LocalDate.now(clock));
        }
    }
}
