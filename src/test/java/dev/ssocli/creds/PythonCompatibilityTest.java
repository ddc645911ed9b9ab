package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.python.PythonDateTimes;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Python behaviour credential resolution depends on, checked against Python 3.11's own answers. */
class PythonCompatibilityTest {
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
