package cn.lingyan.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The replay's FEEL answers as the engine's FEEL does and asks it again whenever the answer could differ: for other
 * values of the variables an expression names or of the cell input, for volatile functions, for variables holding
 * lists or objects.
 */
class CachingFeelTest {

    private final List<String> asked = new ArrayList<>();
    private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();
    private final CachingFeel feel = new CachingFeel(new FeelEngine() {
        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
            asked.add(expression);
            return scala.evaluateSimpleExpression(expression, context);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
            asked.add(expression);
            return scala.evaluateSimpleUnaryTests(expression, inputVariable, context);
        }
    });

    @Test
    void aLiteralIsAskedOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat((String) feel.evaluateSimpleExpression("\"FAIL\"", context("score", i))).isEqualTo("FAIL");
        }
        assertThat(asked).containsExactly("\"FAIL\"");
    }

    @Test
    void anInputEntryIsAskedOncePerCellInput() {
        assertThat(feel.evaluateSimpleUnaryTests(">= 70", "cellInput", context("cellInput", 75.0))).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests(">= 70", "cellInput", context("cellInput", 75.0, "other", 1))).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests(">= 70", "cellInput", context("cellInput", 65.0))).isFalse();
        assertThat(feel.evaluateSimpleUnaryTests(">= 70", "cellInput", context("cellInput", 65.0))).isFalse();
        assertThat(asked).containsExactly(">= 70", ">= 70");
    }

    @Test
    void anExpressionIsAskedAgainForOtherValuesOfTheVariablesItNames() {
        assertThat((Object) feel.evaluateSimpleExpression("score + bonus", context("score", 70, "bonus", 5))).isEqualTo(75L);
        assertThat((Object) feel.evaluateSimpleExpression("score + bonus", context("score", 70, "bonus", 5, "x", 1))).isEqualTo(75L);
        assertThat((Object) feel.evaluateSimpleExpression("score + bonus", context("score", 70, "bonus", 6))).isEqualTo(76L);
        assertThat((Object) feel.evaluateSimpleExpression("score + bonus", context("score", 70))).isNull();
        assertThat(asked).hasSize(3);
    }

    @Test
    void anInputEntryNamingAnotherVariableIsAskedAgainWhenThatChanges() {
        assertThat(feel.evaluateSimpleUnaryTests("> limit", "cellInput", context("cellInput", 75, "limit", 70))).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("> limit", "cellInput", context("cellInput", 75, "limit", 80))).isFalse();
        assertThat(asked).hasSize(2);
    }

    @Test
    void volatileFunctionsAndVariablesHoldingMoreThanAValueAreAlwaysAsked() {
        feel.evaluateSimpleExpression("now()", context("score", 1));
        feel.evaluateSimpleExpression("now()", context("score", 1));
        feel.evaluateSimpleExpression("today() > date(\"2020-01-01\")", context("score", 1));
        feel.evaluateSimpleExpression("today() > date(\"2020-01-01\")", context("score", 1));
        feel.evaluateSimpleExpression("count(list)", context("list", List.of(1)));
        feel.evaluateSimpleExpression("count(list)", context("list", List.of(1)));
        assertThat(asked).hasSize(6);
    }

    @Test
    void namesInStringLiteralsAreNotVariables() {
        assertThat(CachingFeel.namesIn("\"score now\" + score")).containsExactly("score");
        assertThat(CachingFeel.namesIn("not(\"东坡村\", 村名)")).containsExactly("not", "村名");
    }

    private static VariableContext context(Object... namesAndValues) {
        var variables = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables.asVariableContext();
    }
}
