package cn.lingyan.approval;

import java.time.OffsetDateTime;

/** An in-app notification for one user. */
public record NotificationRow(Long id, String userId, String kind, String taskId, String processInstanceId, String text,
        OffsetDateTime createdAt, OffsetDateTime readAt) {}
