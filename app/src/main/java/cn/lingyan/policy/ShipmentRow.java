package cn.lingyan.policy;

import java.time.OffsetDateTime;

/**
 * What the last start did with one shipped model ({@code unitName}: its decision or process file): the fingerprint of
 * the files it offered, and whether they were deployed ({@code SHIPPED}), kept out ({@code SKIPPED_AT_STARTUP}) or
 * found already in force ({@code IN_FORCE}).
 */
public record ShipmentRow(String unitName, String fingerprint, String outcome, String deploymentId, OffsetDateTime updatedAt) {}
