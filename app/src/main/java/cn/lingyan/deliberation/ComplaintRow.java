package cn.lingyan.deliberation;

import java.time.LocalDateTime;

/** A villager's complaint during a posting and the township's decision on it (VCL §27, §31). */
public record ComplaintRow(Long id, Long matterId, Long disclosureId, String content, String decision, String note,
        String decidedBy, LocalDateTime decidedAt) {}
