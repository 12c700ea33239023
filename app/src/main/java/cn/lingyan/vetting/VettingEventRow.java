package cn.lingyan.vetting;

import java.time.OffsetDateTime;

/** A step of a vetting as it happened: who decided what, when and why. */
public record VettingEventRow(Long id, Long vettingId, String kind, String note, String actor, OffsetDateTime createdAt) {}
