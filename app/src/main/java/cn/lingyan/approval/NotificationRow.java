package cn.lingyan.approval;

import java.time.LocalDateTime;

/** An in-app notification for one user. */
public record NotificationRow(Long id, String userId, String kind, String taskId, String processInstanceId, String text,
        LocalDateTime createdAt, LocalDateTime readAt) {}
