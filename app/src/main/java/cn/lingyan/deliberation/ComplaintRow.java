package cn.lingyan.deliberation;

import java.time.OffsetDateTime;

/** A villager's complaint during a posting and the township's decision on it (VCL §27, §31). */
public record ComplaintRow(Long id, Long matterId, Long disclosureId, String content, String decision, String note,
        String decidedBy, OffsetDateTime decidedAt) {}
