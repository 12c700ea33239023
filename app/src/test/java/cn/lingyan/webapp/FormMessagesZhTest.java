package cn.lingyan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The form widget's English validation messages are all found in the shipped bundle and replaced by Chinese. */
class FormMessagesZhTest {

    @Test
    void everyEnglishMessageOfTheShippedBundleBecomesChinese() throws IOException {
        FormMessagesZh patch = new FormMessagesZh();
        String stock = patch.readStock();
        FormMessagesZh.MESSAGES.keySet().forEach(english -> assertThat(stock).as(english).contains(english));
        String patched = patch.patch(stock);
        assertThat(patched).doesNotContain("Field is required.").doesNotContain("Field must have minimum")
                .contains("此项为必填项。").contains("`长度不能超过${t.maxLength}个字。`");
    }
}
