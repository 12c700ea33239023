package cn.lingyan.approval;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Evidence attachments: checked on upload, listed for the whole case on later steps, downloadable within the unit. */
@EngineTest
class TaskAttachmentsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.4\n%中文\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired TaskAttachments attachments;
    @Autowired ProcessDriver driver;
    @Autowired TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void evidenceUploadedOnOneStepIsListedAndDownloadableOnTheNext() {
        ProcessInstance matter = driver.start("four-deliberations-two-disclosures", "dongpo-zb", register("PUBLIC_WORKS", false, true, false));
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        TaskAttachments.AttachmentView minutes = as("dongpo-lw", () -> attachments.upload(joint.getId(), "会议纪要.pdf",
                "application/pdf", Base64.getEncoder().encodeToString(PDF), "两委联席会议纪要"));
        assertThat(minutes.size()).isEqualTo(PDF.length);
        assertThat(minutes.step()).isEqualTo("村党组织提议并经“两委”商议");
        driver.complete(joint, "dongpo-lw", joint(meeting(9, 8, 7, 1, 0)));

        Task review = driver.task(matter, "Task_PartyMembersReview");
        // a browser that sends no type: the extension decides, and the content must still match
        TaskAttachments.AttachmentView photo = as("dongpo-zb", () -> attachments.upload(review.getId(), "现场照片.png",
                "application/octet-stream", Base64.getEncoder().encodeToString(PNG), null));
        assertThat(photo.type()).isEqualTo("image/png");
        List<TaskAttachments.AttachmentView> listed = as("dongpo-zb", () -> attachments.list(review.getId()));
        assertThat(listed).extracting(TaskAttachments.AttachmentView::name).containsExactly("会议纪要.pdf", "现场照片.png");
        assertThat(listed.get(0).uploaderName()).isEqualTo("东坡村 村“两委”");

        TaskAttachments.Content content = as("qingshan-dw", () -> attachments.content(minutes.id()));
        assertThat(content.bytes()).isEqualTo(PDF);
        assertThat(content.name()).isEqualTo("会议纪要.pdf");
        assertThatThrownBy(() -> as("baishui-dw", () -> attachments.content(minutes.id()))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as("baishui-dw", () -> attachments.list(review.getId()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void wrongTypesOversizedOrDisguisedFilesAreRefused() {
        ProcessInstance matter = driver.start("four-deliberations-two-disclosures", "dongpo-zb", register("PUBLIC_WORKS", false, true, false));
        String task = driver.task(matter, "Task_ProposeAndDeliberate").getId();
        String png = Base64.getEncoder().encodeToString(PNG);
        assertRefused(() -> attachments.upload(task, "脚本.exe", "application/x-msdownload", png, null), "不支持的文件类型");
        assertRefused(() -> attachments.upload(task, "照片.jpg", "image/jpeg", png, null), "与类型“image/jpeg”不符");
        assertRefused(() -> attachments.upload(task, "../照片.png", "image/png", png, null), "不含路径");
        assertRefused(() -> attachments.upload(task, "照片.png", "image/png", "不是base64", null), "无法读取");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertRefused(() -> attachments.upload(task, "大照片.png", "image/png", Base64.getEncoder().encodeToString(big), null), "超过10MB");
        assertThat(as("dongpo-lw", () -> attachments.list(task))).isEmpty();
    }

    private void assertRefused(Supplier<Object> upload, String message) {
        assertThatThrownBy(() -> as("dongpo-lw", upload)).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20017")
                .hasMessageContaining(message);
    }

    <T> T as(String user, Supplier<T> work) {
        return data.as(user, work);
    }
}
