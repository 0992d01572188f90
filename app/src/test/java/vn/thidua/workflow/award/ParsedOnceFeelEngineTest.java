package vn.thidua.workflow.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The round evaluator's FEEL gives what Camunda's gives, on the kinds of expression our tables use
 * and on edge values (null, equal to a threshold), and it really skips the per-evaluation root
 * context (else a feel-scala upgrade would silently bring the round back to seconds).
 */
class ParsedOnceFeelEngineTest {

    private final ScalaFeelEngine camunda = new ScalaFeelEngine(List.of());
    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

    @Test
    void theFeelEnginesRootContextIsBuiltOnce() {
        assertThat(parsedOnce.rootContextBuiltOnce()).isTrue();
    }

    @Test
    void unaryTestsAgreeWithCamundasFeel() {
        List<String> tests = List.of("-", "\"TOT\"", "\"XUAT_SAC\",\"TOT\"", "not(\"XUAT_SAC\",\"TOT\")", "not(\"KHONG\")", "< 70",
                ">= 70", "> 0", "true", "false", "[1..5]", "null", "not(null)");
        List<Object> inputs = Arrays.asList("TOT", "HOAN_THANH", "KHONG", null, 69.99, 70.0, 70, 0, 1, true, false);
        for (String test : tests) {
            for (Object input : inputs) {
                VariableContext vars = Variables.createVariables().putValue("x", input).asVariableContext();
                Object expected = outcome(() -> camunda.evaluateSimpleUnaryTests(test, "x", vars));
                for (int i = 0; i < 2; i++) { // parsed the first time, cached the second
                    assertThat(outcome(() -> parsedOnce.evaluateSimpleUnaryTests(test, "x", vars))).as(test + " on " + input)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void expressionsAgreeWithCamundasFeel() {
        VariableContext vars = Variables.createVariables().putValue("title", "GIAY_KHEN").putValue("ldttPercent", 70.0)
                .putValue("missing", null).asVariableContext();
        for (String expression : List.of("title", "ldttPercent", "missing", "\"Lý do có dấu\"", "ldttPercent * 2", "upper case(title)",
                "unknownVariable")) {
            assertThat(outcome(() -> parsedOnce.evaluateSimpleExpression(expression, vars))).as(expression)
                    .isEqualTo(outcome(() -> camunda.evaluateSimpleExpression(expression, vars)));
        }
        assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression("title +", vars)).isInstanceOf(FeelException.class);
    }

    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (FeelException e) {
            return FeelException.class;
        }
    }
}
