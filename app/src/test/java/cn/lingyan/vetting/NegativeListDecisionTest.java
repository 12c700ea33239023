package cn.lingyan.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-B1: every clause of {@code vetting-negative-list}, its class, and a source for each rule. */
class NegativeListDecisionTest {

    private static final String FILE = "vetting/vetting-negative-list.dmn";
    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision = DmnTables.decision(FILE, "vetting-negative-list");

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # clause | clauseName                                            | severity
                    N01      | 受过刑事处罚                                           | HARD
                    N02      | 村霸或涉黑涉恶                                         | HARD
                    N03      | 涉邪教或组织非法宗教活动                                | HARD
                    N04      | 被剥夺政治权利                                         | HARD
                    N05      | 无民事行为能力                                         | HARD
                    N06      | 受党纪政务处分尚在影响期内                              | HARD
                    N07      | 拒不签订候选人承诺书                                    | HARD
                    S01      | 正在接受纪检监察或司法机关调查                          | SOFT
                    S02      | 五年内因吸毒、嫖娼、聚众扰乱社会秩序、赌博受过行政拘留  | SOFT
                    S03      | 组织或煽动群体性上访、闹访                              | SOFT
                    S04      | 经查实存在拉票贿选、拉帮结派                            | SOFT
                    S05      | 任职期间长期不公开村务或侵占集体土地、资金              | SOFT
                    S06      | 被列为失信被执行人                                     | SOFT
                    S07      | 长期外出不能正常履职                                   | SOFT
                    S08      | 违反计划生育政策                                       | OFF
                    """)
    void namesAndClassifiesEveryClause(String clause, String expectedName, String expectedSeverity) {
        DmnDecisionResultEntries result = engine.evaluateDecision(decision, Map.of("clause", clause)).getSingleResult();

        assertThat(result.<String>getEntry("clauseName")).isEqualTo(expectedName);
        assertThat(result.<String>getEntry("severity")).isEqualTo(expectedSeverity);
    }

    @Test
    void unknownClauseMatchesNoRule() {
        assertThat(engine.evaluateDecision(decision, Map.of("clause", "X99"))).isEmpty();
    }

    @Test
    void everyRuleCitesItsSource() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/" + FILE)) {
            assertThat(in).as("processes/" + FILE + " on the classpath").isNotNull();
            Collection<Rule> rules = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class);

            assertThat(rules).hasSize(15);
            for (Rule rule : rules) {
                assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
                assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank().contains("[");
            }
        }
    }
}
