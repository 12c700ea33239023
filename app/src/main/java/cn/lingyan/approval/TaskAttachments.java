package cn.lingyan.approval;

import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.engine.SystemAccess;
import cn.lingyan.system.BeijingTime;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attachments (证据材料: rectification photos, meeting minutes, disclosure photos) on tasks, kept through the
 * engine's attachment API and listed for the whole case, so later steps see what earlier ones uploaded. Size,
 * type and content are checked; downloads are limited to users whose unit contains the case's village.
 */
@Service
public class TaskAttachments {

    public record AttachmentView(String id, String name, String type, long size, OffsetDateTime createdAt, String uploaderName,
            String step, String description) {}

    public record Content(String name, String type, byte[] bytes) {}

    /** File signatures of the types whose content we can recognise. */
    private static final Map<String, byte[]> SIGNATURES = Map.of("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

    private final TaskAccess access;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final SystemAccess systemAccess;
    private final UnitScope unitScope;
    private final People people;
    private final ApprovalLog log;
    private final AttachmentProperties properties;
    private final Clock clock;

    TaskAttachments(TaskAccess access, TaskService taskService, RuntimeService runtimeService,
            HistoryService historyService, SystemAccess systemAccess, UnitScope unitScope, People people, ApprovalLog log,
            AttachmentProperties properties, Clock clock) {
        this.access = access;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.systemAccess = systemAccess;
        this.unitScope = unitScope;
        this.people = people;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public AttachmentView upload(String taskId, String name, String givenType, String contentBase64, String description) {
        String type = givenType;
        Task task = access.visibleTask(taskId);
        String fileName = name == null ? "" : name.trim();
        if (fileName.isEmpty() || fileName.length() > 200 || fileName.matches(".*[/\\\\].*")) {
            throw refused("请提供文件名（不超过200字，不含路径）");
        }
        type = typeOf(fileName, type);
        if (type == null || !properties.allowedTypes().contains(type)) {
            throw refused("不支持的文件类型“" + type + "”，请上传 JPG、PNG、PDF、Word 或 Excel 文件");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(contentBase64 == null ? "" : contentBase64);
        } catch (IllegalArgumentException e) {
            throw refused("文件内容无法读取，请重新选择文件");
        }
        if (bytes.length == 0) {
            throw refused("文件为空");
        }
        if (bytes.length > properties.maxBytes()) {
            throw refused("文件超过" + properties.maxBytes() / 1024 / 1024 + "MB，请压缩后再上传");
        }
        byte[] signature = SIGNATURES.get(type);
        if (signature != null && !startsWith(bytes, signature)) {
            throw refused("文件内容与类型“" + type + "”不符，请确认文件没有损坏");
        }
        String note = description == null || description.isBlank() ? null : description.trim();
        if (note != null && note.length() > 500) {
            throw refused("说明不能超过500字");
        }
        Attachment attachment = taskService.createAttachment(type, task.getId(), task.getProcessInstanceId(), fileName, note,
                new ByteArrayInputStream(bytes));
        String me = people.currentUserId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        log.insertAttachment(new AttachmentRow(attachment.getId(), task.getId(), task.getProcessInstanceId(), task.getName(),
                (long) bytes.length, me, now));
        log.insertAudit(new AuditRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), "ATTACH", me, fileName, note, now));
        return view(attachment, log.findAttachment(attachment.getId()));
    }

    /** Every attachment of the task's case, oldest first. */
    public List<AttachmentView> list(String taskId) {
        Task task = access.visibleTask(taskId);
        List<Attachment> attachments = systemAccess.call(() -> taskService.getProcessInstanceAttachments(task.getProcessInstanceId()));
        Map<String, AttachmentRow> rows = new java.util.HashMap<>();
        log.findAttachments(task.getProcessInstanceId()).forEach(row -> rows.put(row.attachmentId(), row));
        return attachments.stream().map(a -> view(a, rows.get(a.getId())))
                .sorted(java.util.Comparator.comparing(AttachmentView::createdAt)).toList();
    }

    public Content content(String attachmentId) {
        Attachment attachment = systemAccess.call(() -> taskService.getAttachment(attachmentId));
        if (attachment == null || attachment.getProcessInstanceId() == null) {
            throw new NotFoundException("材料 " + attachmentId);
        }
        unitScope.requireSees(villageOf(attachment.getProcessInstanceId()));
        try (InputStream in = systemAccess.call(() -> taskService.getAttachmentContent(attachmentId))) {
            return new Content(attachment.getName(), attachment.getType(), in == null ? new byte[0] : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String villageOf(String processInstanceId) {
        Object code = systemAccess.call(() -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
                ? runtimeService.getVariable(processInstanceId, "villageCode")
                : historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                        .variableName("villageCode").list().stream().findFirst().map(HistoricVariableInstance::getValue).orElse(null));
        if (code == null) {
            throw new NotFoundException("材料所属事项");
        }
        return PlainValues.text(code);
    }

    private AttachmentView view(Attachment attachment, AttachmentRow row) {
        return new AttachmentView(attachment.getId(), attachment.getName(), attachment.getType(), row == null ? 0 : row.sizeBytes(),
                BeijingTime.of(attachment.getCreateTime()), row == null ? null : people.displayName(row.uploader()), row == null ? null : row.step(),
                attachment.getDescription());
    }


    /** Browsers on machines without Office often send no type for Word and Excel files: the extension tells. */
    static String typeOf(String fileName, String given) {
        if (given != null && !given.isBlank() && !"application/octet-stream".equals(given)) {
            return given;
        }
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> given;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.OPERATION_REFUSED, "上传材料", why);
    }
}
