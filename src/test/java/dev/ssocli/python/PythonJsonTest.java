package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Byte-level agreement with Python's {@code json.dumps} (outputs taken from CPython 3). */
class PythonJsonTest {

    @Test
    void defaultDumpsKeepsInsertionOrderWithSpacedSeparators() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", "x");
        value.put("a", List.of("p", "q"));
        value.put("n", 5L);
        value.put("t", true);
        value.put("z", null);
        assertThat(PythonJson.DEFAULT.dumps(value))
                .isEqualTo("{\"b\": \"x\", \"a\": [\"p\", \"q\"], \"n\": 5, \"t\": true, \"z\": null}");
    }

    @Test
    void sortedAndCompactVariants() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1L);
        value.put("a", Arrays.asList("x", null));
        assertThat(PythonJson.SORTED.dumps(value)).isEqualTo("{\"a\": [\"x\", null], \"b\": 1}");
        assertThat(PythonJson.SORTED_COMPACT.dumps(value)).isEqualTo("{\"a\":[\"x\",null],\"b\":1}");
    }

    @Test
    void escapesLikeEnsureAscii() {
        // json.dumps("a/b\"c\\\n\t\u00e9\u20ac\U0001F600\x7f\x01")
        String text = "a/b\"c\\\n\t\u00e9\u20ac\uD83D\uDE00\u007f\u0001";
        assertThat(PythonJson.DEFAULT.dumps(text))
                .isEqualTo("\"a/b\\\"c\\\\\\n\\t\\u00e9\\u20ac\\ud83d\\ude00\\u007f\\u0001\"");
    }

    @Test
    void emptyContainers() {
        assertThat(PythonJson.DEFAULT.dumps(Map.of())).isEqualTo("{}");
        assertThat(PythonJson.DEFAULT.dumps(List.of())).isEqualTo("[]");
    }

    @Test
    void indentedAndUnicodeVariantsKeepNonAscii() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("k\u00e9", List.of(1L, 2.5, "\u20ac\u007f"));
        value.put("e", Map.of());
        // json.dumps(v, indent=4, ensure_ascii=False)
        assertThat(PythonJson.INDENTED.dumps(value))
                .isEqualTo("{\n    \"k\u00e9\": [\n        1,\n        2.5,\n        \"\u20ac\u007f\"\n    ],\n    \"e\": {}\n}");
        assertThat(PythonJson.UNICODE.dumps(value)).isEqualTo("{\"k\u00e9\": [1, 2.5, \"\u20ac\u007f\"], \"e\": {}}");
        assertThat(PythonJson.COMPACT.dumps(value)).isEqualTo("{\"k\\u00e9\":[1,2.5,\"\\u20ac\\u007f\"],\"e\":{}}");
    }

    @Test
    void floatsAsPythonWritesThem() {
        assertThat(PythonJson.DEFAULT.dumps(List.of(1e16, Double.NaN, Double.NEGATIVE_INFINITY, 0.1)))
                .isEqualTo("[1e+16, NaN, -Infinity, 0.1]");
    }
}
