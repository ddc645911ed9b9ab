package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are what Python 3.11 prints (the CLI's interpreter). */
class PythonValuesTest {
    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "1.5, 1.5", "1e16, 1e+16", "1.5e16, 1.5e+16", "1234567890123456.0, 1234567890123456.0",
        "1e-5, 1e-05", "0.0001, 0.0001", "123.456, 123.456", "1e22, 1e+22", "1e23, 1e+23", "4.9e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308", "1.152921504606846976e18, 1.152921504606847e+18",
        "-2.5, -2.5", "0.3, 0.3", "0.6666666666666666, 0.6666666666666666", "100.0, 100.0", "1e300, 1e+300",
        "9007199254740993.0, 9007199254740992.0", "-0.0, -0.0"})
    void floatReprIsPythons(double value, String python) {
        assertThat(PythonValues.floatRepr(value)).isEqualTo(python);
    }

    @Test
    void stringReprPicksQuotesAndEscapesLikePython() {
        assertThat(PythonValues.stringRepr("a'b")).isEqualTo("\"a'b\"");
        assertThat(PythonValues.stringRepr("a\"b")).isEqualTo("'a\"b'");
        assertThat(PythonValues.stringRepr("a'\"b")).isEqualTo("'a\\'\"b'");
        assertThat(PythonValues.stringRepr("tab\tx")).isEqualTo("'tab\\tx'");
        assertThat(PythonValues.stringRepr("\u0001\u007f\u0085\u00a0é\u2028\uD83D\uDE80\ufeff"))
                .isEqualTo("'\\x01\\x7f\\x85\\xa0é\\u2028\uD83D\uDE80\\ufeff'");
        assertThat(PythonValues.stringRepr("back\\slash")).isEqualTo("'back\\\\slash'");
    }

    @Test
    void strOfContainersIsTheirRepr() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", 1L);
        map.put("b", List.of(true, "x"));
        map.put("c", null);
        assertThat(PythonValues.str(map)).isEqualTo("{'a': 1, 'b': [True, 'x'], 'c': None}");
        assertThat(PythonValues.str(null)).isEqualTo("None");
        assertThat(PythonValues.str(2.0)).isEqualTo("2.0");
    }

    @Test
    void sortingIsByCodePoint() {
        List<String> keys = new java.util.ArrayList<>(List.of("\uFF21", "\uD83D\uDE80", "b", "B", "a"));
        keys.sort(PythonValues.CODE_POINT_ORDER);
        assertThat(keys).containsExactly("B", "a", "b", "\uFF21", "\uD83D\uDE80");
    }
}
