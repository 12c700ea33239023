package cn.lingyan.deliberation;

import java.time.OffsetDateTime;

/** A step of a matter as it happened. */
public record MatterEventRow(Long id, Long matterId, String kind, String note, String actor, OffsetDateTime createdAt) {}
