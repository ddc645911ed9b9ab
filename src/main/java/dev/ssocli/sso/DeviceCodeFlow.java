package dev.ssocli.sso;

import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.ClientRegistration;
import dev.ssocli.runtime.Sleeper;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenRequest;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The device authorization grant as botocore's {@code SSOTokenFetcher} runs it
 * (docs/wire-protocols.md#device-code-flow): one CreateToken attempt before anything is printed, then the prompt, then
 * CreateToken at once and every {@code interval} seconds; {@code slow_down} adds 5 seconds for good, {@code
 * authorization_pending} keeps waiting, {@code expired_token} ends the login. There is no client-side timeout: the
 * service's device code expiry ends the loop.
 */
final class DeviceCodeFlow {
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";
    /** botocore's {@code _DEFAULT_INTERVAL}, used when the service sends none. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** botocore's {@code _SLOW_DOWN_DELAY}. */
    static final Duration SLOW_DOWN_DELAY = Duration.ofSeconds(5);

    private final SsoOidcClient oidc;
    private final Sleeper sleeper;

    DeviceCodeFlow(SsoOidcClient oidc, Sleeper sleeper) {
        this.oidc = oidc;
        this.sleeper = sleeper;
    }

    /** The device flow for {@code startUrl} (the start URL, or the portal a vanity start URL resolved to). */
    CreateTokenResponse run(String startUrl, ClientRegistration registration, AuthorizationPrompt prompt)
            throws InterruptedException {
        StartDeviceAuthorizationResponse authorization = SdkCalls.call("StartDeviceAuthorization",
                () -> oidc.startDeviceAuthorization(r -> r.clientId(registration.clientId())
                        .clientSecret(registration.clientSecret()).startUrl(startUrl)));
        // botocore's _authorize_client reads these before it polls
        ResponseKeys.require(authorization.expiresIn(), "expiresIn");
        ResponseKeys.require(authorization.deviceCode(), "deviceCode");
        ResponseKeys.require(authorization.userCode(), "userCode");
        ResponseKeys.require(authorization.verificationUri(), "verificationUri");
        ResponseKeys.require(authorization.verificationUriComplete(), "verificationUriComplete");
        CreateTokenRequest request = CreateTokenRequest.builder().grantType(GRANT_TYPE)
                .clientId(registration.clientId()).clientSecret(registration.clientSecret())
                .deviceCode(authorization.deviceCode()).build();
        Duration interval = authorization.interval() == null || authorization.interval() <= 0 ? DEFAULT_INTERVAL
                : Duration.ofSeconds(authorization.interval());

        Attempt first = attempt(request);
        if (first.token != null) {
            return first.token;
        }
        if (first.slowDown) {
            interval = interval.plus(SLOW_DOWN_DELAY);
        }
        prompt.show(authorization.userCode(), authorization.verificationUri(),
                authorization.verificationUriComplete());
        if (authorization.expiresIn() != null) {
            prompt.waiting(Duration.ofSeconds(authorization.expiresIn()));
        }
        try {
            while (true) {
                Attempt attempt = attempt(request);
                if (attempt.token != null) {
                    return attempt.token;
                }
                if (attempt.slowDown) {
                    interval = interval.plus(SLOW_DOWN_DELAY);
                }
                sleeper.sleep(interval);
            }
        } finally {
            prompt.finished();
        }
    }

    private Attempt attempt(CreateTokenRequest request) {
        try {
            return new Attempt(oidc.createToken(request), false);
        } catch (SlowDownException e) {
            return new Attempt(null, true);
        } catch (AuthorizationPendingException e) {
            return new Attempt(null, false);
        } catch (ExpiredTokenException e) {
            throw new PendingAuthorizationExpiredException(e);
        } catch (SdkException e) {
            throw SdkCalls.translate(e, "CreateToken");
        }
    }

    private record Attempt(CreateTokenResponse token, boolean slowDown) {
    }
}
