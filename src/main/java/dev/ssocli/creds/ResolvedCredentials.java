package dev.ssocli.creds;

import dev.ssocli.errors.GeneralException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What a credential source found for a profile: the credentials themselves, or (for SSO and assume-role profiles)
 * the means to fetch them on first use, as botocore's {@code DeferredRefreshableCredentials}. Errors of that first
 * fetch surface from {@link #get()}, not from resolution, which is why {@code configure export-credentials} reports
 * them unwrapped (docs/cli-surface.md#error-messages, #configure-export-credentials). Credentials that expire within 15
 * minutes are refreshed first, and a refresh that still yields expired credentials fails as botocore's does.
 */
public final class ResolvedCredentials {
    /** botocore's advisory refresh window ({@code _DEFAULT_ADVISORY_REFRESH_TIMEOUT}). */
    private static final Duration ADVISORY_REFRESH = Duration.ofMinutes(15);
    /** botocore's mandatory refresh window: a failed refresh inside it is an error, outside it is ignored. */
    private static final Duration MANDATORY_REFRESH = Duration.ofMinutes(10);

    private final String method;
    private final Supplier<AwsCredentials> refresher;
    private final Clock clock;
    private AwsCredentials current;

    private ResolvedCredentials(String method, AwsCredentials current, Supplier<AwsCredentials> refresher,
                                Clock clock) {
        this.method = method;
        this.current = current;
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Credentials that never change (static keys, or temporary ones without a way to renew them). */
    public static ResolvedCredentials fixed(String method, AwsCredentials credentials) {
        return new ResolvedCredentials(method, credentials, null, null);
    }

    /** Credentials known now that {@code refresher} renews when they come close to their expiration. */
    public static ResolvedCredentials refreshable(String method, AwsCredentials initial,
                                                  Supplier<AwsCredentials> refresher, Clock clock) {
        return new ResolvedCredentials(method, initial, refresher, clock);
    }

    /** Credentials fetched by {@code fetcher} when they are first needed. */
    public static ResolvedCredentials deferred(String method, Supplier<AwsCredentials> fetcher, Clock clock) {
        return new ResolvedCredentials(method, null, fetcher, clock);
    }

    /** botocore's name of the source, e.g. {@code sso}, {@code env}, {@code shared-credentials-file}. */
    public String method() {
        return method;
    }

    /** The usable credentials, fetching or refreshing them if needed; throws the source's errors. */
    public synchronized AwsCredentials get() {
        if (refresher == null) {
            return current;
        }
        if (current == null) {
            current = refresher.get();
            failIfExpired();
            return current;
        }
        if (remaining(current).compareTo(ADVISORY_REFRESH) >= 0) {
            return current;
        }
        boolean mandatory = remaining(current).compareTo(MANDATORY_REFRESH) < 0;
        try {
            current = refresher.get();
        } catch (RuntimeException e) {
            if (mandatory) {
                throw e;
            }
            return current;
        }
        failIfExpired();
        return current;
    }

    private Duration remaining(AwsCredentials credentials) {
        if (credentials.expiration() == null) {
            return Duration.ofDays(365_000);
        }
        return Duration.between(Instant.now(clock), credentials.expiration().toInstant());
    }

    private void failIfExpired() {
        if (current.expiration() != null && (remaining(current).isNegative() || remaining(current).isZero())) {
            throw new GeneralException("Credentials were refreshed, but the refreshed credentials are still expired.");
        }
    }

    @Override
    public String toString() {
        return "ResolvedCredentials[method=" + method + "]";
    }
}
