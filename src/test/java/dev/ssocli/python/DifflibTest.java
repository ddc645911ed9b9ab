package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values from CPython 3.11's {@code difflib}. */
class DifflibTest {
    @Test
    void ratioIsTwiceTheMatchedCharactersOverTheLengths() {
        assertThat(Difflib.ratio("abcd", "bcda")).isEqualTo(0.75);
        assertThat(Difflib.ratio("list-accounts", "list-account")).isEqualTo(0.96);
        assertThat(Difflib.ratio("", "")).isEqualTo(1.0);
    }

    @Test
    void closeMatchesAsTheCliSuggestsThem() {
        assertThat(Difflib.closeMatches("stss", List.of("configure", "sso", "sts"), 3, 0.8)).containsExactly("sts");
        assertThat(Difflib.closeMatches("jsn", List.of("json", "text", "table", "yaml", "yaml-stream", "off"), 3,
                0.8)).containsExactly("json");
        assertThat(Difflib.closeMatches("lst", List.of("sso", "sso-session", "list-profiles", "list", "get", "set",
                "export-credentials"), 3, 0.8)).containsExactly("list");
        assertThat(Difflib.closeMatches("xml", List.of("json", "text", "table", "yaml", "yaml-stream", "off"), 3, 0.8))
                .isEmpty();
    }

    @Test
    void equalScoresComeInReverseStringOrder() {
        assertThat(Difflib.closeMatches("ab", List.of("ba", "ab ", "ba "), 3, 0.5)).containsExactly("ab ", "ba");
    }
}
