package dev.ssocli.sso;

import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.CacheTimestamps;
import dev.ssocli.cache.ClientRegistration;
import dev.ssocli.cache.RegistrationCache;
import dev.ssocli.config.SsoSessionRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientRequest;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;

/**
 * Reuses or creates the OIDC client registration of a login (docs/file-formats.md#client-registration-cache): a cached
 * registration is reused when more than 15 minutes remain and it suits the flow; otherwise RegisterClient is called and
 * the same cache file is overwritten.
 */
final class ClientRegistrar {
    /** botocore's {@code _EXPIRY_WINDOW}: a registration with less left than this counts as expired. */
    static final Duration EXPIRY_WINDOW = Duration.ofMinutes(15);
    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String REFRESH_TOKEN = "refresh_token";
    /**
     * Registered without a port; the port is added when the URI is used
     * (docs/wire-protocols.md#authorization-code-flow-with-pkce).
     */
    static final String REDIRECT_URI_WITHOUT_PORT = "http://127.0.0.1/oauth/callback";

    private final SsoOidcClient oidc;
    private final RegistrationCache cache;
    private final Clock clock;

    ClientRegistrar(SsoOidcClient oidc, RegistrationCache cache, Clock clock) {
        this.oidc = oidc;
        this.cache = cache;
        this.clock = clock;
    }

    /** A registration for the device-code flow: one without the {@code authorization_code} grant. */
    ClientRegistration forDeviceCode(SsoSessionConfig config) {
        Optional<ClientRegistration> cached = cached(config)
                .filter(r -> r.grantTypes() == null || !r.grantTypes().contains(AUTHORIZATION_CODE));
        if (cached.isPresent()) {
            return cached.get();
        }
        List<String> scopes = config.scopesIfConfigured();
        RegisterClientRequest.Builder request = RegisterClientRequest.builder()
                .clientName(clientName(config)).clientType("public");
        if (scopes != null) {
            request.scopes(scopes);
        }
        RegisterClientResponse response = SdkCalls.call("RegisterClient", () -> oidc.registerClient(request.build()));
        return store(config, registration(response, scopes, null));
    }

    /** A registration for the authorization-code flow, issued for {@code issuerUrl}. */
    ClientRegistration forAuthorizationCode(SsoSessionConfig config, String issuerUrl) {
        Optional<ClientRegistration> cached = cached(config)
                .filter(r -> r.grantTypes() != null && r.grantTypes().contains(AUTHORIZATION_CODE));
        if (cached.isPresent()) {
            return cached.get();
        }
        List<String> scopes = config.scopesIfConfigured() != null ? config.scopesIfConfigured()
                : List.of(SsoSessionRules.DEFAULT_SCOPE);
        List<String> grantTypes = List.of(AUTHORIZATION_CODE, REFRESH_TOKEN);
        RegisterClientRequest request = RegisterClientRequest.builder()
                .clientName(clientName(config)).clientType("public").grantTypes(grantTypes)
                .redirectUris(REDIRECT_URI_WITHOUT_PORT).issuerUrl(issuerUrl).scopes(scopes).build();
        RegisterClientResponse response = SdkCalls.call("RegisterClient", () -> oidc.registerClient(request));
        return store(config, registration(response, scopes, grantTypes));
    }

    private Optional<ClientRegistration> cached(SsoSessionConfig config) {
        Instant threshold = clock.instant().plus(EXPIRY_WINDOW);
        return cache.load(config.startUrl(), config.region(), config.registrationScopes(), config.sessionName())
                .filter(r -> !r.expiry().isBefore(threshold));
    }

    private ClientRegistration store(SsoSessionConfig config, ClientRegistration registration) {
        cache.save(config.startUrl(), config.region(), config.registrationScopes(), config.sessionName(),
                registration);
        return registration;
    }

    /** {@code botocore-client-<session>}, or for legacy profiles the integer Unix time of registration. */
    private String clientName(SsoSessionConfig config) {
        return "botocore-client-" + (config.isLegacy() ? Long.toString(clock.instant().getEpochSecond())
                : config.sessionName());
    }

    /** The registration to cache, checked in the order botocore's {@code _register_client} reads the members. */
    private static ClientRegistration registration(RegisterClientResponse response, List<String> scopes,
                                                   List<String> grantTypes) {
        long seconds = ResponseKeys.require(response.clientSecretExpiresAt(), "clientSecretExpiresAt");
        String clientId = ResponseKeys.require(response.clientId(), "clientId");
        String clientSecret = ResponseKeys.require(response.clientSecret(), "clientSecret");
        return new ClientRegistration(clientId, clientSecret, CacheTimestamps.format(Instant.ofEpochSecond(seconds)),
                scopes, grantTypes);
    }
}
