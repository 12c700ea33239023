package cn.lingyan.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One rectification case in the ledger (台账). */
public record CaseRow(
        Long id,
        String processInstanceId,
        String businessKey,
        String villageCode,
        String villageName,
        String townshipCode,
        String countyCode,
        Integer caseYear,
        Integer cycle,
        String stage,
        Boolean supervised,
        String rootCause,
        LocalDate deadline,
        Integer extensionsUsed,
        String campaignKey,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime signedOffAt,
        OffsetDateTime closedAt) {}
