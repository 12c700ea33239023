package cn.lingyan.vetting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One vetting of one person: the candidate record as nominated, where it stands and how it ended. */
public record VettingRow(
        Long id,
        Long personId,
        String processInstanceId,
        String businessKey,
        String reason,
        String position,
        String villageCode,
        String villageName,
        String townshipCode,
        String countyCode,
        String candidateName,
        LocalDate partyJoinDate,
        String education,
        String residence,
        String currentWork,
        Boolean pledgesSigned,
        String nominationNote,
        Long previousVettingId,
        Long reserveId,
        Long assessmentId,
        String stage,
        String verdict,
        String outcome,
        String outcomeReason,
        String filingNumber,
        LocalDate filedOn,
        String nominatedBy,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt) {

    public boolean open() {
        return endedAt == null;
    }
}
