package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-A2: every rule of {@code acceptance-decision}, its boundaries and its rule order. */
class AcceptanceDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision = DmnTables.decision("acceptance-decision");


    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                                  | unsatisfiedRatio | allTasksClosed | score | result | reason
                    more than half unsatisfied fails                            | 0.6              | true           | 85    | FAIL   | 群众测评不满意率超过50%
                    exactly half unsatisfied is not the majority rule           | 0.5              | true           | 85    | PASS   | 验收合格
                    51 percent unsatisfied fails                                | 0.51             | true           | 85    | FAIL   | 群众测评不满意率超过50%
                    unsatisfied majority fails even with a top score            | 0.6              | true           | 95    | FAIL   | 群众测评不满意率超过50%
                    unsatisfied majority outranks open tasks                    | 0.6              | false          | 95    | FAIL   | 群众测评不满意率超过50%
                    open tasks fail                                             | 0.1              | false          | 80    | FAIL   | 整改任务未全部完成
                    open tasks fail even with a top score                       | 0.1              | false          | 95    | FAIL   | 整改任务未全部完成
                    open tasks outrank a low score                              | 0.1              | false          | 50    | FAIL   | 整改任务未全部完成
                    all tasks closed and score 70 passes                        | 0.1              | true           | 70    | PASS   | 验收合格
                    all tasks closed and score 69.9 fails on score              | 0.1              | true           | 69.9  | FAIL   | 验收得分低于70分
                    all tasks closed and full satisfaction with low score fails | 0.0              | true           | 40    | FAIL   | 验收得分低于70分
                    """)
    void decidesAcceptance(
            String scenario,
            double unsatisfiedRatio,
            boolean allTasksClosed,
            double score,
            String expectedResult,
            String expectedReason) {
        DmnDecisionResultEntries result =
                engine
                        .evaluateDecision(
                                decision,
                                Map.of(
                                        "unsatisfiedRatio", unsatisfiedRatio,
                                        "allTasksClosed", allTasksClosed,
                                        "score", score))
                        .getSingleResult();

        assertThat(result.<String>getEntry("acceptanceResult")).isEqualTo(expectedResult);
        assertThat(result.<String>getEntry("acceptanceReason")).isEqualTo(expectedReason);
    }

}
