package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-A3: every rule of {@code relapse-decision}, its boundary and its rule order. */
class RelapseDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision = DmnTables.decision("relapse-decision");


    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                       | relapseFound | lookBackScore | result       | reason
                    weakness found again relapses                    | true         | 85            | RELAPSED     | 再次出现软弱涣散情形
                    weakness found again relapses despite top score  | true         | 95            | RELAPSED     | 再次出现软弱涣散情形
                    weakness found again outranks a low score        | true         | 50            | RELAPSED     | 再次出现软弱涣散情形
                    look-back score 69.9 relapses                    | false        | 69.9          | RELAPSED     | 回头看评估未达标
                    look-back score 70 is consolidated               | false        | 70            | CONSOLIDATED | 巩固提升成效良好
                    clean look-back with a high score is consolidated | false       | 92            | CONSOLIDATED | 巩固提升成效良好
                    """)
    void decidesLookBack(
            String scenario,
            boolean relapseFound,
            double lookBackScore,
            String expectedResult,
            String expectedReason) {
        DmnDecisionResultEntries result =
                engine
                        .evaluateDecision(
                                decision, Map.of("relapseFound", relapseFound, "lookBackScore", lookBackScore))
                        .getSingleResult();

        assertThat(result.<String>getEntry("lookBackResult")).isEqualTo(expectedResult);
        assertThat(result.<String>getEntry("lookBackReason")).isEqualTo(expectedReason);
    }

}
