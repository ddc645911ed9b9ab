package dev.ssocli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.python.PythonDateTimes;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheTimestampsTest {
    private static final Instant WHEN = Instant.parse("2025-01-31T17:04:05Z");

    @Test
    void writesBotocoreFormatTruncatingFractions() {
        assertThat(CacheTimestamps.format(Instant.parse("2025-01-31T17:04:05.999Z"))).isEqualTo("2025-01-31T17:04:05Z");
    }

    @Test
    void readsEveryFormatTheToolsWrite() {
        for (String text : new String[] {"2025-01-31T17:04:05Z", "2025-01-31T17:04:05.000Z",
                "2025-01-31T17:04:05+00:00", "2025-01-31T18:04:05+01:00", "2025-01-31T17:04:05+0000",
                "2025-01-31T17:04:05UTC", "2025-01-31T17:04:05 UTC", "2025-01-31 17:04:05", "2025-01-31T17:04:05"}) {
            assertThat(PythonDateTimes.parseInstant(text)).as(text).contains(WHEN);
        }
        assertThat(PythonDateTimes.parseInstant("2025-01-31T17:04:05.123456789Z"))
                .contains(Instant.parse("2025-01-31T17:04:05.123456Z")); // dateutil keeps microseconds
    }

    @Test
    void rejectsNonTimestamps() {
        assertThat(PythonDateTimes.parseInstant("tomorrow")).isEmpty();
        assertThat(PythonDateTimes.parseInstant("")).isEmpty();
        assertThat(PythonDateTimes.parseInstant(null)).isEmpty();
    }

    @Test
    void tokenExpiryInBasicFormatOrDateOnlyIsReadAsBotocoreDoes() {
        // Both were "invalid" tokens before PythonDateTimes became the one reader; dateutil reads them.
        assertThat(SsoToken.fromCacheRecord(Map.of("accessToken", "t", "expiresAt", "20260115T100000Z")))
                .map(SsoToken::expiresAt).contains(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(SsoToken.fromCacheRecord(Map.of("accessToken", "t", "expiresAt", "2026-01-15")))
                .map(SsoToken::expiresAt).contains(Instant.parse("2026-01-15T00:00:00Z"));
    }
}
