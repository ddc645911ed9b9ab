package dev.ssocli.sso;

import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.ClientRegistration;
import dev.ssocli.errors.GeneralException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenRequest;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;

/**
 * The authorization-code grant with PKCE, current CLI v2's default for sso-session logins
 * (docs/wire-protocols.md#authorization-code-flow-with-pkce): the loopback callback server first, then the
 * registration, the {@code /authorize} URL, the browser, the wait (10 minutes at most, on the injected clock), the
 * {@code state} check and CreateToken.
 */
final class AuthorizationCodeFlow {
    /** botocore's {@code AuthCodeFetcher._OVERALL_TIMEOUT}. */
    static final Duration OVERALL_TIMEOUT = Duration.ofMinutes(10);
    /** How often the wait looks at the clock while no callback has arrived. */
    private static final long CLOCK_CHECK_MILLIS = 200;

    private final SsoOidcClient oidc;
    private final ClientRegistrar registrar;
    private final URI oidcEndpoint;
    private final Clock clock;

    AuthorizationCodeFlow(SsoOidcClient oidc, ClientRegistrar registrar, URI oidcEndpoint, Clock clock) {
        this.oidc = oidc;
        this.registrar = registrar;
        this.oidcEndpoint = oidcEndpoint;
        this.clock = clock;
    }

    /** The registration used and the token it produced. */
    record Result(ClientRegistration registration, CreateTokenResponse token) {
    }

    /**
     * Logs in, with the callback listener on {@code redirectPort} (0: an ephemeral port, as the CLI does); a new
     * registration names {@code issuerUrl} (the start URL, or the portal a vanity start URL resolved to).
     */
    Result run(SsoSessionConfig config, String issuerUrl, AuthorizationPrompt prompt, int redirectPort)
            throws InterruptedException {
        try (LoopbackCallbackServer server = startServer(redirectPort)) {
            String redirectUri = "http://127.0.0.1:" + server.port() + "/oauth/callback";
            Pkce pkce = Pkce.generate();
            ClientRegistration registration = registrar.forAuthorizationCode(config, issuerUrl);
            String state = UUID.randomUUID().toString();
            String url = authorizeUrl(oidcEndpoint, registration.clientId(), redirectUri, state,
                    String.join(" ", registration.scopes() == null
                            ? java.util.List.of(dev.ssocli.config.SsoSessionRules.DEFAULT_SCOPE) : registration.scopes()),
                    pkce.challenge());
            Instant deadline = clock.instant().plus(OVERALL_TIMEOUT);
            prompt.show(null, url, url);
            LoopbackCallbackServer.Callback callback = await(server, deadline);
            if (callback.failed()) {
                throw new GeneralException(
                        "Error loading authorization code: Failed to retrieve an authorization code.");
            }
            if (!state.equals(callback.state())) {
                throw new GeneralException(
                        "Error loading authorization code: State parameter does not match expected value.");
            }
            CreateTokenRequest request = CreateTokenRequest.builder().grantType(ClientRegistrar.AUTHORIZATION_CODE)
                    .clientId(registration.clientId()).clientSecret(registration.clientSecret())
                    .redirectUri(redirectUri).codeVerifier(pkce.verifier()).code(callback.code()).build();
            try {
                return new Result(registration, SdkCalls.call("CreateToken", () -> oidc.createToken(request)));
            } catch (dev.ssocli.errors.ServiceException e) {
                if (e.getCause() instanceof ExpiredTokenException) {
                    throw new PendingAuthorizationExpiredException(e.getCause());
                }
                throw e;
            }
        }
    }

    private static LoopbackCallbackServer startServer(int port) {
        try {
            return new LoopbackCallbackServer(port);
        } catch (IOException e) {
            if (port != 0) {
                throw new GeneralException("Unable to listen for the login callback on 127.0.0.1:" + port + ": "
                        + e.getMessage() + ". Choose another --redirect-port / sso_redirect_port, or use "
                        + "--use-device-code.", e);
            }
            throw new GeneralException("Unable to initialize the OAuth 2.0 authorization callback handler: "
                    + e.getMessage() + " You may use --use-device-code to fall back to the device code flow which "
                    + "does not require the callback handler.", e);
        }
    }

    private LoopbackCallbackServer.Callback await(LoopbackCallbackServer server, Instant deadline)
            throws InterruptedException {
        while (true) {
            try {
                return server.result().get(CLOCK_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!clock.instant().isBefore(deadline)) {
                    throw new PendingAuthorizationExpiredException(null);
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * {@code <scheme>://<authority>} of the resolved OIDC endpoint (its path dropped) + {@code /authorize?} + the
     * percent-encoded parameters in botocore's order, then the challenge appended unencoded
     * (docs/wire-protocols.md#authorization-code-flow-with-pkce).
     */
    static String authorizeUrl(URI oidcEndpoint, String clientId, String redirectUri, String state, String scopes,
                               String challenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.put("code_challenge_method", "S256");
        params.put("scopes", scopes);
        StringBuilder url = new StringBuilder(oidcEndpoint.getScheme()).append("://")
                .append(oidcEndpoint.getRawAuthority()).append("/authorize?");
        boolean first = true;
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!first) {
                url.append('&');
            }
            first = false;
            url.append(percentEncode(param.getKey())).append('=').append(percentEncode(param.getValue()));
        }
        return url.append("&code_challenge=").append(challenge).toString();
    }

    /** botocore's {@code percent_encode}: RFC 3986, only {@code -._~} and alphanumerics left as they are. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
