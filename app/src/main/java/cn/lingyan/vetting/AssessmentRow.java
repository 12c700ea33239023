package cn.lingyan.vetting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One yearly assessment (书记履职研判) of a village's Party secretary. */
public record AssessmentRow(
        Long id,
        String processInstanceId,
        String villageCode,
        String villageName,
        String townshipCode,
        String countyCode,
        Integer assessmentYear,
        Long personId,
        String secretaryName,
        BigDecimal scoreMorality,
        BigDecimal scoreAbility,
        BigDecimal scoreDiligence,
        BigDecimal scorePerformance,
        BigDecimal scoreIntegrity,
        BigDecimal totalScore,
        Integer ratedStars,
        Integer confirmedStars,
        String starAction,
        String stage,
        String ratingNote,
        String confirmNote,
        String actionRecord,
        Long replacementVettingId,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {}
