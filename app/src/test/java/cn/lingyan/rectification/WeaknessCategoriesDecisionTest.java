package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DMN-A1: every rule of {@code weakness-categories} and its boundaries. */
class WeaknessCategoriesDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision = DmnTables.decision("weakness-categories");


    /** A village that hits no category. */
    private static Map<String, Object> cleanVillage() {
        Map<String, Object> v = new HashMap<>();
        v.put("vacancyDays", 0);
        v.put("secretaryStar", 3);
        v.put("teamDivided", false);
        v.put("routinesOnPaper", false);
        v.put("voteBuying", false);
        v.put("externalInterference", false);
        v.put("disclosureChaotic", false);
        v.put("petitionCount", 0);
        v.put("noVenue", false);
        v.put("satisfactionRate", 85.0);
        v.put("villageBully", false);
        v.put("collectiveIncome", 10.0);
        v.put("revitalisationStalled", false);
        v.put("localIssue", false);
        return v;
    }

    private static Map<String, Object> with(Object... keyValues) {
        Map<String, Object> v = cleanVillage();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((String) keyValues[i], keyValues[i + 1]);
        }
        return v;
    }

    static Stream<Arguments> villages() {
        return Stream.of(
                Arguments.of("clean village hits nothing", with(), Set.of()),
                // W01 vacancyDays > 90
                Arguments.of("secretary vacant 90 days is not yet W01", with("vacancyDays", 90), Set.of()),
                Arguments.of("secretary vacant 91 days is W01", with("vacancyDays", 91), Set.of("W01")),
                // W02 secretaryStar = 1
                Arguments.of("one-star secretary is W02", with("secretaryStar", 1), Set.of("W02")),
                Arguments.of("two-star secretary is not W02", with("secretaryStar", 2), Set.of()),
                Arguments.of("unrated secretary is not W02", with("secretaryStar", 0), Set.of()),
                Arguments.of("divided team is W03", with("teamDivided", true), Set.of("W03")),
                Arguments.of("routines only on paper is W04", with("routinesOnPaper", true), Set.of("W04")),
                Arguments.of("vote buying is W05", with("voteBuying", true), Set.of("W05")),
                Arguments.of("external interference is W06", with("externalInterference", true), Set.of("W06")),
                Arguments.of("chaotic disclosure is W07", with("disclosureChaotic", true), Set.of("W07")),
                // W08 petitionCount >= 5
                Arguments.of("4 petitions is not W08", with("petitionCount", 4), Set.of()),
                Arguments.of("5 petitions is W08", with("petitionCount", 5), Set.of("W08")),
                Arguments.of("no venue is W09", with("noVenue", true), Set.of("W09")),
                // W10 satisfactionRate < 60
                Arguments.of("satisfaction 59.9 is W10", with("satisfactionRate", 59.9), Set.of("W10")),
                Arguments.of("satisfaction 60 is not W10", with("satisfactionRate", 60.0), Set.of()),
                Arguments.of("village bully is W11", with("villageBully", true), Set.of("W11")),
                // W12 collectiveIncome <= 0
                Arguments.of("zero collective income is W12", with("collectiveIncome", 0.0), Set.of("W12")),
                Arguments.of("collective income 0.01 is not W12", with("collectiveIncome", 0.01), Set.of()),
                Arguments.of("stalled revitalisation is W13", with("revitalisationStalled", true), Set.of("W13")),
                Arguments.of("local issue is W99", with("localIssue", true), Set.of("W99")),
                Arguments.of(
                        "several problems at once hit every matching category",
                        with(
                                "vacancyDays", 120,
                                "secretaryStar", 1,
                                "petitionCount", 7,
                                "satisfactionRate", 40.0,
                                "collectiveIncome", 0.0,
                                "localIssue", true),
                        Set.of("W01", "W02", "W08", "W10", "W12", "W99")),
                Arguments.of(
                        "every flag raised hits all fourteen categories",
                        with(
                                "vacancyDays", 365,
                                "secretaryStar", 1,
                                "teamDivided", true,
                                "routinesOnPaper", true,
                                "voteBuying", true,
                                "externalInterference", true,
                                "disclosureChaotic", true,
                                "petitionCount", 12,
                                "noVenue", true,
                                "satisfactionRate", 30.0,
                                "villageBully", true,
                                "collectiveIncome", -2.5,
                                "revitalisationStalled", true,
                                "localIssue", true),
                        Set.of(
                                "W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09", "W10", "W11",
                                "W12", "W13", "W99")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villages")
    void collectsMatchingCategories(String scenario, Map<String, Object> village, Set<String> expected) {
        DmnDecisionResult result = engine.evaluateDecision(decision, village);

        List<String> categories = result.collectEntries("category");
        assertThat(categories).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyHitCarriesTheChineseCategoryName() {
        DmnDecisionResult result =
                engine.evaluateDecision(decision, with("vacancyDays", 91, "localIssue", true));

        Map<String, String> names = new HashMap<>();
        result.forEach(r -> names.put(r.getEntry("category"), r.getEntry("categoryName")));
        assertThat(names)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "W01", "班子配备不齐、书记长期缺职、工作停滞",
                                "W99", "其他本地情形"));
    }

}
