package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.ServiceId;
import dev.ssocli.cache.ClientRegistration;
import dev.ssocli.cache.InvalidCacheEntryException;
import dev.ssocli.cache.RegistrationCache;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.runtime.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * Obtains an SSO access token by logging in, the way {@code aws sso login} and {@code aws configure sso} do
 * (docs/wire-protocols.md#device-code-flow, #authorization-code-flow-with-pkce): the authorization-code flow for
 * sso-sessions unless {@code --use-device-code}, the device flow otherwise; the token is written to the cache in
 * botocore's format.
 */
public final class SsoLogin {
    /** botocore's {@code _EXPIRY_WINDOW}: a cached token with less left than this is not reused. */
    static final Duration EXPIRY_WINDOW = Duration.ofMinutes(15);

    private final AwsClients clients;
    private final TokenCache tokens;
    private final RegistrationCache registrations;
    private final Clock clock;
    private final Sleeper sleeper;

    public SsoLogin(AwsClients clients, TokenCache tokens, RegistrationCache registrations, Clock clock,
                    Sleeper sleeper) {
        this.clients = clients;
        this.tokens = tokens;
        this.registrations = registrations;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * How to log in.
     *
     * @param useDeviceCode the device flow even where the authorization-code flow is possible
     * @param forceNewToken log in even when a cached token has more than 15 minutes left
     * @param redirectPort the PKCE callback's port on 127.0.0.1, or 0 for an ephemeral one
     */
    public record Options(boolean useDeviceCode, boolean forceNewToken, int redirectPort) {
        public Options(boolean useDeviceCode, boolean forceNewToken) {
            this(useDeviceCode, forceNewToken, 0);
        }
    }

    /**
     * A token for {@code config}: with {@code forceNewToken} false a cached token with more than 15 minutes left is
     * returned without any output; otherwise the user is sent through {@code prompt}.
     */
    public SsoToken login(SsoSessionConfig config, Options options, AuthorizationPrompt prompt)
            throws InterruptedException {
        return login(config, config.startUrl(), options, prompt);
    }

    /**
     * As {@link #login(SsoSessionConfig, Options, AuthorizationPrompt)}, sending {@code oidcStartUrl} (the portal a
     * vanity start URL resolved to, {@link StartUrlResolver}) as StartDeviceAuthorization's {@code startUrl} and
     * RegisterClient's {@code issuerUrl}; cache keys and the token record keep the configured start URL
     * (docs/wire-protocols.md#vanity-start-urls).
     */
    public SsoToken login(SsoSessionConfig config, String oidcStartUrl, Options options, AuthorizationPrompt prompt)
            throws InterruptedException {
        if (!options.forceNewToken()) {
            Optional<SsoToken> cached = cachedToken(config);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        SsoOidcClient oidc = clients.oidc(config.region());
        ClientRegistrar registrar = new ClientRegistrar(oidc, registrations, clock);
        ClientRegistration registration;
        CreateTokenResponse response;
        if (!config.isLegacy() && !options.useDeviceCode()) {
            URI endpoint = clients.endpoint(ServiceId.SSO_OIDC, config.region());
            AuthorizationCodeFlow.Result result = new AuthorizationCodeFlow(oidc, registrar, endpoint, clock)
                    .run(config, oidcStartUrl, prompt, options.redirectPort());
            registration = result.registration();
            response = result.token();
        } else {
            registration = registrar.forDeviceCode(config);
            response = new DeviceCodeFlow(oidc, sleeper).run(oidcStartUrl, registration, prompt);
        }
        // Checked before anything is written, in botocore's order: a bad answer leaves the cache as it was.
        Instant expiresAt = clock.instant().plusSeconds(ResponseKeys.require(response.expiresIn(), "expiresIn"));
        String accessToken = ResponseKeys.require(response.accessToken(), "accessToken");
        SsoToken token = new SsoToken(config.startUrl(), config.region(), accessToken, expiresAt,
                registration.clientId(), registration.clientSecret(), registration.expiresAt(),
                response.refreshToken());
        tokens.save(config.tokenName(), token);
        return token;
    }

    private Optional<SsoToken> cachedToken(SsoSessionConfig config) {
        try {
            Instant threshold = clock.instant().plus(EXPIRY_WINDOW);
            return tokens.load(config.tokenName()).filter(t -> !t.expiresAt().isBefore(threshold));
        } catch (InvalidCacheEntryException e) {
            return Optional.empty();
        }
    }
}
