package cn.lingyan.deliberation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One major village matter in the decision register. */
public record MatterRow(
        Long id,
        String processInstanceId,
        String businessKey,
        String villageCode,
        String villageName,
        String townshipCode,
        String countyCode,
        String kind,
        String title,
        String description,
        BigDecimal amount,
        Integer affectedHouseholds,
        String source,
        Boolean complex,
        Boolean applies,
        String resolvingBody,
        Boolean merged,
        Boolean preConsulted,
        String stage,
        String outcome,
        String outcomeNote,
        String registeredBy,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {}
