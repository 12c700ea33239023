package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.lingyan.policy.PolicyPreview.InputValue;
import cn.lingyan.policy.PolicyPreview.MatchedRule;
import cn.lingyan.policy.PolicyPreview.Preview;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.OutOfScopeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 试算: a draft table, not deployed, decides on the inputs a policy owner types — the matched rules with their ids,
 * descriptions and outputs; inputs converted by each input's type; every refusal in Chinese with LY-20001.
 */
class PolicyPreviewTest {

    private final PolicyAccess access = mock(PolicyAccess.class);
    private final PolicyPreview preview = new PolicyPreview(access, new UploadSafety(new ExpressionGuard(Map.of(), Set.of())),
            new PolicyProperties(List.of(), 2_097_152, List.of()));

    @Test
    void aDraftPassScoreDecidesWithTheMatchedRuleAndItsDescription() {
        Preview result = preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance(85, 0.1, true));

        assertThat(result.decisionName()).isEqualTo("整顿验收结论");
        assertThat(result.hitPolicy()).isEqualTo("FIRST");
        assertThat(result.matchedRules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("rule-pass");
            assertThat(rule.description()).isEqualTo("[P:L-CH, L-HY] 任务全部完成且得分70分及以上，验收合格");
            assertThat(rule.outputs()).containsExactly(Map.entry("acceptanceResult", "PASS"), Map.entry("acceptanceReason", "验收合格"));
        });
        assertThat(preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance(75, 0.1, true)).matchedRules())
                .extracting(MatchedRule::ruleId).containsExactly("rule-score-below-70");
        assertThat(result.aggregate()).isNull();
    }

    @Test
    void firstHitPolicyReportsOnlyTheFirstMatchingRule() {
        Preview result = preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance(50, 0.6, false));

        assertThat(result.matchedRules()).extracting(MatchedRule::ruleId).containsExactly("rule-unsatisfied-over-half");
    }

    @Test
    void collectReportsEveryMatchingRuleInOrder() {
        Preview result = preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", 5, "villageName", "东坡村"));

        assertThat(result.hitPolicy()).isEqualTo("COLLECT");
        assertThat(result.matchedRules()).extracting(MatchedRule::ruleId).containsExactly("rule-three-stars", "rule-five-stars", "rule-dongpo");
        assertThat(result.matchedRules()).extracting(MatchedRule::description).containsExactly("三星及以上加5分", "五星再加10分", "东坡村加1分");
        assertThat(result.matchedRules()).extracting(r -> r.outputs().get("points")).containsExactly(5, 10, 1);
        assertThat(result.aggregate()).isNull();
    }

    @Test
    void collectWithAnAggregatorReportsTheAggregateToo() {
        Preview result = preview.evaluate(Drafts.bonus("SUM"), "bonus-points", Map.of("stars", 4, "villageName", "东坡村"));

        assertThat(result.hitPolicy()).isEqualTo("COLLECT SUM");
        assertThat(result.matchedRules()).extracting(MatchedRule::ruleId).containsExactly("rule-three-stars", "rule-dongpo");
        assertThat(((Number) result.aggregate()).intValue()).isEqualTo(6);
    }

    @Test
    void noMatchingRuleIsAnEmptyResultNotAnError() {
        Preview result = preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", 1, "villageName", "柳溪村"));

        assertThat(result.matchedRules()).isEmpty();
        assertThat(result.inputs()).extracting(InputValue::name).containsExactly("stars", "villageName");
    }

    @Test
    void inputsTypedAsTextAreConvertedByTheInputsType() {
        Preview result = preview.evaluate(Drafts.acceptance(80), "acceptance-decision",
                Map.of("score", "85", "unsatisfiedRatio", "0.1", "allTasksClosed", "是"));

        assertThat(result.inputs()).extracting(InputValue::name, InputValue::typeRef, InputValue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unsatisfiedRatio", "double", 0.1),
                org.assertj.core.groups.Tuple.tuple("allTasksClosed", "boolean", true),
                org.assertj.core.groups.Tuple.tuple("score", "double", 85.0));
        assertThat(result.matchedRules()).extracting(MatchedRule::ruleId).containsExactly("rule-pass");
        assertThat(preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", "5", "villageName", 12)).inputs())
                .extracting(InputValue::value).containsExactly(5, "12");
        assertThat(preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", 5.0, "villageName", "")).inputs())
                .extracting(InputValue::value).containsExactly(5, null);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheInput() {
        assertRefused(() -> preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance("八十五", 0.1, true)),
                "验收得分（0–100）", "score", "应为数字", "八十五");
        assertRefused(() -> preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", 4.5)), "星级", "应为整数");
        assertRefused(() -> preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance(85, 0.1, "也许")),
                "整改任务是否全部完成", "是或否");
        assertRefused(() -> preview.evaluate(Drafts.bonus(null), "bonus-points", Map.of("stars", List.of(1, 2))), "stars", "单个值");
    }

    @Test
    void anUnreadableUnsafeOrUnknownTableIsRefusedInChinese() {
        assertRefused(() -> preview.evaluate("<definitions", "acceptance-decision", Map.of()), "不是有效的XML");
        assertRefused(() -> preview.evaluate("<definitions xmlns=\"urn:x\"/>", "acceptance-decision", Map.of()), "无法解析");
        assertRefused(() -> preview.evaluate(Drafts.acceptance(80), "no-such-decision", Map.of()), "没有决策“no-such-decision”",
                "acceptance-decision");
        assertRefused(() -> preview.evaluate(Drafts.acceptance(80).replace("hitPolicy=\"FIRST\"", "hitPolicy=\"FIRST\" "
                + "expressionLanguage=\"javascript\""), "acceptance-decision", Map.of()), "安全检查", "javascript");
        assertRefused(() -> preview.evaluate(" ", "acceptance-decision", Map.of()), "请提供决策表内容");
        assertRefused(() -> preview.evaluate(Drafts.acceptance(80).replace("<text>&gt;= 80</text>", "<text>&gt;= = 80</text>"),
                "acceptance-decision", acceptance(85, 0.1, true)), "无法对这组输入作出决定");
    }

    @Test
    void aUniqueTableWithTwoMatchesCannotDecide() {
        assertRefused(() -> preview.evaluate(Drafts.bonus(null).replace("hitPolicy=\"COLLECT\"", "hitPolicy=\"UNIQUE\""),
                "bonus-points", Map.of("stars", 5, "villageName", "柳溪村")), "无法对这组输入作出决定");
    }

    @Test
    void onlyAPolicyOwnerMayTry() {
        when(access.tenantForReading(null)).thenThrow(new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "qingshan-dw", "990101001"));

        assertThatThrownBy(() -> preview.evaluate(Drafts.acceptance(80), "acceptance-decision", acceptance(85, 0.1, true)))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("LY-20004");
    }

    @Test
    void aRefusedCallerIsRefusedBeforeTheDraftIsRead() {
        when(access.tenantForReading(null)).thenThrow(new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "dongpo-zb", "990101001001"));
        UploadSafety safety = mock(UploadSafety.class);
        PolicyPreview refusing = new PolicyPreview(access, safety, new PolicyProperties(List.of(), 1, List.of()));

        assertThatThrownBy(() -> refusing.evaluate("<x/>", "k", Map.of())).isInstanceOf(OutOfScopeException.class);
        verifyNoInteractions(safety);
    }

    private static Map<String, Object> acceptance(Object score, Object ratio, Object allTasksClosed) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("score", score);
        inputs.put("unsatisfiedRatio", ratio);
        inputs.put("allTasksClosed", allTasksClosed);
        return inputs;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... fragments) {
        var refusal = assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20001");
        for (String fragment : fragments) {
            refusal.hasMessageContaining(fragment);
        }
    }
}
