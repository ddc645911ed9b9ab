package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code json.loads} values and error texts, checked against Python 3.11's own answers. */
class PythonJsonDecoderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1,}|Expecting property name enclosed in double quotes: line 1 column 8 (char 7)",
        "{\"a\" 1}|Expecting ':' delimiter: line 1 column 6 (char 5)",
        "{\"a\":1 \"b\":2}|Expecting ',' delimiter: line 1 column 8 (char 7)",
        "[1,2|Expecting ',' delimiter: line 1 column 5 (char 4)",
        "\"abc|Unterminated string starting at: line 1 column 1 (char 0)",
        "\"a\\qb\"|Invalid \\escape: line 1 column 3 (char 2)",
        "\"\\u12\"|Invalid \\uXXXX escape: line 1 column 3 (char 2)",
        "{|Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        "nul|Expecting value: line 1 column 1 (char 0)",
        "-|Expecting value: line 1 column 1 (char 0)",
        "{\"a\":}|Expecting value: line 1 column 6 (char 5)",
        "[1,]|Expecting value: line 1 column 4 (char 3)",
        "01|Extra data: line 1 column 2 (char 1)",
        "1.5e|Extra data: line 1 column 4 (char 3)",
        "{\"a\":[1 2]}|Expecting ',' delimiter: line 1 column 9 (char 8)",
        "{\"a\":1}\\nx|Extra data: line 2 column 1 (char 8)",
        "\"\\u\u0663\u0663\u0663\u0663\"|Invalid \\uXXXX escape: line 1 column 3 (char 2)",
        "\ufeff1|Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)",
    })
    void jsonErrorsReadAsPythonWritesThem(String document, String message) {
        assertThatThrownBy(() -> PythonJsonDecoder.loads(document.replace("\\n", "\n"))).hasMessage(message);
    }

    @Test
    void jsonValues() {
        assertThat(PythonJsonDecoder.loads(" {\"Version\": 1, \"x\": [true, null, 1.5, \"\\u00e9\\n\"]} \n"))
                .isEqualTo(Map.of("Version", 1L, "x", java.util.Arrays.asList(true, null, 1.5, "\u00e9\n")));
        assertThat(PythonJsonDecoder.loads("\"a\\tb\"")).isEqualTo("a\tb");
        assertThatThrownBy(() -> PythonJsonDecoder.loads("\"a\tb\""))
                .hasMessage("Invalid control character at: line 1 column 3 (char 2)");
    }

    @Test
    void pythonExtensionsAndLargeIntegers() {
        assertThat(PythonJsonDecoder.loads("[NaN, Infinity, -Infinity, 1e2, 123456789012345678901234567890]"))
                .isEqualTo(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100.0,
                        new BigInteger("123456789012345678901234567890")));
        assertThat(PythonJsonDecoder.loads("\"\\ud83d\\ude00\"")).isEqualTo("\ud83d\ude00");
    }
}
