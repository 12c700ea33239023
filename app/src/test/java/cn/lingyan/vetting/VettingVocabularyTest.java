package cn.lingyan.vetting;

import static cn.lingyan.ModelValues.formOptions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.system.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vetting's words live in its enums; the nomination forms and the diagram that repeat them must agree. */
class VettingVocabularyTest {

    @ParameterizedTest
    @CsvSource({"vetting-nominate.form, vettingReason, VettingReason", "vetting-nominate.form, position, Position",
            "vetting-nominate.form, education, Education", "vetting-nominate.form, gender, Gender",
            "assessment-nominate-replacement.form, replacementReason, VettingReason",
            "assessment-nominate-replacement.form, education, Education", "assessment-nominate-replacement.form, gender, Gender"})
    void theFormsOfferTheEnumsValuesUnderTheEnumsWords(String form, String field, String vocabulary) throws Exception {
        Map<String, String> words = words(Class.forName("cn.lingyan.vetting." + vocabulary).getEnumConstants());
        Map<String, String> options = formOptions("vetting/" + form, field);
        // the replacement form offers only the reasons a replacement can have; every option is the enum's word
        options.forEach((code, label) -> assertThat(words).as(form + " " + field).containsEntry(code, label));
        if (!field.equals("replacementReason")) {
            assertThat(options.keySet()).as(form + " " + field).containsExactlyElementsOf(words.keySet());
        }
    }

    @Test
    void theDiagramEntersEveryStageInProcessOrder() throws IOException {
        String bpmn = Files.readString(Path.of("processes/vetting/secretary-candidate-vetting.bpmn"));
        Matcher matcher = Pattern.compile("vettingSteps\\.enter\\(execution, '([A-Z_]+)'\\)").matcher(bpmn);
        List<String> entered = new ArrayList<>();
        while (matcher.find()) {
            entered.add(matcher.group(1));
        }
        assertThat(entered).containsExactlyElementsOf(Term.codes(VettingStage.class));
    }

    private static Map<String, String> words(Object[] terms) {
        Map<String, String> words = new LinkedHashMap<>();
        Arrays.stream(terms).map(Term.class::cast).forEach(term -> words.put(term.name(), term.text()));
        return words;
    }
}
