package cn.lingyan.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One meeting held on a matter: who was due, who came, how they voted, and what the rules made of it. */
public record MeetingRow(
        Long id,
        Long matterId,
        String step,
        String body,
        LocalDate noticeDate,
        LocalDate meetingDate,
        Integer dueCount,
        Integer presentCount,
        Integer yesCount,
        Integer noCount,
        Integer abstainCount,
        String quorumBasis,
        Boolean quorumMet,
        Boolean passed,
        String ruleText,
        String minutes,
        String recordedBy,
        OffsetDateTime recordedAt) {}
