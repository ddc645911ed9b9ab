package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.ssooidc.model.UnauthorizedClientException;

/** The emulator at the HTTP level: control API, PKCE rules, pages, and malformed requests (400s, never 500s). */
class EmulatorHttpTest {
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4CVP-mB92K27u";
    private static final String CALLBACK = "http://127.0.0.1:54321/oauth/callback";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private Emulator emulator;
    private SsoOidcClient oidc;

    private void start(Emulator.Approve approve) {
        emulator = Emulator.builder().approve(approve).pollInterval(Duration.ZERO).start();
        oidc = SdkClients.oidc(emulator);
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, "application/json", body);
    }

    private RegisterClientResponse registerPkce() {
        return oidc.registerClient(r -> r.clientName("botocore-client-s").clientType("public")
                .scopes("sso:account:access").grantTypes("authorization_code", "refresh_token")
                .redirectUris("http://127.0.0.1/oauth/callback").issuerUrl(Emulator.START_URL));
    }

    private static String authorizePath(String clientId, String redirectUri, String challenge) {
        return "/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri)
                + "&state=s-1&code_challenge_method=S256&scopes=sso%3Aaccount%3Aaccess"
                + (challenge == null ? "" : "&code_challenge=" + challenge);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String query(String location, String name) {
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private CreateTokenResponse redeem(RegisterClientResponse client, String code, String redirectUri,
            String verifier) {
        return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .grantType("authorization_code").code(code).redirectUri(redirectUri).codeVerifier(verifier));
    }

    @Test
    void automaticApprovalRedirectsAuthorizeStraightToTheCallbackAndTheCodeIsRedeemedOnce() throws Exception {
        start(Emulator.Approve.AUTO);
        RegisterClientResponse client = registerPkce();
        HttpResponse<String> response = get(authorizePath(client.clientId(), CALLBACK, challenge(VERIFIER)));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=s-1");
        String code = query(location, "code");

        InvalidGrantException wrongVerifier = catchThrowableOfType(InvalidGrantException.class,
                () -> redeem(client, code, CALLBACK, VERIFIER.replace('d', 'e')));
        assertThat(wrongVerifier.error()).isEqualTo("invalid_grant");
        assertThatThrownBy(() -> redeem(client, code, "http://127.0.0.1:54322/oauth/callback", VERIFIER))
                .isInstanceOf(InvalidGrantException.class);
        assertThat(redeem(client, code, CALLBACK, VERIFIER).accessToken()).isNotBlank();
        assertThatThrownBy(() -> redeem(client, code, CALLBACK, VERIFIER)).isInstanceOf(InvalidGrantException.class);
    }

    @Test
    void aManualPkceRequestApprovedThroughTheControlApiReportsItsRedirect() throws Exception {
        start(Emulator.Approve.MANUAL);
        RegisterClientResponse client = registerPkce();
        HttpResponse<String> page = get(authorizePath(client.clientId(), CALLBACK, challenge(VERIFIER)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");

        HttpResponse<String> approved = send("POST", "/_emulator/approve", null, null);
        assertThat(approved.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(approved.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("flow").asText()).isEqualTo("authorization_code");
        assertThat(list.get(0).get("status").asText()).isEqualTo("approved");
        String redirect = list.get(0).get("redirect").asText();
        assertThat(redirect).startsWith(CALLBACK + "?code=").endsWith("&state=s-1");
        assertThat(redeem(client, query(redirect, "code"), CALLBACK, VERIFIER).accessToken()).isNotBlank();
    }

    @Test
    void authorizeShowsProblemsWithTheClientOrRedirectUriOnThePageAndRedirectsOtherProblems() throws Exception {
        start(Emulator.Approve.AUTO);
        RegisterClientResponse client = registerPkce();
        HttpResponse<String> unknownClient = get(authorizePath("nobody", CALLBACK, challenge(VERIFIER)));
        assertThat(unknownClient.statusCode()).isEqualTo(400);
        assertThat(unknownClient.body()).contains("<title>Request failed</title>", "not a registered client");

        HttpResponse<String> otherPath = get(authorizePath(client.clientId(), "http://127.0.0.1:54321/evil",
                challenge(VERIFIER)));
        assertThat(otherPath.statusCode()).isEqualTo(400);
        assertThat(otherPath.headers().firstValue("Location")).isEmpty();
        assertThat(get(authorizePath(client.clientId(), "http://localhost:54321/oauth/callback",
                challenge(VERIFIER))).statusCode()).isEqualTo(400);

        HttpResponse<String> noChallenge = get(authorizePath(client.clientId(), CALLBACK, null));
        assertThat(noChallenge.statusCode()).isEqualTo(302);
        assertThat(noChallenge.headers().firstValue("Location")).hasValue(CALLBACK + "?error=invalid_request&state=s-1");

        RegisterClientResponse deviceClient = oidc.registerClient(r -> r.clientName("d").clientType("public")
                .redirectUris("http://127.0.0.1/oauth/callback"));
        assertThat(get(authorizePath(deviceClient.clientId(), CALLBACK, challenge(VERIFIER))).headers()
                .firstValue("Location")).hasValue(CALLBACK + "?error=unauthorized_client&state=s-1");
        UnauthorizedClientException wrongGrant = catchThrowableOfType(UnauthorizedClientException.class,
                () -> redeem(deviceClient, "x", CALLBACK, VERIFIER));
        assertThat(wrongGrant.error()).isEqualTo("unauthorized_client");
    }

    @Test
    void theDeviceApprovalPageHasOneFormWithAllowAndDeny() throws Exception {
        start(Emulator.Approve.MANUAL);
        RegisterClientResponse client = oidc.registerClient(r -> r.clientName("<script>x</script>")
                .clientType("public"));
        StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).startUrl(Emulator.START_URL));
        HttpResponse<String> page = get("/device?user_code=" + device.userCode());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<title>Authorize request</title>", "<h1>Authorize request</h1>",
                ">" + device.userCode() + "<",
                "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>",
                "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>",
                "&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html.split("<form ", -1)).hasSize(2);
        assertThat(html).contains("<form method=\"post\" action=\"/device\">");
        assertThat(html).doesNotContain(device.deviceCode());

        assertThat(get("/device?user_code=ZZZZ-ZZZZ").statusCode()).isEqualTo(404);
        assertThat(get("/device").body()).contains("name=\"user_code\"");
        HttpResponse<String> badDecision = send("POST", "/device", "application/x-www-form-urlencoded",
                "request_id=nope&decision=allow");
        assertThat(badDecision.statusCode()).isEqualTo(400);
        assertThat(badDecision.body()).contains("not valid or has expired");
        assertThat(emulator.pending()).hasSize(1);
    }

    @Test
    void automaticApprovalApprovesWhenTheDevicePageIsOpened() throws Exception {
        start(Emulator.Approve.AUTO);
        RegisterClientResponse client = oidc.registerClient(r -> r.clientName("c").clientType("public"));
        StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).startUrl(Emulator.START_URL));
        HttpResponse<String> page = get(URI.create(device.verificationUriComplete()).getRawPath() + "?"
                + URI.create(device.verificationUriComplete()).getRawQuery());
        assertThat(page.body()).contains("<title>Request approved</title>");
        assertThat(emulator.pending()).isEmpty();
        assertThat(oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .grantType("urn:ietf:params:oauth:grant-type:device_code").deviceCode(device.deviceCode()))
                .accessToken()).isNotBlank();
    }

    @Test
    void theControlApiInjectsErrorsAndListsRequests() throws Exception {
        start(Emulator.Approve.MANUAL);
        HttpResponse<String> injected = postJson("/_emulator/inject-error", "{\"operation\": \"RegisterClient\","
                + " \"status\": 500, \"errorType\": \"InternalServerException\", \"message\": \"boom\"}");
        assertThat(injected.statusCode()).isEqualTo(200);
        HttpResponse<String> failed = postJson("/client/register", "{\"clientName\": \"c\", \"clientType\":"
                + " \"public\"}");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerException");
        assertThat(json.readTree(failed.body()).get("error").asText()).isEqualTo("server_error");
        assertThat(json.readTree(failed.body()).get("error_description").asText()).isEqualTo("boom");

        HttpResponse<String> requests = get("/_emulator/requests");
        assertThat(json.readTree(requests.body()).toString()).isEqualTo("[{\"method\":\"POST\",\"path\":"
                + "\"/client/register\",\"operation\":\"RegisterClient\",\"grantType\":null}]");
        assertThat(send("DELETE", "/_emulator/requests", null, null).statusCode()).isEqualTo(200);
        assertThat(emulator.requests()).isEmpty();

        assertThat(postJson("/_emulator/inject-error", "{\"operation\": \"Nope\", \"status\": 400,"
                + " \"errorType\": \"X\"}").statusCode()).isEqualTo(400);
        assertThat(postJson("/_emulator/inject-error", "{\"operation\": \"Logout\"}").statusCode()).isEqualTo(400);
        assertThat(get("/_emulator/approve").statusCode()).isEqualTo(405);
        assertThat(get("/_emulator/unknown").statusCode()).isEqualTo(404);
        assertThat(json.readTree(get("/_emulator/pending").body())).isEmpty();
        assertThat(send("POST", "/_emulator/expire-tokens", null, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/_emulator/expire-credentials", null, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/_emulator/deny", null, null).body()).isEqualTo("[]");
        assertThat(json.readTree(get("/_emulator/info").body()).get("endpoint").asText())
                .isEqualTo(emulator.endpoint());
    }

    @Test
    void malformedRequestsGetTheServicesFourHundredErrors() throws Exception {
        start(Emulator.Approve.MANUAL);
        HttpResponse<String> notJson = postJson("/token", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidRequestException");
        assertThat(json.readTree(notJson.body()).get("error").asText()).isEqualTo("invalid_request");
        assertThat(notJson.headers().firstValue("x-amzn-RequestId")).isPresent();

        assertThat(postJson("/token", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(postJson("/client/register", "{\"clientName\": 5, \"clientType\": \"public\"}").statusCode())
                .isEqualTo(400);
        assertThat(postJson("/client/register", "{\"clientName\": \"c\", \"clientType\": \"confidential\"}")
                .headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidClientMetadataException");
        RegisterClientResponse client = oidc.registerClient(r -> r.clientName("c").clientType("public"));
        HttpResponse<String> unsupported = postJson("/token", "{\"clientId\": \"" + client.clientId()
                + "\", \"clientSecret\": \"" + client.clientSecret() + "\", \"grantType\": \"password\"}");
        assertThat(unsupported.headers().firstValue("x-amzn-ErrorType")).hasValue("UnsupportedGrantTypeException");

        HttpResponse<String> noToken = get("/assignment/accounts");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.body()).isEqualTo("{\"message\":\"Session token not found or invalid\"}");
        assertThat(noToken.headers().firstValue("x-amzn-ErrorType")).hasValue("UnauthorizedException");

        HttpResponse<String> unknown = get("/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(send("DELETE", "/token", null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> missingAction = send("POST", "/", "application/x-www-form-urlencoded", "Version=x");
        assertThat(missingAction.statusCode()).isEqualTo(400);
        assertThat(missingAction.body()).contains("<Code>MissingAction</Code>");
        HttpResponse<String> unsigned = send("POST", "/", "application/x-www-form-urlencoded; charset=utf-8",
                "Action=GetCallerIdentity&Version=2011-06-15");
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.headers().firstValue("Content-Type")).hasValue("text/xml");
        assertThat(unsigned.body()).isEqualTo("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                + "  <Error>\n    <Type>Sender</Type>\n    <Code>MissingAuthenticationToken</Code>\n"
                + "    <Message>Request is missing Authentication Token</Message>\n  </Error>\n"
                + "  <RequestId>" + unsigned.headers().firstValue("x-amzn-RequestId").orElseThrow()
                + "</RequestId>\n</ErrorResponse>\n");
        HttpResponse<String> unknownAction = get("/?Action=DecodeAuthorizationMessage&Version=2011-06-15");
        assertThat(unknownAction.body()).contains("<Code>InvalidAction</Code>");
        assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.path()).doesNotContain("?"));
    }
}
