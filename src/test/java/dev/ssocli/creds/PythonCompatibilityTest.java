package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Python behaviour credential resolution depends on, checked against Python 3.11's own answers. */
class PythonCompatibilityTest {
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
    void shlexSplitsAsPythonDoes() {
        assertThat(Shlex.split("echo '{\"a\": 1}' \"x\\\"y\\$z\" a\\ b")).containsExactly("echo", "{\"a\": 1}",
                "x\"y\\$z", "a b");
        assertThat(Shlex.split("  ''  x")).containsExactly("", "x");
        assertThatThrownBy(() -> Shlex.split("echo 'abc")).hasMessage("No closing quotation");
        assertThatThrownBy(() -> Shlex.split("echo abc\\")).hasMessage("No escaped character");
    }

    @Test
    void isoformatKeepsTheOffsetAndMicroseconds() {
        assertThat(PythonDateTimes.isoformat(PythonDateTimes.parse("2030-01-01T00:00:00Z")))
                .isEqualTo("2030-01-01T00:00:00+00:00");
        assertThat(PythonDateTimes.isoformat(PythonDateTimes.parse("2030-01-01T02:00:00.5+02:00")))
                .isEqualTo("2030-01-01T02:00:00.500000+02:00");
        assertThat(PythonDateTimes.parse("2025-01-31T18:04:05UTC")).isEqualTo(OffsetDateTime.parse("2025-01-31T18:04:05Z"));
        assertThatThrownBy(() -> PythonDateTimes.parse("garbage")).hasMessage("Unknown string format: garbage");
    }

    @Test
    void profileChainIsCsv() {
        assertThat(ProfileChainGuard.parse("a,\"b,c\",d")).containsExactly("a", "b,c", "d");
        assertThat(ProfileChainGuard.format(List.of("a", "b,c", "q\""))).isEqualTo("a,\"b,c\",\"q\"\"\"");
        assertThat(ProfileChainGuard.parse("")).isEmpty();
    }
}
