package dev.ssocli.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link PythonDateTimes} against answers recorded from {@code dateutil.parser.parse} ({@code timestamps.tsv}). */
class PythonDateTimesTest {
    @Test
    void matchesDateutilOnEveryRecordedInput() throws IOException {
        String table;
        try (InputStream in = PythonDateTimesTest.class.getResourceAsStream("/python/timestamps.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        for (String line : table.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String input = line.substring(0, tab);
            String expected = line.substring(tab + 1);
            rows++;
            if (expected.equals("ERROR")) {
                assertThatThrownBy(() -> PythonDateTimes.parse(input)).as(input)
                        .hasMessage("Unknown string format: " + input);
                assertThat(PythonDateTimes.parseInstant(input)).as(input).isEmpty();
            } else {
                // dateutil leaves a time without zone naive; PythonDateTimes takes it as UTC.
                String aware = expected.length() > 19 && expected.matches(".*[+-]\\d{2}:\\d{2}$")
                        ? expected : expected + "+00:00";
                assertThat(PythonDateTimes.isoformat(PythonDateTimes.parse(input))).as(input).isEqualTo(aware);
            }
        }
        assertThat(rows).isGreaterThan(20);
    }

    @Test
    void basicFormatAndDateOnlyAreRead() {
        assertThat(PythonDateTimes.parseInstant("20260115T100000Z")).contains(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(PythonDateTimes.parseInstant("2026-01-15")).contains(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(PythonDateTimes.parseInstant(null)).isEmpty();
    }
}
