package dev.ssocli.sso;

import dev.ssocli.cache.SsoToken;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How usable the cached token of one SSO configuration is, judged from the cache file alone (no network): for
 * {@code aws sso status}, {@code aws sso login --min-valid} and the shell prompt.
 *
 * @param config the sso-session or legacy start URL the token belongs to
 * @param state what the cache holds
 * @param expiresAt when the access token expires, or null when there is none
 * @param left how long the access token stays valid (zero when expired), or null when there is none
 * @param refreshable whether an expired or expiring token can be renewed without the browser, as botocore's
 *     {@code SSOTokenProvider} does: a refresh token and a client registration that has not expired
 */
public record TokenStatus(SsoSessionConfig config, State state, Instant expiresAt, Duration left,
                          boolean refreshable) {

    /** What the cache holds for a configuration. */
    public enum State {
        /** Valid for at least the requested time. */
        VALID("valid"),
        /** Valid, but for less than the requested time. */
        EXPIRING("expiring"),
        /** Expired. */
        EXPIRED("expired"),
        /** No token file, or one botocore would reject (no access token, unreadable expiry). */
        MISSING("missing");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Exit code of a usable token: valid for at least the requested time. */
    public static final int USABLE = 0;
    /** Exit code of a token valid for less than the requested time, or usable only after a silent refresh. */
    public static final int NEEDS_REFRESH = 1;
    /** Exit code of a missing token, or an expired one that cannot be refreshed: a browser login is needed. */
    public static final int NEEDS_LOGIN = 2;

    /** The status of {@code token} (empty when missing) at {@code now}, against a wanted validity. */
    public static TokenStatus of(SsoSessionConfig config, SsoToken token, Instant now, Duration minValid) {
        if (token == null) {
            return new TokenStatus(config, State.MISSING, null, null, false);
        }
        Duration left = Duration.between(now, token.expiresAt());
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        State state = !token.expiresAt().isAfter(now) ? State.EXPIRED
                : left.compareTo(minValid) >= 0 ? State.VALID : State.EXPIRING;
        boolean refreshable = token.refreshToken() != null && token.clientId() != null
                && token.clientSecret() != null
                && token.registrationExpiry().map(now::isBefore).orElse(false);
        return new TokenStatus(config, state, token.expiresAt(), left, refreshable);
    }

    /** {@link #USABLE}, {@link #NEEDS_REFRESH} or {@link #NEEDS_LOGIN}. */
    public int exitCode() {
        return switch (state) {
            case VALID -> USABLE;
            case EXPIRING -> NEEDS_REFRESH;
            case EXPIRED -> refreshable ? NEEDS_REFRESH : NEEDS_LOGIN;
            case MISSING -> NEEDS_LOGIN;
        };
    }

    /** The status as printed by {@code aws sso status}: a response-shaped map in a fixed key order. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        if (config.sessionName() != null) {
            model.put("SsoSession", config.sessionName());
        }
        model.put("StartUrl", config.startUrl());
        model.put("SsoRegion", config.region());
        model.put("Status", state.label());
        if (expiresAt != null) {
            model.put("ExpiresAt", expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            model.put("SecondsLeft", left.getSeconds());
        }
        model.put("Refreshable", refreshable);
        return model;
    }
}
