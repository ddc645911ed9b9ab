package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.InvalidCacheEntryException;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.errors.CliException;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.runtime.DebugLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * A usable SSO access token for a resolved SSO configuration, from the cache, refreshed exactly as botocore's
 * {@code SSOTokenProvider} does (docs/wire-protocols.md#token-refresh), or one of the CLI's errors. Every command that
 * needs a token goes through here.
 * <ul>
 * <li>sso-session: when less than 15 minutes remain, and {@code refreshToken}, {@code clientId},
 * {@code clientSecret} and an unexpired {@code registrationExpiresAt} are cached, CreateToken with the
 * {@code refresh_token} grant; on success the file is rewritten ({@code startUrl}/{@code region} from the config,
 * registration fields copied verbatim, the refresh token only if the service returned one). A service error is
 * swallowed and the old token used; an expired token then fails with
 * {@code Error when retrieving token from sso: Token has expired and refresh failed}. Any other failed attempt (an
 * answer without its members, no answer) also falls back to a token that is still valid, and the cache keeps its
 * bytes. The refresh happens under the token file's lock after re-reading it, so two processes refreshing at once do
 * not spend the same refresh token twice or lose the new one; a process that finds the lock taken does not wait
 * while its token still works.</li>
 * <li>legacy (no session): never refreshed; an expired token fails with the "has expired or is otherwise invalid"
 * message.</li>
 * </ul>
 */
public final class SsoTokenProvider {
    /** botocore's {@code SSOTokenProvider._REFRESH_WINDOW}. */
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);
    /** botocore's {@code DeferredRefreshableToken._mandatory_refresh_timeout}: from here on a refresh is waited for. */
    static final Duration MANDATORY_REFRESH_WINDOW = Duration.ofMinutes(10);

    /** botocore's {@code UnauthorizedSSOTokenError}; also what GetRoleCredentials' UnauthorizedException becomes. */
    public static final String SESSION_EXPIRED_MESSAGE = "The SSO session associated with this profile has expired "
            + "or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding "
            + "profile.";

    private final TokenCache cache;
    private final AwsClients clients;
    private final Clock clock;

    public SsoTokenProvider(TokenCache cache, AwsClients clients, Clock clock) {
        this.cache = cache;
        this.clients = clients;
        this.clock = clock;
    }

    /** The access token to send as {@code x-amz-sso_bearer_token} for {@code config}. */
    public SsoToken token(SsoSessionConfig config) {
        DebugLog.info("botocore.tokens", "Loading cached SSO token for " + config.tokenName());
        SsoToken token = load(config);
        DebugLog.debug("botocore.tokens", "Cached SSO token expires at " + token.expiresAt());
        if (config.isLegacy()) {
            if (isExpired(token)) {
                throw new GeneralException(SESSION_EXPIRED_MESSAGE);
            }
            return token;
        }
        if (needsRefresh(token)) {
            token = refreshed(config, token);
        }
        if (isExpired(token)) {
            throw new GeneralException("Error when retrieving token from sso: Token has expired and refresh failed");
        }
        return token;
    }

    /**
     * The token after a refresh attempt, with botocore's two windows: from 15 to 10 minutes before expiry (advisory)
     * a process that finds another one refreshing uses its still-valid token at once, so a hanging endpoint does not
     * turn the lock into a queue; in the last 10 minutes (mandatory) it waits for that refresh and takes its result.
     * A waiter that finds the token still unrefreshed knows the refresh failed and does not try it again.
     */
    private SsoToken refreshed(SsoSessionConfig config, SsoToken seen) {
        Optional<SsoToken> own = cache.tryLocked(config.tokenName(), () -> refreshUnderLock(config));
        if (own.isPresent()) {
            return own.get();
        }
        if (!isExpired(seen) && !remainingLessThan(seen, MANDATORY_REFRESH_WINDOW)) {
            return seen;
        }
        return cache.locked(config.tokenName(), () -> load(config));
    }

    /**
     * A token valid for at least {@code wanted}: the cached one when it is (no network), else a silent refresh when
     * the cache allows one (sso-sessions only, under the token file's lock), else empty: a login is needed.
     */
    public Optional<SsoToken> validFor(SsoSessionConfig config, Duration wanted) {
        Optional<SsoToken> cached = cached(config);
        if (cached.isPresent() && lastsFor(cached.get(), wanted)) {
            return cached;
        }
        if (config.isLegacy() || cached.isEmpty()) {
            return Optional.empty();
        }
        return cache.locked(config.tokenName(), () -> {
            Optional<SsoToken> current = cached(config);
            if (current.isEmpty() || lastsFor(current.get(), wanted)) {
                return current;
            }
            Optional<SsoToken> refreshed;
            try {
                refreshed = refresh(config, current.get());
            } catch (CliException e) {
                // an unusable answer or none: nothing is written, and a login will do
                return Optional.<SsoToken>empty();
            }
            refreshed.ifPresent(t -> cache.save(config.tokenName(), t));
            return refreshed;
        }).filter(token -> lastsFor(token, wanted));
    }

    private boolean lastsFor(SsoToken token, Duration wanted) {
        return Duration.between(clock.instant(), token.expiresAt()).compareTo(wanted) >= 0;
    }

    private Optional<SsoToken> cached(SsoSessionConfig config) {
        try {
            return cache.load(config.tokenName());
        } catch (InvalidCacheEntryException e) {
            return Optional.empty();
        }
    }

    private SsoToken refreshUnderLock(SsoSessionConfig config) {
        SsoToken current = load(config);
        if (!needsRefresh(current)) {
            return current;
        }
        Optional<SsoToken> refreshed;
        try {
            refreshed = refresh(config, current);
        } catch (CliException e) {
            // botocore's advisory refresh: a failed attempt costs nothing while the cached token still works. The
            // cache is left as it was, so a bad answer can never lose the session.
            if (!isExpired(current)) {
                return current;
            }
            throw e;
        }
        refreshed.ifPresent(t -> cache.save(config.tokenName(), t));
        return refreshed.orElse(current);
    }

    private boolean needsRefresh(SsoToken token) {
        return remainingLessThan(token, REFRESH_WINDOW);
    }

    private boolean remainingLessThan(SsoToken token, Duration window) {
        return Duration.between(clock.instant(), token.expiresAt()).compareTo(window) < 0;
    }

    private boolean isExpired(SsoToken token) {
        return !token.expiresAt().isAfter(clock.instant());
    }

    /**
     * CreateToken with the refresh grant, or empty when the token cannot be refreshed or the service refused
     * (botocore's {@code _refresh_access_token} returns None on a ClientError). An answer without
     * {@code expiresIn}/{@code accessToken} fails like botocore's KeyError and writes nothing.
     */
    private Optional<SsoToken> refresh(SsoSessionConfig config, SsoToken token) {
        if (token.refreshToken() == null || token.clientId() == null || token.clientSecret() == null
                || token.registrationExpiresAt() == null) {
            return Optional.empty();
        }
        Optional<Instant> registrationExpiry = token.registrationExpiry();
        if (registrationExpiry.isEmpty() || !registrationExpiry.get().isAfter(clock.instant())) {
            return Optional.empty();
        }
        CreateTokenResponse response;
        DebugLog.debug("botocore.tokens", "Attempting to refresh SSO token");
        try {
            response = SdkCalls.call("CreateToken", () -> clients.oidc(config.region()).createToken(r -> r
                    .grantType(ClientRegistrar.REFRESH_TOKEN).clientId(token.clientId())
                    .clientSecret(token.clientSecret()).refreshToken(token.refreshToken())));
        } catch (ServiceException e) {
            DebugLog.info("botocore.tokens", "SSO token refresh attempt failed: " + e.getMessage());
            return Optional.empty();
        }
        Instant expiresAt = clock.instant().plusSeconds(ResponseKeys.require(response.expiresIn(), "expiresIn"));
        String accessToken = ResponseKeys.require(response.accessToken(), "accessToken");
        DebugLog.info("botocore.tokens", "SSO Token refresh succeeded");
        return Optional.of(new SsoToken(config.startUrl(), config.region(), accessToken, expiresAt,
                token.clientId(), token.clientSecret(), token.registrationExpiresAt(), response.refreshToken()));
    }

    private SsoToken load(SsoSessionConfig config) {
        try {
            return cache.load(config.tokenName()).orElseThrow(() -> new GeneralException(
                    "Error loading SSO Token: Token for " + config.tokenName() + " does not exist"));
        } catch (InvalidCacheEntryException e) {
            throw new GeneralException("Error loading SSO Token: Token for " + config.startUrl() + " is invalid", e);
        }
    }
}
