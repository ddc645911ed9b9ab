package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.InvalidCacheEntryException;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
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
 * {@code Error when retrieving token from sso: Token has expired and refresh failed}. The refresh happens under the
 * token file's lock after re-reading it, so two processes refreshing at once do not spend the same refresh token
 * twice or lose the new one.</li>
 * <li>legacy (no session): never refreshed; an expired token fails with the "has expired or is otherwise invalid"
 * message.</li>
 * </ul>
 */
public final class SsoTokenProvider {
    /** botocore's {@code SSOTokenProvider._REFRESH_WINDOW}. */
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);

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
        SsoToken token = load(config);
        if (config.isLegacy()) {
            if (!token.expiresAt().isAfter(clock.instant())) {
                throw new GeneralException(SESSION_EXPIRED_MESSAGE);
            }
            return token;
        }
        if (needsRefresh(token)) {
            token = cache.locked(config.tokenName(), () -> refreshUnderLock(config));
        }
        if (!token.expiresAt().isAfter(clock.instant())) {
            throw new GeneralException("Error when retrieving token from sso: Token has expired and refresh failed");
        }
        return token;
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
            Optional<SsoToken> refreshed = refresh(config, current.get());
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
        Optional<SsoToken> refreshed = refresh(config, current);
        refreshed.ifPresent(t -> cache.save(config.tokenName(), t));
        return refreshed.orElse(current);
    }

    private boolean needsRefresh(SsoToken token) {
        return Duration.between(clock.instant(), token.expiresAt()).compareTo(REFRESH_WINDOW) < 0;
    }

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
        try {
            response = SdkCalls.call("CreateToken", () -> clients.oidc(config.region()).createToken(r -> r
                    .grantType(ClientRegistrar.REFRESH_TOKEN).clientId(token.clientId())
                    .clientSecret(token.clientSecret()).refreshToken(token.refreshToken())));
        } catch (ServiceException e) {
            return Optional.empty();
        }
        Instant expiresAt = clock.instant().plusSeconds(response.expiresIn() == null ? 0 : response.expiresIn());
        return Optional.of(new SsoToken(config.startUrl(), config.region(), response.accessToken(), expiresAt,
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
