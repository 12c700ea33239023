package cn.lingyan.vetting;

import java.time.LocalDateTime;

/** A step of a vetting as it happened: who decided what, when and why. */
public record VettingEventRow(Long id, Long vettingId, String kind, String note, String actor, LocalDateTime createdAt) {}
