package cn.lingyan.webapp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Camunda Forms widget (form-js, in the webapps' shared lib/deps.js) writes its validation messages in English
 * only. This filter serves the bundle with those messages in Chinese, so a Tasklist form says 此项为必填项 where a
 * required field is empty. Every other text of the bundle is left as shipped.
 */
class FormMessagesZh extends BundlePatch {

    static final String BUNDLE = "META-INF/resources/webjars/camunda/lib/deps.js";
    static final Map<String, String> MESSAGES = new LinkedHashMap<>();

    static {
        MESSAGES.put("\"Field is required.\"", "\"此项为必填项。\"");
        MESSAGES.put("`Field must have minimum length of ${t.minLength}.`", "`长度不能少于${t.minLength}个字。`");
        MESSAGES.put("`Field must have maximum length of ${t.maxLength}.`", "`长度不能超过${t.maxLength}个字。`");
        MESSAGES.put("`Field must have minimum value of ${t.min}.`", "`不能小于${t.min}。`");
        MESSAGES.put("`Field must have maximum value of ${t.max}.`", "`不能大于${t.max}。`");
        MESSAGES.put("`Field must match pattern ${t.pattern}.`", "`格式不正确，请按说明填写。`");
        MESSAGES.put("\"Field must be a valid email.\"", "\"请填写有效的电子邮箱地址。\"");
        MESSAGES.put("\"Field must be a valid  international phone number. (e.g. +4930664040900)\"",
                "\"请填写有效的国际格式电话号码（如 +8610xxxxxxxx）。\"");
    }

    FormMessagesZh() {
        super(BUNDLE, MESSAGES);
    }
}
