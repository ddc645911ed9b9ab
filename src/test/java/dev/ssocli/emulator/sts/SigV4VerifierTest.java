package dev.ssocli.emulator.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.state.CallerIdentity;
import dev.ssocli.emulator.state.ClientRegistration;
import dev.ssocli.emulator.state.Directory;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.IssuedCredentials;
import dev.ssocli.emulator.state.LoginSession;
import dev.ssocli.emulator.state.Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** SigV4 verification against requests signed by the AWS SDK's own signer. */
class SigV4VerifierTest {
    private static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private final EmulatorState state = EmulatorState.create(new Settings(Clock.fixed(NOW, ZoneOffset.UTC), false,
            Duration.ofHours(8), Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(10), Duration.ofDays(90)),
            Directory.defaults());
    private String accessToken;
    private final LoginSession session = signIn();
    private final IssuedCredentials issued = state.credentials().issue(
            CallerIdentity.ssoRole("123456789012", "ReadOnly", "alice@example.com"), session, Duration.ofHours(1));
    private final SigV4Verifier verifier = new SigV4Verifier(state.credentials(), state.settings().clock(), "sts");

    private LoginSession signIn() {
        ClientRegistration client = state.clients().register("test", List.of("sso:account:access"), List.of(),
                List.of());
        accessToken = state.tokens().signIn(client, "alice@example.com").accessToken();
        return state.tokens().authenticate(accessToken);
    }

    private static Request signed(String akid, String secret, String token, String service, String method,
            String uri, String body) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(URI.create(uri))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        SdkHttpRequest request = AwsV4HttpSigner.create().sign(r -> r
                .identity(token == null ? AwsCredentialsIdentity.create(akid, secret)
                        : AwsSessionCredentialsIdentity.create(akid, secret, token))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-central-1")).request();
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        if (!request.firstMatchingHeader("Host").isPresent()) {
            headers.put("Host", List.of(request.host() + ":" + request.port()));
        }
        return new Request(method, request.encodedPath().isEmpty() ? "/" : request.encodedPath(),
                request.encodedQueryParameters().orElse(null), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private Request signed(UnaryOperator<String> secret, String token) {
        return signed(issued.accessKeyId(), secret.apply(issued.secretAccessKey()), token, "sts", "POST",
                "http://127.0.0.1:4566/", BODY);
    }

    private static Request withHeader(Request r, String name, String value) {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(r.headers());
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, List.of(value));
        }
        return new Request(r.method(), r.rawPath(), r.rawQuery(), headers, r.body());
    }

    private String errorCode(Request request) {
        return catchThrowableOfType(ApiException.class, () -> verifier.verify(request)).errorType();
    }

    @Test
    void aRequestSignedWithTheIssuedCredentialsPasses() {
        assertThat(verifier.verify(signed(s -> s, issued.sessionToken()))).isSameAs(issued);
    }

    @Test
    void aSignedGetWithAQueryPasses() {
        Request get = signed(issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken(), "sts", "GET",
                "http://localhost:8080/?Version=2011-06-15&Action=GetCallerIdentity&Empty=&Space=a%20b", "");
        assertThat(verifier.verify(get)).isSameAs(issued);
    }

    @Test
    void changingAByteOfTheBodyBreaksTheSignature() {
        Request good = signed(s -> s, issued.sessionToken());
        byte[] body = good.body();
        body[body.length - 1] = (byte) '6';
        Request tampered = new Request(good.method(), good.rawPath(), good.rawQuery(), good.headers(), body);
        assertThat(errorCode(tampered)).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void changingASignedHeaderBreaksTheSignature() {
        Request good = signed(s -> s, issued.sessionToken());
        assertThat(errorCode(withHeader(good, "Host", "127.0.0.1:4567"))).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void aWrongSecretFails() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> verifier.verify(signed(s -> s.substring(0, 39) + (s.endsWith("A") ? "B" : "A"),
                        issued.sessionToken())));
        assertThat(e.errorType()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.getMessage()).startsWith("The request signature we calculated does not match");
    }

    @Test
    void aMissingSessionTokenFails() {
        Request unsignedToken = signed(issued.accessKeyId(), issued.secretAccessKey(), null, "sts", "POST",
                "http://127.0.0.1:4566/", BODY);
        assertThat(unsignedToken.header("X-Amz-Security-Token")).isNull();
        ApiException e = catchThrowableOfType(ApiException.class, () -> verifier.verify(unsignedToken));
        assertThat(e.errorType()).isEqualTo("InvalidClientTokenId");
        assertThat(e.getMessage()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void aStaleSessionTokenFails() {
        IssuedCredentials other = state.credentials().issue(
                CallerIdentity.ssoRole("123456789012", "ReadOnly", "alice@example.com"), session, Duration.ofHours(1));
        assertThat(errorCode(signed(s -> s, other.sessionToken()))).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void anUnknownAccessKeyFails() {
        Request request = signed("ASIAUNKNOWNUNKNOWN00", issued.secretAccessKey(), issued.sessionToken(), "sts",
                "POST", "http://127.0.0.1:4566/", BODY);
        assertThat(errorCode(request)).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void expiredCredentialsFailWithExpiredToken() {
        state.credentials().expireAll();
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> verifier.verify(signed(s -> s, issued.sessionToken())));
        assertThat(e.errorType()).isEqualTo("ExpiredToken");
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void credentialsOfALoggedOutSessionFail() {
        Request request = signed(s -> s, issued.sessionToken());
        assertThat(verifier.verify(request)).isSameAs(issued);
        state.tokens().logout(accessToken);
        assertThat(errorCode(request)).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void credentialsScopedToAnotherServiceFail() {
        Request request = signed(issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken(), "iam",
                "POST", "http://127.0.0.1:4566/", BODY);
        ApiException e = catchThrowableOfType(ApiException.class, () -> verifier.verify(request));
        assertThat(e.errorType()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getMessage()).contains("'sts'");
    }

    @Test
    void aMissingOrForeignAuthorizationHeaderFails() {
        Request good = signed(s -> s, issued.sessionToken());
        assertThat(errorCode(withHeader(good, "Authorization", null))).isEqualTo("MissingAuthenticationToken");
        assertThat(errorCode(withHeader(good, "Authorization", "Bearer abc"))).isEqualTo("IncompleteSignature");
        assertThat(errorCode(withHeader(good, "Authorization", "AWS4-HMAC-SHA256 Credential=x")))
                .isEqualTo("IncompleteSignature");
    }
}
