package dev.ssocli.cli;

import dev.ssocli.errors.ParamValidationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration on the command line: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 2d}, or plain seconds. */
final class DurationOption {
    private static final Pattern UNITS = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    private static final Pattern SECONDS = Pattern.compile("\\d+");

    private DurationOption() {
    }

    static Duration parse(String option, String value) {
        if (SECONDS.matcher(value).matches()) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        Matcher matcher = UNITS.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            throw new ParamValidationException("Invalid value for " + option + ": \"" + value
                    + "\". Use a duration such as 90s, 15m, 1h30m or 2d.");
        }
        return Duration.ofDays(number(matcher.group(1))).plusHours(number(matcher.group(2)))
                .plusMinutes(number(matcher.group(3))).plusSeconds(number(matcher.group(4)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
