package cn.lingyan.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The village affairs supervision committee's findings on the implementation (VCL §32). */
public record SupervisionRow(Long id, Long matterId, String implementationSummary, String opinion, String findings,
        LocalDate completedOn, String recordedBy, OffsetDateTime recordedAt) {}
