package cn.lingyan.approval;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Audit records, copies and notifications of the approval operations. SQL in ApprovalLog.xml. */
@Mapper
public interface ApprovalLog {

    void insertAudit(AuditRow row);

    List<AuditRow> findAuditOfInstance(String processInstanceId);

    List<AuditRow> findAuditOfTask(String taskId);

    AuditRow findLatestAudit(@Param("taskId") String taskId, @Param("kind") String kind, @Param("since") OffsetDateTime since);

    void insertCc(CcRow row);

    List<CcRow> findCcFor(@Param("userId") String userId, @Param("groupIds") List<String> groupIds);

    void insertNotification(@Param("userId") String userId, @Param("kind") String kind, @Param("taskId") String taskId,
            @Param("processInstanceId") String processInstanceId, @Param("text") String text,
            @Param("createdAt") OffsetDateTime createdAt);

    List<NotificationRow> findNotifications(String userId);

    int markRead(@Param("id") long id, @Param("userId") String userId);

    void insertAttachment(AttachmentRow row);

    List<AttachmentRow> findAttachments(String processInstanceId);

    AttachmentRow findAttachment(String attachmentId);

    /** Records that a reminder went out; a second insert for the same task, kind and due date fails (sent once). */
    void insertReminder(@Param("taskId") String taskId, @Param("kind") String kind, @Param("dueDate") OffsetDateTime dueDate,
            @Param("sentAt") OffsetDateTime sentAt);
}
