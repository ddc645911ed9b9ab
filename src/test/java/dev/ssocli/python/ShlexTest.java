package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code shlex.split} and {@code shlex.quote} as Python 3.11 answers them. */
class ShlexTest {
    @Test
    void splitsLikeShlex() {
        assertThat(Shlex.split("less -R")).containsExactly("less", "-R");
        assertThat(Shlex.split("sh -c 'a b' \"c d\"")).containsExactly("sh", "-c", "a b", "c d");
        assertThat(Shlex.split("a\\ b")).containsExactly("a b");
        assertThat(Shlex.split("\"a\\\"b\"")).containsExactly("a\"b");
        assertThat(Shlex.split("'a\\b'")).containsExactly("a\\b");
        assertThat(Shlex.split("\"a\\b\"")).containsExactly("a\\b");
        assertThat(Shlex.split("x ''")).containsExactly("x", "");
        assertThat(Shlex.split("a\"b c\"d")).containsExactly("ab cd");
        assertThat(Shlex.split("  spaced   out  ")).containsExactly("spaced", "out");
        assertThatThrownBy(() -> Shlex.split("'open")).hasMessage("No closing quotation");
        assertThatThrownBy(() -> Shlex.split("trail\\")).hasMessage("No escaped character");
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
    void splitOrEmptyIsEmptyWherePythonRaises() {
        assertThat(Shlex.splitOrEmpty("profile 'my dev'")).contains(List.of("profile", "my dev"));
        assertThat(Shlex.splitOrEmpty("profile 'open")).isEqualTo(Optional.empty());
        assertThat(Shlex.splitOrEmpty("profile \"a\\")).isEqualTo(Optional.empty());
    }

    @Test
    void quotesOnlyWhatIsUnsafe() {
        assertThat(Shlex.quote("dev-1_a@b%c+d=e:f,g./h")).isEqualTo("dev-1_a@b%c+d=e:f,g./h");
        assertThat(Shlex.quote("")).isEqualTo("''");
        assertThat(Shlex.quote("my dev")).isEqualTo("'my dev'");
        assertThat(Shlex.quote("it's")).isEqualTo("'it'\"'\"'s'");
    }

    @Test
    void splitsEveryRecordedInputAsCPythonDoes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String table;
        try (InputStream in = ShlexTest.class.getResourceAsStream("/python/shlex-split.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        for (String line : table.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            String input = json.readValue(columns[0], String.class);
            rows++;
            if (columns[1].startsWith("ERROR:")) {
                assertThatThrownBy(() -> Shlex.split(input)).as(columns[0])
                        .hasMessage(columns[1].substring("ERROR:".length()));
            } else {
                List<String> expected = json.readValue(columns[1], new TypeReference<List<String>>() { });
                assertThat(Shlex.split(input)).as(columns[0]).isEqualTo(expected);
            }
        }
        assertThat(rows).isGreaterThan(15);
    }
}
