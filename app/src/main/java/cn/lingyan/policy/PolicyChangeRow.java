package cn.lingyan.policy;

import java.time.OffsetDateTime;

/** One deployment or roll-back in the workbench; {@code tenantId} null is the shared default. */
public record PolicyChangeRow(Long id, String deploymentId, String tenantId, String kind, String actor, String reason,
        String resources, String versionsBefore, String versionsAfter, OffsetDateTime createdAt) {}
