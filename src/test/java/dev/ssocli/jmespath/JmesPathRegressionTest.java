package dev.ssocli.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.python.PythonJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases where the earlier two-parser evaluation disagreed with Python's jmespath or crashed. */
class JmesPathRegressionTest {
    @Test
    void hashPairsWithoutACommaAreAcceptedLikePython() {
        // python3 -c 'import jmespath; print(jmespath.search("{a:b c:d}", {"b": 1, "d": 2}))' -> {'a': 1, 'c': 2}
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", 1L);
        data.put("d", 2L);
        Object result = JmesPathExpression.compile("{a:b c:d}").search(data);
        assertThat(PythonJson.DEFAULT.dumps(result)).isEqualTo("{\"a\": 1, \"c\": 2}");
    }

    @Test
    void aQueryNested2000DeepFailsToCompileWithTheCliMessage() {
        // The CLI 2.36.12 prints this after "An error occurred (ParamValidation): " and exits 252.
        String query = "[".repeat(2000);
        assertThatThrownBy(() -> JmesPathExpression.compile(query))
                .isInstanceOf(ParamValidationException.class)
                .hasMessage("Bad value for --query " + query + ": maximum recursion depth exceeded");
    }

    @Test
    void recursionFailsAtTheDepthTheCliDoes() {
        // Measured on the CLI 2.36.12: "[" x325 and "(" x488 are incomplete expressions, one more is too deep.
        assertThatThrownBy(() -> JmesPathExpression.compile("[".repeat(325)))
                .hasMessageContaining(": Invalid jmespath expression: Incomplete expression:");
        assertThatThrownBy(() -> JmesPathExpression.compile("[".repeat(326)))
                .hasMessageEndingWith(": maximum recursion depth exceeded");
        assertThatThrownBy(() -> JmesPathExpression.compile("(".repeat(488)))
                .hasMessageContaining(": Invalid jmespath expression: Incomplete expression:");
        assertThatThrownBy(() -> JmesPathExpression.compile("(".repeat(489)))
                .hasMessageEndingWith(": maximum recursion depth exceeded");
    }

    @Test
    void twentyThousandPipesCompileAndFailToEvaluateWithoutAStackOverflow() {
        // Python's parser builds pipes in a loop, then TreeInterpreter.visit_pipe recurses: RecursionError.
        JmesPathExpression pipes = JmesPathExpression.compile("@|".repeat(20_000) + "@");
        assertThatThrownBy(() -> pipes.search(Map.of()))
                .isInstanceOf(GeneralException.class)
                .hasMessage("maximum recursion depth exceeded");
    }

    @Test
    void evaluationFailsAtTheDepthTheCliDoes() {
        // Measured with the CLI 2.36.12 (sso list-accounts --query ...): 491 pipes evaluate, 492 exceed the limit.
        assertThat(JmesPathExpression.compile("@|".repeat(491) + "@").search(Map.of("a", 1L))).isEqualTo(
                Map.of("a", 1L));
        assertThatThrownBy(() -> JmesPathExpression.compile("@|".repeat(492) + "@").search(Map.of()))
                .isInstanceOf(GeneralException.class)
                .hasMessage("maximum recursion depth exceeded");
    }

    @Test
    void aLongChainOfFieldsIsOneSubexpression() {
        // jmespath/parser.py Parser._token_led_dot appends to the left subexpression instead of nesting it.
        Object result = JmesPathExpression.compile("a.".repeat(5_000) + "a").search(Map.of("a", Map.of("a", 1L)));
        assertThat(result).isNull();
    }
}
