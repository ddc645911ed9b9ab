package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/** A real headless Chromium plays the user on the approval pages: Allow and Deny, device and PKCE flows. */
@Timeout(120)
class ApprovalPageBrowserTest {
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use none. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path profileDir;
    private static WebDriver browser;

    private Emulator emulator;
    private SsoOidcClient oidc;
    private HttpServer callbackServer;
    private CompletableFuture<Map<String, String>> callback;

    @BeforeAll
    static void startBrowser() {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // The Debian driver and browser, so that Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startEmulator() throws Exception {
        emulator = Emulator.builder().pollInterval(Duration.ZERO).start();
        oidc = SdkClients.oidc(emulator);
        callback = new CompletableFuture<>();
        callbackServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        callbackServer.createContext("/oauth/callback", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            callback.complete(query == null ? Map.of() : Stream.of(query.split("&")).map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p.length > 1
                            ? java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "")));
            byte[] page = "<html><title>Signed in</title></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        callbackServer.start();
    }

    @AfterEach
    void stopEmulator() {
        callbackServer.stop(0);
        emulator.close();
    }

    private RegisterClientResponse registerDeviceClient() {
        return oidc.registerClient(r -> r.clientName("botocore-client-browser").clientType("public")
                .scopes("sso:account:access"));
    }

    private StartDeviceAuthorizationResponse startDevice(RegisterClientResponse client) {
        return oidc.startDeviceAuthorization(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .startUrl(Emulator.START_URL));
    }

    private CreateTokenResponse poll(RegisterClientResponse client, StartDeviceAuthorizationResponse device) {
        return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .grantType(DEVICE_GRANT).deviceCode(device.deviceCode()));
    }

    private void assertApprovalPage() {
        assertThat(browser.getTitle()).isEqualTo("Authorize request");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Authorize request");
        assertThat(browser.findElements(By.tagName("form"))).singleElement().satisfies(form -> {
            assertThat(form.getAttribute("method")).isEqualTo("post");
            assertThat(form.findElements(By.cssSelector("input[type=hidden][name=request_id]"))).hasSize(1);
        });
    }

    private void click(String decision, String expectedTitle) {
        browser.findElement(By.cssSelector("button[type=submit][name=decision][value=" + decision + "]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleIs(expectedTitle));
    }

    @Test
    void allowOnTheDevicePageAfterTypingTheCodeCompletesTheDeviceAuthorization() {
        RegisterClientResponse client = registerDeviceClient();
        StartDeviceAuthorizationResponse device = startDevice(client);
        browser.get(device.verificationUri());
        WebElement codeInput = browser.findElement(By.name("user_code"));
        codeInput.sendKeys(device.userCode().toLowerCase());
        codeInput.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("user-code")));
        assertApprovalPage();
        assertThat(browser.findElement(By.id("user-code")).getText()).isEqualTo(device.userCode());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("botocore-client-browser",
                "alice@example.com");

        click("allow", "Request approved");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Request approved");
        assertThat(poll(client, device).accessToken()).isNotBlank();
    }

    @Test
    void denyOnTheDevicePageFailsCreateTokenWithAccessDenied() {
        RegisterClientResponse client = registerDeviceClient();
        StartDeviceAuthorizationResponse device = startDevice(client);
        browser.get(device.verificationUriComplete());
        assertApprovalPage();
        assertThat(browser.findElement(By.id("user-code")).getText()).isEqualTo(device.userCode());

        click("deny", "Request denied");
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(AccessDeniedException.class);
    }

    private RegisterClientResponse registerPkceClient() {
        return oidc.registerClient(r -> r.clientName("botocore-client-pkce").clientType("public")
                .scopes("sso:account:access").grantTypes("authorization_code", "refresh_token")
                .redirectUris("http://127.0.0.1/oauth/callback").issuerUrl(Emulator.START_URL));
    }

    private String redirectUri() {
        return "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/oauth/callback";
    }

    /**
     * The authorization URL exactly as the AWS CLI builds it (docs/wire-protocols.md#authorization-code-flow-with-pkce
     * step 5).
     */
    private String authorizeUrl(String clientId, String state, String challenge) {
        return emulator.endpoint() + "/authorize?response_type=code&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri()) + "&state=" + state
                + "&code_challenge_method=S256&scopes=" + enc("sso:account:access") + "&code_challenge=" + challenge;
    }

    @Test
    void allowOnTheAuthorizePageRedirectsWithCodeAndStateThatCreateTokenRedeems() throws Exception {
        RegisterClientResponse client = registerPkceClient();
        String verifier = codeVerifier();
        String state = UUID.randomUUID().toString();
        browser.get(authorizeUrl(client.clientId(), state, challenge(verifier)));
        assertApprovalPage();
        assertThat(browser.findElements(By.id("user-code"))).isEmpty();

        click("allow", "Signed in");
        Map<String, String> query = callback.get(30, TimeUnit.SECONDS);
        assertThat(query).containsOnlyKeys("code", "state").containsEntry("state", state);
        CreateTokenResponse token = oidc.createToken(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).grantType("authorization_code").code(query.get("code"))
                .redirectUri(redirectUri()).codeVerifier(verifier));
        assertThat(token.accessToken()).isNotBlank();
        assertThat(token.refreshToken()).isNotBlank();
        assertThat(emulator.requests()).extracting(RecordedRequest::operation)
                .containsSubsequence("Authorize", "AuthorizeDecision", "CreateToken");
    }

    @Test
    void denyOnTheAuthorizePageRedirectsWithAccessDenied() throws Exception {
        RegisterClientResponse client = registerPkceClient();
        String state = UUID.randomUUID().toString();
        browser.get(authorizeUrl(client.clientId(), state, challenge(codeVerifier())));
        assertApprovalPage();

        click("deny", "Signed in");
        assertThat(callback.get(30, TimeUnit.SECONDS)).containsOnly(Map.entry("error", "access_denied"),
                Map.entry("state", state));
    }

    private static String codeVerifier() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        SecureRandom random = new SecureRandom();
        StringBuilder verifier = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            verifier.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return verifier.toString();
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
