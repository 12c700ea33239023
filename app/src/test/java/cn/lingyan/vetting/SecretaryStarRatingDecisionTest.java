package cn.lingyan.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-B3: score to stars ({@code secretary-star-rating}) at every band edge, and stars to action. */
class SecretaryStarRatingDecisionTest {

    private static final String FILE = "vetting/secretary-star-rating.dmn";
    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision rating = DmnTables.decision(FILE, "secretary-star-rating");
    private static final DmnDecision action = DmnTables.decision(FILE, "secretary-star-action");

    @ParameterizedTest(name = "score {0} is {1} stars")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # totalScore | stars
                    100          | 5
                    90           | 5
                    89.9         | 4
                    80           | 4
                    79.9         | 3
                    70           | 3
                    69.9         | 2
                    60           | 2
                    59.9         | 1
                    0            | 1
                    """)
    void ratesScoreIntoStars(double totalScore, int expectedStars) {
        DmnDecisionResultEntries result =
                engine.evaluateDecision(rating, Map.of("totalScore", totalScore)).getSingleResult();

        assertThat(result.<Integer>getEntry("stars")).isEqualTo(expectedStars);
    }

    @ParameterizedTest(name = "{0} stars: {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # stars | starAction   | starActionName
                    1       | ADJUST       | 及时调整
                    2       | WARNING_TALK | 提醒约谈
                    3       | IMPROVE      | 补强短板
                    4       | IMPROVE      | 补强短板
                    5       | MODEL        | 选树典型
                    """)
    void picksTheActionForEachStarLevel(int stars, String expectedAction, String expectedName) {
        DmnDecisionResultEntries result = engine.evaluateDecision(action, Map.of("stars", stars)).getSingleResult();

        assertThat(result.<String>getEntry("starAction")).isEqualTo(expectedAction);
        assertThat(result.<String>getEntry("starActionName")).isEqualTo(expectedName);
    }
}
