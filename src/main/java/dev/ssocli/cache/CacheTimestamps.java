package dev.ssocli.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Cache timestamps as botocore writes them: {@code strftime('%Y-%m-%dT%H:%M:%SZ')} in UTC, fractions truncated.
 * They are read by {@link dev.ssocli.python.PythonDateTimes}.
 */
public final class CacheTimestamps {
    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private CacheTimestamps() {
    }

    public static String format(Instant instant) {
        return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
