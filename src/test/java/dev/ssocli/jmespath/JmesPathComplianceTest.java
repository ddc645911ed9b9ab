package dev.ssocli.jmespath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonJsonDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the JMESPath compliance suite (jmespath/jmespath.test {@code tests/*.json}, vendored under
 * {@code src/test/resources/jmespath-compliance/}) through {@link JmesPathExpression}. Results are compared as
 * {@code json.dumps} text, so an int where the suite has a float, or keys in another order, fail. Error cases
 * must fail in the phase where Python's jmespath fails: {@code syntax} when compiling (the CLI's exit 252), every
 * other kind when searching.
 */
class JmesPathComplianceTest {
    private static final List<String> FILES = List.of("basic", "benchmarks", "boolean", "current", "escape",
            "filters", "functions", "identifiers", "indices", "literal", "multiselect", "pipe", "slice", "syntax",
            "unicode", "wildcard");

    /**
     * Cases where Python's jmespath (the library the CLI runs) answers differently from the suite, keyed
     * {@code file#suite#case}, with Python's answer as {@code json.dumps} text, or {@code "error"}. Each entry must
     * be verified with {@code python3 -c 'import jmespath; print(json.dumps(jmespath.search(EXPR, GIVEN)))'}.
     * Python jmespath 1.1.0 passes all 908 cases of jmespath.test 53abcc3, so the list is empty; the test below
     * keeps it honest by failing on an entry that names no case.
     */
    private static final Map<String, String> PYTHON_DIFFERS = Map.of();

    /** Python's {@code str(exception)} for each error case, captured by {@code jmespath-python/capture-errors.py}. */
    private static final Map<?, ?> PYTHON_ERRORS = pythonErrors();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            List<?> suites = (List<?>) load(file);
            for (int s = 0; s < suites.size(); s++) {
                Map<?, ?> suite = (Map<?, ?>) suites.get(s);
                List<?> cases = (List<?>) suite.get("cases");
                for (int c = 0; c < cases.size(); c++) {
                    Map<?, ?> testCase = (Map<?, ?>) cases.get(c);
                    String key = file + "#" + s + "#" + c;
                    all.add(Arguments.of(key + " " + testCase.get("expression"), key, suite.get("given"), testCase));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMatchesPython(String name, String key, Object given, Map<?, ?> testCase) {
        String expression = (String) testCase.get("expression");
        String error = testCase.containsKey("error") ? (String) testCase.get("error") : null;
        String override = PYTHON_DIFFERS.get(key);
        if (override != null) {
            error = override.equals("error") ? "invalid-value" : null;
        }
        if ("syntax".equals(error)) {
            assertThatThrownBy(() -> JmesPathExpression.compile(expression))
                    .isInstanceOf(ParamValidationException.class)
                    .hasMessage("Bad value for --query " + expression + ": " + PYTHON_ERRORS.get(key));
            return;
        }
        JmesPathExpression compiled = JmesPathExpression.compile(expression);
        if (error != null) {
            assertThatThrownBy(() -> compiled.search(given)).isInstanceOf(GeneralException.class)
                    .hasMessage((String) PYTHON_ERRORS.get(key));
            return;
        }
        if (!testCase.containsKey("result") && override == null) {
            // Benchmark cases give no result: Python evaluates them without an error.
            assertDoesNotThrow(() -> compiled.search(given));
            return;
        }
        String expected = override != null ? override : PythonJson.DEFAULT.dumps(testCase.get("result"));
        assertThat(PythonJson.DEFAULT.dumps(compiled.search(given))).isEqualTo(expected);
    }

    @Test
    void everyPythonDifferenceNamesACase() throws IOException {
        List<String> keys = cases().map(arguments -> (String) arguments.get()[1]).toList();
        assertThat(keys).hasSize(908).containsAll(PYTHON_DIFFERS.keySet());
    }

    @Test
    void pythonErrorsWereCapturedForEveryErrorCase() throws IOException {
        long errorCases = cases().filter(arguments -> ((Map<?, ?>) arguments.get()[3]).containsKey("error")).count();
        assertThat(PYTHON_ERRORS.keySet().stream().map(String::valueOf).toList()).hasSize((int) errorCases + 1)
                .contains("jmespath");
    }

    private static Map<?, ?> pythonErrors() {
        try {
            return (Map<?, ?>) load("/jmespath-python/errors.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object load(String file) throws IOException {
        String resource = file.startsWith("/") ? file : "/jmespath-compliance/" + file + ".json";
        try (InputStream in = JmesPathComplianceTest.class.getResourceAsStream(resource)) {
            return PythonJsonDecoder.loads(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
