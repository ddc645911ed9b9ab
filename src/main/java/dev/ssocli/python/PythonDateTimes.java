package dev.ssocli.python;

import dev.ssocli.errors.GeneralException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as botocore reads them (the SSO token's {@code expiresAt}, cached and process credentials'
 * {@code Expiration}): {@code dateutil.parser.parse} for the ISO-8601 forms, basic ({@code 20260115T100000Z}) and
 * extended, date-only ({@code 2026-01-15} is midnight), fractions truncated to microseconds; printed like Python's
 * {@code datetime.isoformat()} ({@code 2026-11-26T06:03:04+00:00}, microseconds only when non-zero), which is what
 * {@code configure export-credentials} shows. The one timestamp reader of the product.
 */
public final class PythonDateTimes {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private PythonDateTimes() {
    }

    /**
     * The timestamp {@code text} names. dateutil leaves a time without zone naive; every caller compares it with an
     * aware "now", so it is taken as UTC here. Fails with dateutil's message otherwise.
     */
    public static OffsetDateTime parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new GeneralException("Unknown string format: " + text);
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String micros = (m.group(7) + "000000").substring(0, 6);
                nanos = Integer.parseInt(micros) * 1000;
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            return local.atOffset(offset(m.group(8)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new GeneralException("Unknown string format: " + text, e);
        }
    }

    /** The instant {@code text} names, or empty where {@link #parse} fails (a record the caller ignores). */
    public static Optional<Instant> parseInstant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text).toInstant());
        } catch (GeneralException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Python's {@code isoformat()} of an aware datetime. */
    public static String isoformat(OffsetDateTime time) {
        StringBuilder out = new StringBuilder(SECONDS.format(time));
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            out.append('.').append(String.format("%06d", micros));
        }
        int total = time.getOffset().getTotalSeconds();
        char sign = total < 0 ? '-' : '+';
        total = Math.abs(total);
        out.append(sign).append(String.format("%02d:%02d", total / 3600, total / 60 % 60));
        return out.toString();
    }
}
