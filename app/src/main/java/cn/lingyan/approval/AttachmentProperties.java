package cn.lingyan.approval;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits on evidence attachments: size and the file types officials may upload. */
@ConfigurationProperties("lingyan.attachments")
public record AttachmentProperties(
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue({"image/jpeg", "image/png", "application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}) List<String> allowedTypes) {}
