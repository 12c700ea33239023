package cn.lingyan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Chinese webapp locales against the English ones Camunda 7.24 ships in its webjar: every key
 * translated, nothing extra, every interpolation and HTML tag kept, and the app configured to offer Chinese.
 */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLocaleTranslatesEveryEnglishKey(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> chinese = flatten(read(app, "zh"));

        assertThat(chinese.keySet()).as(app + " keys").isEqualTo(english.keySet());
        int untranslated = 0;
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String zh = chinese.get(entry.getKey());
            assertThat(matches(PLACEHOLDER, zh)).as(app + " " + entry.getKey() + " placeholders")
                    .isEqualTo(matches(PLACEHOLDER, entry.getValue()));
            assertThat(matches(TAG, zh).size()).as(app + " " + entry.getKey() + " tags")
                    .isLessThanOrEqualTo(matches(TAG, entry.getValue()).size());
            if (!HAN.matcher(zh).find() && zh.matches(".*[a-z]{4,}.*") && !zh.contains("Camunda") && !zh.contains("Optimize") && !zh.contains("null")
                    && !zh.contains("undefined") && !zh.contains("YYYY") && !zh.contains("dddd")) {
                untranslated++;
            }
        }
        assertThat(untranslated).as(app + ": values still in English").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void appOffersChineseFirstWithEnglishAsFallback(String app) throws IOException {
        String config = resource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
        // Camunda matches only the language part of the browser locale ("zh-CN" → "zh")
        assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'en'");
    }

    private static JsonNode read(String app, String locale) throws IOException {
        String text = resource("META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json");
        return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix + "/" + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asText());
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }
}
