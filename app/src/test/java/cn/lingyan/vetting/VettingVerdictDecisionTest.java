package cn.lingyan.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-B2: every rule of {@code vetting-verdict}, its boundaries and its rule order. */
class VettingVerdictDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision = DmnTables.decision("vetting/vetting-verdict.dmn", "vetting-verdict");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                              | hardHits | softHits | verdict      | reason
                    no hits is cleared                      | 0        | 0        | CLEARED      | 各联审部门均未发现负面清单情形
                    one hard hit disqualifies               | 1        | 0        | DISQUALIFIED | 命中负面清单“不能”情形，取消人选资格
                    one soft hit goes to the meeting        | 0        | 1        | MEETING      | 命中负面清单“不宜”情形，提交县委组织部联审会议研究决定
                    hard outranks soft                      | 2        | 3        | DISQUALIFIED | 命中负面清单“不能”情形，取消人选资格
                    several soft hits go to the meeting     | 0        | 5        | MEETING      | 命中负面清单“不宜”情形，提交县委组织部联审会议研究决定
                    """)
    void combinesDepartmentReplies(
            String scenario, int hardHits, int softHits, String expectedVerdict, String expectedReason) {
        DmnDecisionResultEntries result = engine
                .evaluateDecision(decision, Map.of("hardHits", hardHits, "softHits", softHits))
                .getSingleResult();

        assertThat(result.<String>getEntry("verdict")).isEqualTo(expectedVerdict);
        assertThat(result.<String>getEntry("verdictReason")).isEqualTo(expectedReason);
    }
}
