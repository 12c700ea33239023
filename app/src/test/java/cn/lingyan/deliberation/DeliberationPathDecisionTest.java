package cn.lingyan.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-C2: {@code deliberation-path} as configured for [seed:004] — proposal and deliberation always merged. */
class DeliberationPathDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision =
            DmnTables.decision("deliberation/deliberation-path.dmn", "deliberation-path");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                  | complex | secretaryHeadsCommittee | mergeProposal | preConsult
                    complex matter, secretary heads committee   | true    | true                    | true          | true
                    complex matter, separate chairs             | true    | false                   | true          | true
                    simple matter, secretary heads committee    | false   | true                    | true          | false
                    simple matter, separate chairs              | false   | false                   | true          | false
                    """)
    void choosesPath(
            String scenario,
            boolean complex,
            boolean secretaryHeadsCommittee,
            boolean expectedMerge,
            boolean expectedPreConsult) {
        DmnDecisionResultEntries result = engine
                .evaluateDecision(
                        decision,
                        Map.of("complex", complex, "secretaryHeadsCommittee", secretaryHeadsCommittee))
                .getSingleResult();

        assertThat(result.<Boolean>getEntry("mergeProposal")).isEqualTo(expectedMerge);
        assertThat(result.<Boolean>getEntry("preConsult")).isEqualTo(expectedPreConsult);
    }
}
