package cn.lingyan.approval;

import java.time.OffsetDateTime;

/** One approval operation on a task. */
public record AuditRow(Long id, String taskId, String processInstanceId, String taskName, String kind, String actor,
        String target, String note, OffsetDateTime createdAt) {}
