package cn.lingyan.approval;

import java.time.OffsetDateTime;

/** A read-only copy of a task sent to a user or a group (抄送). */
public record CcRow(Long id, String taskId, String processInstanceId, String taskName, String caseTitle, String villageName,
        String fromUser, String toUser, String toGroup, String note, OffsetDateTime createdAt) {}
