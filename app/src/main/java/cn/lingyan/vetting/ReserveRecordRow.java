package cn.lingyan.vetting;

import java.time.OffsetDateTime;

/** One reserve's yearly 三定四个一 record. */
public record ReserveRecordRow(
        Long id,
        Long reserveId,
        Integer recordYear,
        Boolean trainingDone,
        Boolean shadowingDone,
        Boolean chairedMeeting,
        Integer linkedHouseholds,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt) {}
