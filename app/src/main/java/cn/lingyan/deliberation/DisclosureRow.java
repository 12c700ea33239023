package cn.lingyan.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One posting of 决议公开 (RESOLUTION) or 实施结果公开 (RESULTS) and how the township reviewed it. */
public record DisclosureRow(
        Long id,
        Long matterId,
        String kind,
        String content,
        String place,
        String evidence,
        LocalDate postedOn,
        LocalDate postingEnds,
        String reviewOutcome,
        String reviewNote,
        LocalDate confirmedOn,
        String recordedBy,
        OffsetDateTime recordedAt) {}
