package dev.ssocli.cache;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cache timestamps: written as botocore's {@code strftime('%Y-%m-%dT%H:%M:%SZ')} in UTC (fractions truncated);
 * read as leniently as its {@code dateutil.parser.parse} for the formats the tools write
 * (docs/file-formats.md#token-cache): fractions, {@code Z}, {@code +00:00}/{@code +0000} offsets, a {@code UTC}/{@code
 * GMT} suffix, a space for {@code T}, no zone (taken as UTC).
 */
public final class CacheTimestamps {
    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private CacheTimestamps() {
    }

    public static String format(Instant instant) {
        return WRITE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant {@code text} names, or empty when it is not a timestamp any tool writes. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        value = value.replaceFirst("\\s*(UTC|GMT)$", "Z");
        Matcher compact = COMPACT_OFFSET.matcher(value);
        if (value.length() > 19 && compact.find()) {
            value = value.substring(0, compact.start()) + compact.group(1) + ":" + compact.group(2);
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
