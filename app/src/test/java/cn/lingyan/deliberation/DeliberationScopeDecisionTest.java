package cn.lingyan.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.DmnTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN-C1: every rule of {@code deliberation-scope}, each matter kind with and without delegation, and rule order. */
class DeliberationScopeDecisionTest {

    private static final DmnEngine engine = DmnTables.ENGINE;
    private static final DmnDecision decision =
            DmnTables.decision("deliberation/deliberation-scope.dmn", "deliberation-scope");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # scenario                                   | matterKind           | delegated | applies | resolvingBody            | reason
                    village rules go to the villagers            | VILLAGE_RULES        | false     | true    | VILLAGERS_ASSEMBLY       | 村规民约、自治章程由村民会议决定
                    village rules stay with villagers delegated  | VILLAGE_RULES        | true      | true    | VILLAGERS_ASSEMBLY       | 村规民约、自治章程由村民会议决定
                    charter goes to the villagers                | CHARTER              | false     | true    | VILLAGERS_ASSEMBLY       | 村规民约、自治章程由村民会议决定
                    charter stays with villagers delegated       | CHARTER              | true      | true    | VILLAGERS_ASSEMBLY       | 村规民约、自治章程由村民会议决定
                    allowance delegated                          | ALLOWANCE            | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    allowance not delegated                      | ALLOWANCE            | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    collective income delegated                  | COLLECTIVE_INCOME    | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    collective income not delegated              | COLLECTIVE_INCOME    | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    public works delegated                       | PUBLIC_WORKS         | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    public works not delegated                   | PUBLIC_WORKS         | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    land contracting delegated                   | LAND_CONTRACTING     | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    land contracting not delegated               | LAND_CONTRACTING     | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    collective project delegated                 | COLLECTIVE_PROJECT   | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    collective project not delegated             | COLLECTIVE_PROJECT   | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    homestead delegated                          | HOMESTEAD            | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    homestead not delegated                      | HOMESTEAD            | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    land compensation delegated                  | LAND_COMPENSATION    | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    land compensation not delegated              | LAND_COMPENSATION    | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    collective property delegated                | COLLECTIVE_PROPERTY  | true      | true    | REPRESENTATIVES_ASSEMBLY | 属于法定须经村民会议讨论决定的事项，经村民会议授权由村民代表会议决定
                    collective property not delegated            | COLLECTIVE_PROPERTY  | false     | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    delegation not recorded means not delegated  | HOMESTEAD            |           | true    | VILLAGERS_ASSEMBLY       | 属于法定须经村民会议讨论决定的事项，由村民会议决定
                    vital interest delegated                     | VITAL_INTEREST       | true      | true    | REPRESENTATIVES_ASSEMBLY | 涉及村民切身利益的产业、建设、治理事项，经村民会议授权由村民代表会议决定
                    vital interest not delegated                 | VITAL_INTEREST       | false     | true    | VILLAGERS_ASSEMBLY       | 涉及村民切身利益的产业、建设、治理事项，由村民会议决定
                    group property goes to the group meeting     | GROUP_PROPERTY       | false     | false   | GROUP_MEETING            | 属于村民小组的事项，由村民小组会议讨论决定，不走本流程
                    group property ignores delegation            | GROUP_PROPERTY       | true      | false   | GROUP_MEETING            | 属于村民小组的事项，由村民小组会议讨论决定，不走本流程
                    routine business is recorded only            | ROUTINE              | false     | false   | NONE                     | 日常事务或应急事项，仅登记备查
                    emergency is recorded only                   | EMERGENCY            | true      | false   | NONE                     | 日常事务或应急事项，仅登记备查
                    unknown kind falls through                   | LOTTERY              | true      | false   | NONE                     | 事项类别不在规则表中
                    missing kind falls through                   |                      | false     | false   | NONE                     | 事项类别不在规则表中
                    """)
    void routesMatterToResolvingBody(
            String scenario,
            String matterKind,
            Boolean delegated,
            boolean expectedApplies,
            String expectedBody,
            String expectedReason) {
        DmnDecisionResultEntries result = engine
                .evaluateDecision(
                        decision,
                        Variables.createVariables()
                                .putValue("matterKind", matterKind)
                                .putValue("representativesDelegated", delegated))
                .getSingleResult();

        assertThat(result.<Boolean>getEntry("applies")).isEqualTo(expectedApplies);
        assertThat(result.<String>getEntry("resolvingBody")).isEqualTo(expectedBody);
        assertThat(result.<String>getEntry("scopeReason")).isEqualTo(expectedReason);
    }
}
