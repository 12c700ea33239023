package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.lingyan.policy.DiffReport.AttributeChange;
import cn.lingyan.policy.DiffReport.CellChange;
import cn.lingyan.policy.DiffReport.Change;
import cn.lingyan.policy.DiffReport.RuleChange;
import cn.lingyan.policy.DiffReport.TableChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A changed decision table shows a policy owner exactly the rules and cells that changed, under the columns' labels. */
class DecisionDiffTest {

    private static final String SHIPPED = read("processes/rectification/acceptance-decision.dmn");
    private static final String SCORE = "验收得分（0–100）";

    @Test
    void aRaisedPassScoreShowsExactlyThatCell() {
        List<TableChange> changes = diff(SHIPPED.replace("<text>&gt;= 70</text>", "<text>&gt;= 80</text>"));

        assertThat(changes).singleElement().satisfies(table -> {
            assertThat(table.decisionId()).isEqualTo("acceptance-decision");
            assertThat(table.change()).isEqualTo(Change.CHANGED);
            assertThat(table.attributes()).isEmpty();
            assertThat(table.columns()).isEmpty();
            assertThat(table.rules()).containsExactly(new RuleChange("rule-pass", Change.CHANGED, 3, 3, false,
                    "[P:L-CH, L-HY] 任务全部完成且得分70分及以上，验收合格", List.of(new CellChange(SCORE, "INPUT", ">= 70", ">= 80"))));
        });
    }

    @Test
    void sameVersionsShowNoChange() {
        assertThat(diff(SHIPPED)).isEmpty();
    }

    @Test
    void aChangedOutputAndAnnotationAreCellsOfTheirColumns() {
        List<TableChange> changes = diff(SHIPPED.replace("&quot;验收得分低于70分&quot;", "&quot;验收得分低于80分&quot;")
                .replace("[P:L-CH] 其余情形（得分低于70分）验收不合格", "[P:L-CH; 县文件] 其余情形（得分低于80分）验收不合格"));

        assertThat(changes.get(0).rules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("rule-score-below-70");
            assertThat(rule.cells()).containsExactly(
                    new CellChange("验收结论说明", "OUTPUT", "\"验收得分低于70分\"", "\"验收得分低于80分\""),
                    new CellChange(DecisionDiff.ANNOTATION, "ANNOTATION", "[P:L-CH] 其余情形（得分低于70分）验收不合格",
                            "[P:L-CH; 县文件] 其余情形（得分低于80分）验收不合格"));
        });
    }

    @Test
    void anAddedRuleAndARemovedRuleCarryAllTheirCells() {
        String added = rule("rule-pass").replace("rule-pass", "rule-excellent").replace("&gt;= 70", "&gt;= 95")
                .replace("[P:L-CH, L-HY] 任务全部完成且得分70分及以上，验收合格", "[A] 95分及以上验收优秀");
        String edited = SHIPPED.replace(rule("rule-tasks-open"), "").replace(rule("rule-pass"), added + "\n      " + rule("rule-pass"));

        List<RuleChange> rules = diff(edited).get(0).rules();

        assertThat(rules).extracting(RuleChange::ruleId, RuleChange::change, RuleChange::positionBefore, RuleChange::positionAfter)
                .containsExactly(tuple("rule-excellent", Change.ADDED, null, 2),
                        tuple("rule-tasks-open", Change.REMOVED, 2, null));
        assertThat(rules.get(0).cells()).hasSize(6).contains(new CellChange(SCORE, "INPUT", null, ">= 95"),
                new CellChange(DecisionDiff.ANNOTATION, "ANNOTATION", null, "[A] 95分及以上验收优秀"));
        assertThat(rules.get(1).cells()).hasSize(6).contains(new CellChange("整改任务是否全部完成", "INPUT", "false", null));
    }

    @Test
    void onlyTheRuleThatChangedPlacesIsMarkedMoved() {
        String edited = SHIPPED.replace(rule("rule-pass"), "").replace(rule("rule-unsatisfied-over-half"),
                rule("rule-pass") + "\n      " + rule("rule-unsatisfied-over-half"));

        assertThat(diff(edited).get(0).rules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("rule-pass");
            assertThat(rule.moved()).isTrue();
            assertThat(rule.positionBefore()).isEqualTo(3);
            assertThat(rule.positionAfter()).isEqualTo(1);
            assertThat(rule.cells()).isEmpty();
        });
    }

    @Test
    void aRuleWithoutIdIsComparedWithTheRuleAtItsPosition() {
        String withoutId = rule("rule-pass").replace("<rule id=\"rule-pass\">", "<rule>").replace("&gt;= 70", "&gt;= 80");
        List<RuleChange> rules = diff(SHIPPED.replace(rule("rule-pass"), withoutId)).get(0).rules();

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("rule-pass");
            assertThat(rule.change()).isEqualTo(Change.CHANGED);
            assertThat(rule.cells()).containsExactly(new CellChange(SCORE, "INPUT", ">= 70", ">= 80"));
        });
    }

    @Test
    void aRuleReplacedUnderANewIdIsAnotherRule() {
        String replaced = rule("rule-pass").replace("id=\"rule-pass", "id=\"DecisionRule_0x1y2z3");

        assertThat(diff(SHIPPED.replace(rule("rule-pass"), replaced)).get(0).rules()).extracting(RuleChange::ruleId, RuleChange::change)
                .containsExactly(tuple("DecisionRule_0x1y2z3", Change.ADDED),
                        tuple("rule-pass", Change.REMOVED));
    }

    @Test
    void hitPolicyAndColumnsAreComparedByTheirOwnAttributes() {
        TableChange table = diff(SHIPPED.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")
                .replace("label=\"验收得分（0–100）\"", "label=\"验收综合得分\"").replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"")).get(0);

        assertThat(table.attributes()).containsExactly(new AttributeChange("versionTag", "1.0.0", "1.1.0"),
                new AttributeChange("hitPolicy", "FIRST", "UNIQUE"));
        assertThat(table.columns()).singleElement().satisfies(column -> {
            assertThat(column.id()).isEqualTo("input-score");
            assertThat(column.type()).isEqualTo("input");
            assertThat(column.attributes()).containsExactly(new AttributeChange("label", "验收得分（0–100）", "验收综合得分"));
        });
        assertThat(table.rules()).isEmpty();
    }

    private static List<TableChange> diff(String edited) {
        return DecisionDiff.diff(file(SHIPPED), file(edited));
    }

    private static ModelFile file(String xml) {
        return ModelFile.read("acceptance-decision.dmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The XML of one rule of the shipped table. */
    private static String rule(String id) {
        Matcher matcher = Pattern.compile("<rule id=\"" + id + "\">.*?</rule>", Pattern.DOTALL).matcher(SHIPPED);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group();
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
