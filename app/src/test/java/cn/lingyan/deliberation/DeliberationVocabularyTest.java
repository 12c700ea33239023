package cn.lingyan.deliberation;

import static cn.lingyan.ModelValues.dmnLiterals;
import static cn.lingyan.ModelValues.formOptions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.system.Term;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The matter kinds, sources and bodies live in their enums; the register form offers the same words, and the
 * tables decide and match only codes the enums know.
 */
class DeliberationVocabularyTest {

    @Test
    void theRegisterFormOffersTheKindsAndSourcesUnderTheEnumsWords() {
        assertThat(formOptions("deliberation/deliberation-register.form", "matterKind")).containsExactlyEntriesOf(words(MatterKind.values()));
        assertThat(formOptions("deliberation/deliberation-register.form", "matterSource"))
                .containsExactlyEntriesOf(words(MatterSource.values()));
    }

    @Test
    void theTablesUseOnlyKnownKindsAndBodies() {
        assertThat(dmnLiterals("deliberation/deliberation-scope.dmn", "deliberation-scope", "matterKind"))
                .isSubsetOf(Term.codes(MatterKind.class));
        assertThat(dmnLiterals("deliberation/deliberation-scope.dmn", "deliberation-scope", "resolvingBody"))
                .isSubsetOf(Term.codes(MeetingBody.class));
        assertThat(dmnLiterals("deliberation/meeting-rules.dmn", "meeting-quorum", "body")).isSubsetOf(Term.codes(MeetingBody.class));
        assertThat(dmnLiterals("deliberation/meeting-rules.dmn", "meeting-passing", "body")).isSubsetOf(Term.codes(MeetingBody.class));
    }

    private static Map<String, String> words(Term[] terms) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Term term : terms) {
            words.put(term.name(), term.text());
        }
        return words;
    }
}
