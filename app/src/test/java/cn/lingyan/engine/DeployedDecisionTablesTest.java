package cn.lingyan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.lingyan.EngineTest;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of the deployed tables as the category catalogue and the negative list read them. */
@EngineTest
class DeployedDecisionTablesTest {

    static final String KEY = "test-deployed-table";

    @Autowired DeployedDecisionTables tables;
    @Autowired RepositoryService repositoryService;

    @Test
    void readsEachRuleOfTheDeployedTableWithStringLiteralsUnquoted() {
        assertThat(tables.rules("weakness-categories", null)).extracting(r -> r.outputs().get(0), r -> r.outputs().get(1))
                .contains(tuple("W01", "班子配备不齐、书记长期缺职、工作停滞"), tuple("W02", "书记不胜任现职"));
        assertThat(tables.rules("vetting-negative-list", null)).first()
                .satisfies(rule -> {
                    assertThat(rule.inputs()).containsExactly("N01");
                    assertThat(rule.outputs()).containsExactly("受过刑事处罚", "HARD");
                });
    }

    @Test
    void aNewVersionOfATableIsReadAfreshAndAnUnknownOneRefused() {
        deploy("甲");
        assertThat(tables.rules(KEY, null)).extracting(DeployedDecisionTables.Rule::outputs).containsExactly(List.of("甲"));
        deploy("乙");
        assertThat(tables.rules(KEY, null)).extracting(DeployedDecisionTables.Rule::outputs).containsExactly(List.of("乙"));
        assertThat(tables.rules(KEY, null).get(0).inputs()).containsExactly("< 3");
        assertThatThrownBy(() -> tables.rules("no-such-table", null)).hasMessageContaining("no-such-table");
    }

    @Test
    void unquotesOnlyStringLiterals() {
        assertThat(DeployedDecisionTables.unquote(" \"W01\" ")).isEqualTo("W01");
        assertThat(DeployedDecisionTables.unquote("< 3")).isEqualTo("< 3");
        assertThat(DeployedDecisionTables.unquote("\"")).isEqualTo("\"");
        assertThat(DeployedDecisionTables.unquote(null)).isEmpty();
    }

    private void deploy(String output) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="test-definitions" name="test" namespace="test">
                  <decision id="%1$s" name="test" camunda:historyTimeToLive="P1D">
                    <decisionTable id="test-table" hitPolicy="FIRST">
                      <input id="input-n"><inputExpression id="input-n-expression" typeRef="integer"><text>n</text></inputExpression></input>
                      <output id="output-word" name="word" typeRef="string" />
                      <rule id="rule-1">
                        <inputEntry id="rule-1-in"><text>&lt; 3</text></inputEntry>
                        <outputEntry id="rule-1-out"><text>"%2$s"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(KEY, output);
        repositoryService.createDeployment().name(KEY).addString(KEY + ".dmn", dmn).deploy();
    }
}
