package cn.lingyan.approval;

import java.time.OffsetDateTime;

/** What the project keeps about an engine attachment: size, uploader and the step it was added at. */
public record AttachmentRow(String attachmentId, String taskId, String processInstanceId, String step, Long sizeBytes,
        String uploader, OffsetDateTime createdAt) {}
