package cn.lingyan.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-C3: quorum and passing thresholds of every meeting body, at their integer boundaries. */
class MeetingRulesDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision quorum = DmnTables.decision("deliberation/meeting-rules.dmn", "meeting-quorum");
    private static final DmnDecision passing = DmnTables.decision("deliberation/meeting-rules.dmn", "meeting-passing");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                   | body                     | quorumBasis | due | present | met   | rule
                    committee exactly half                       | PARTY_COMMITTEE          |             | 10  | 5       | true  | 村党组织委员会会议须有半数以上委员到会（含半数）
                    committee below half                         | PARTY_COMMITTEE          |             | 10  | 4       | false | 村党组织委员会会议须有半数以上委员到会（含半数）
                    committee odd, half plus one                 | PARTY_COMMITTEE          |             | 7   | 4       | true  | 村党组织委员会会议须有半数以上委员到会（含半数）
                    committee odd, just under half               | PARTY_COMMITTEE          |             | 7   | 3       | false | 村党组织委员会会议须有半数以上委员到会（含半数）
                    two committees exactly half                  | TWO_COMMITTEES           |             | 10  | 5       | true  | 村“两委”联席会议须有半数以上应到人员到会（含半数）
                    two committees below half                    | TWO_COMMITTEES           |             | 10  | 4       | false | 村“两委”联席会议须有半数以上应到人员到会（含半数）
                    joint meeting odd, half plus one             | JOINT                    |             | 9   | 5       | true  | 提议商议合并会议须有半数以上应到人员到会（含半数）
                    joint meeting odd, just under half           | JOINT                    |             | 9   | 4       | false | 提议商议合并会议须有半数以上应到人员到会（含半数）
                    members exactly half                         | PARTY_MEMBERS            |             | 10  | 5       | true  | 党员大会须有半数以上有表决权的党员到会（含半数）
                    members below half                           | PARTY_MEMBERS            |             | 10  | 4       | false | 党员大会须有半数以上有表决权的党员到会（含半数）
                    members odd, half plus one                   | PARTY_MEMBERS            |             | 9   | 5       | true  | 党员大会须有半数以上有表决权的党员到会（含半数）
                    members odd, just under half                 | PARTY_MEMBERS            |             | 9   | 4       | false | 党员大会须有半数以上有表决权的党员到会（含半数）
                    villagers exactly half is not enough         | VILLAGERS_ASSEMBLY       | ADULTS      | 10  | 5       | false | 村民会议须有本村十八周岁以上村民的过半数参加
                    villagers half plus one                      | VILLAGERS_ASSEMBLY       | ADULTS      | 10  | 6       | true  | 村民会议须有本村十八周岁以上村民的过半数参加
                    villagers odd, half plus one                 | VILLAGERS_ASSEMBLY       | ADULTS      | 9   | 5       | true  | 村民会议须有本村十八周岁以上村民的过半数参加
                    villagers odd, just under half               | VILLAGERS_ASSEMBLY       | ADULTS      | 9   | 4       | false | 村民会议须有本村十八周岁以上村民的过半数参加
                    households just under two thirds             | VILLAGERS_ASSEMBLY       | HOUSEHOLDS  | 10  | 6       | false | 村民会议须有本村三分之二以上的户的代表参加
                    households two thirds rounded up             | VILLAGERS_ASSEMBLY       | HOUSEHOLDS  | 10  | 7       | true  | 村民会议须有本村三分之二以上的户的代表参加
                    households exactly two thirds                | VILLAGERS_ASSEMBLY       | HOUSEHOLDS  | 9   | 6       | true  | 村民会议须有本村三分之二以上的户的代表参加
                    households half plus one is not enough       | VILLAGERS_ASSEMBLY       | HOUSEHOLDS  | 9   | 5       | false | 村民会议须有本村三分之二以上的户的代表参加
                    villagers without a basis                    | VILLAGERS_ASSEMBLY       |             | 10  | 10      | false | 村民会议未指明到会基数（ADULTS 或 HOUSEHOLDS）
                    representatives just under two thirds        | REPRESENTATIVES_ASSEMBLY |             | 10  | 6       | false | 村民代表会议须有三分之二以上的组成人员参加
                    representatives two thirds rounded up        | REPRESENTATIVES_ASSEMBLY |             | 10  | 7       | true  | 村民代表会议须有三分之二以上的组成人员参加
                    representatives exactly two thirds           | REPRESENTATIVES_ASSEMBLY |             | 9   | 6       | true  | 村民代表会议须有三分之二以上的组成人员参加
                    representatives half plus one not enough     | REPRESENTATIVES_ASSEMBLY |             | 9   | 5       | false | 村民代表会议须有三分之二以上的组成人员参加
                    representatives larger body, exactly ⅔       | REPRESENTATIVES_ASSEMBLY |             | 45  | 30      | true  | 村民代表会议须有三分之二以上的组成人员参加
                    representatives larger body, one short       | REPRESENTATIVES_ASSEMBLY |             | 45  | 29      | false | 村民代表会议须有三分之二以上的组成人员参加
                    unknown body                                 | GROUP_MEETING            |             | 10  | 10      | false | 未知会议类型
                    missing body                                 |                          |             | 10  | 10      | false | 未知会议类型
                    """)
    void checksQuorum(
            String scenario,
            String body,
            String quorumBasis,
            int dueCount,
            int presentCount,
            boolean expectedMet,
            String expectedRule) {
        DmnDecisionResultEntries result = engine
                .evaluateDecision(
                        quorum,
                        Variables.createVariables()
                                .putValue("body", body)
                                .putValue("quorumBasis", quorumBasis)
                                .putValue("dueCount", dueCount)
                                .putValue("presentCount", presentCount))
                .getSingleResult();

        assertThat(result.<Boolean>getEntry("quorumMet")).isEqualTo(expectedMet);
        assertThat(result.<String>getEntry("quorumRule")).isEqualTo(expectedRule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                    | body                     | due | present | yes | no | abstain | passed | rule
                    committee majority of members                 | PARTY_COMMITTEE          | 7   | 7       | 4   | 3  | 0       | true   | 村党组织委员会会议决定须经应到委员的过半数同意
                    committee short of a majority                 | PARTY_COMMITTEE          | 7   | 6       | 3   | 2  | 1       | false  | 村党组织委员会会议决定须经应到委员的过半数同意
                    committee tie is not a majority               | PARTY_COMMITTEE          | 6   | 6       | 3   | 3  | 0       | false  | 村党组织委员会会议决定须经应到委员的过半数同意
                    two committees majority of members            | TWO_COMMITTEES           | 10  | 8       | 6   | 2  | 0       | true   | 村“两委”联席会议决定须经应到人员的过半数同意
                    two committees majority of present only       | TWO_COMMITTEES           | 10  | 8       | 5   | 3  | 0       | false  | 村“两委”联席会议决定须经应到人员的过半数同意
                    joint meeting odd, majority                   | JOINT                    | 9   | 9       | 5   | 4  | 0       | true   | 提议商议合并会议决定须经应到人员的过半数同意
                    joint meeting odd, short                      | JOINT                    | 9   | 9       | 4   | 4  | 1       | false  | 提议商议合并会议决定须经应到人员的过半数同意
                    members: more than half present but not due   | PARTY_MEMBERS            | 10  | 8       | 5   | 3  | 0       | false  | 党员大会表决赞成人数须超过应到会有表决权党员的半数
                    members: more than half of due                | PARTY_MEMBERS            | 10  | 8       | 6   | 2  | 0       | true   | 党员大会表决赞成人数须超过应到会有表决权党员的半数
                    villagers: abstentions are not yes votes      | VILLAGERS_ASSEMBLY       | 18  | 10      | 5   | 2  | 3       | false  | 村民会议所作决定须经到会人员的过半数通过
                    villagers: majority of present                | VILLAGERS_ASSEMBLY       | 18  | 10      | 6   | 1  | 3       | true   | 村民会议所作决定须经到会人员的过半数通过
                    villagers: under half of due still passes     | VILLAGERS_ASSEMBLY       | 200 | 120     | 61  | 59 | 0       | true   | 村民会议所作决定须经到会人员的过半数通过
                    representatives: exactly half is not enough   | REPRESENTATIVES_ASSEMBLY | 45  | 30      | 15  | 15 | 0       | false  | 村民代表会议所作决定须经到会人员的过半数同意
                    representatives: half plus one                | REPRESENTATIVES_ASSEMBLY | 45  | 30      | 16  | 10 | 4       | true   | 村民代表会议所作决定须经到会人员的过半数同意
                    unknown body                                  | GROUP_MEETING            | 10  | 10      | 10  | 0  | 0       | false  | 未知会议类型
                    """)
    void checksPassing(
            String scenario,
            String body,
            int dueCount,
            int presentCount,
            int yesCount,
            int noCount,
            int abstainCount,
            boolean expectedPassed,
            String expectedRule) {
        // noCount and abstainCount are recorded with every vote; the table must not read them as support.
        DmnDecisionResultEntries result = engine
                .evaluateDecision(
                        passing,
                        Variables.createVariables()
                                .putValue("body", body)
                                .putValue("dueCount", dueCount)
                                .putValue("presentCount", presentCount)
                                .putValue("yesCount", yesCount)
                                .putValue("noCount", noCount)
                                .putValue("abstainCount", abstainCount))
                .getSingleResult();

        assertThat(result.<Boolean>getEntry("passed")).isEqualTo(expectedPassed);
        assertThat(result.<String>getEntry("passRule")).isEqualTo(expectedRule);
    }
}
