package dev.ssocli.creds;

import dev.ssocli.cache.JsonFileCache;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonDateTimes;
import dev.ssocli.python.PythonValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an entry of {@code ~/.aws/cli/cache} the way botocore's {@code CachedCredentialFetcher} does: usable while
 * at least 15 minutes remain; a file that does not parse, or lacks a key, fails with the {@code KeyError} text the
 * CLI prints ({@code 'ab11f6...'}, {@code 'Credentials'}) rather than being silently replaced.
 */
final class CachedCredentialRecord {
    /**
     * botocore's {@code CachedCredentialFetcher.DEFAULT_EXPIRY_WINDOW_SECONDS}
     * (docs/file-formats.md#role-credential-cache).
     */
    static final Duration EXPIRY_WINDOW = Duration.ofMinutes(15);

    private CachedCredentialRecord() {
    }

    /** The cached credentials under {@code key} that are still usable, else empty (missing or about to expire). */
    static Optional<AwsCredentials> usable(JsonFileCache.Entry entry, String key, Clock clock) {
        switch (entry.state()) {
            case MISSING:
                return Optional.empty();
            case UNPARSEABLE:
                throw keyError(key);
            default:
                break;
        }
        Map<?, ?> credentials = map(entry.record().get("Credentials"), "Credentials");
        Object expiry = credentials.get("Expiration");
        if (expiry == null && !credentials.containsKey("Expiration")) {
            throw keyError("Expiration");
        }
        OffsetDateTime expiration = PythonDateTimes.parse(PythonValues.str(expiry));
        if (Duration.between(Instant.now(clock), expiration.toInstant()).compareTo(EXPIRY_WINDOW) < 0) {
            return Optional.empty();
        }
        return Optional.of(new AwsCredentials(string(credentials, "AccessKeyId"),
                string(credentials, "SecretAccessKey"), string(credentials, "SessionToken"), expiration));
    }

    private static Map<?, ?> map(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw keyError(key);
    }

    private static String string(Map<?, ?> record, String key) {
        if (!record.containsKey(key)) {
            throw keyError(key);
        }
        Object value = record.get(key);
        return value == null ? null : PythonValues.str(value);
    }

    /** Python's {@code str(KeyError(key))}. */
    private static GeneralException keyError(String key) {
        return new GeneralException("'" + key + "'");
    }
}
