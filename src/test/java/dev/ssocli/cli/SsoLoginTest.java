package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.EmulatorBrowser;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso login} end to end: real SDK clients, the emulator, the test browser clicking Allow. */
class SsoLoginTest {
    @TempDir
    Path home;
    SsoWorld world;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<String> operations() {
        return world.emulator.requests().stream().map(r -> r.operation() + (r.grantType() == null ? ""
                : ":" + r.grantType())).toList();
    }

    @Test
    void sessionProfileLogsInWithPkceThroughTheBrowser() throws Exception {
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        String url = world.browser.opened().get(0);
        assertThat(url).startsWith(world.emulator.endpoint() + "/authorize?response_type=code&client_id=")
                .containsPattern("&redirect_uri=http%3A%2F%2F127.0.0.1%3A\\d+%2Foauth%2Fcallback&state=[0-9a-f-]{36}"
                        + "&code_challenge_method=S256&scopes=sso%3Aaccount%3Aaccess&code_challenge=[A-Za-z0-9_-]{43}$");
        assertThat(result.out()).isEqualTo("Attempting to open your default browser. If the browser does not open, "
                + "open the following URL.\nIf you are unable to open the URL on this device, run this command again "
                + "with the '--use-device-code' option.\n\n" + url + "\n\n"
                + "Successfully logged into Start URL: " + SsoWorld.START_URL + "\n");
        assertThat(world.browser.lastPage()).contains("Your credentials have been shared successfully");
        assertThat(operations()).containsExactly("RegisterClient", "Authorize", "AuthorizeDecision",
                "CreateToken:authorization_code");

        Path token = world.tokenFile("my-sso");
        assertThat(world.read(token)).matches("\\{\"startUrl\": \"https://d-1234567890.awsapps.com/start\", "
                + "\"region\": \"us-east-1\", \"accessToken\": \"[^\"]+\", \"expiresAt\": \"2026-01-15T18:00:00Z\", "
                + "\"clientId\": \"[^\"]+\", \"clientSecret\": \"[^\"]+\", "
                + "\"registrationExpiresAt\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\", \"refreshToken\": \"[^\"]+\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        assertThat(world.read(world.registrationFile(List.of("sso:account:access"), "my-sso")))
                .matches("\\{\"clientId\": \"[^\"]+\", \"clientSecret\": \"[^\"]+\", \"expiresAt\": \"[^\"]+Z\", "
                        + "\"scopes\": \\[\"sso:account:access\"\\], "
                        + "\"grantTypes\": \\[\"authorization_code\", \"refresh_token\"\\]\\}");
    }

    @Test
    void deviceCodeFlowPrintsTheCodeAndPollsUntilApproved() {
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        String complete = world.browser.opened().get(0);
        assertThat(complete).startsWith(world.emulator.endpoint() + "/device?user_code=");
        String userCode = complete.substring(complete.indexOf("user_code=") + 10);
        assertThat(result.out()).isEqualTo("Attempting to open your default browser.\nIf the browser does not open "
                + "or you wish to use a different device to authorize this request, open the following URL:\n\n"
                + world.emulator.endpoint() + "/device\n\nThen enter the code:\n\n" + userCode + "\n"
                + "Successfully logged into Start URL: " + SsoWorld.START_URL + "\n");
        assertThat(operations()).startsWith("RegisterClient", "StartDeviceAuthorization",
                "CreateToken:urn:ietf:params:oauth:grant-type:device_code");
        assertThat(world.read(world.tokenFile("my-sso"))).contains("\"expiresAt\": \"2026-01-15T18:00:00Z\"");
    }

    @Test
    void legacyProfileUsesTheDeviceFlowAndTheStartUrlKey() {
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "legacy");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(world.browser.pages().get(0)).contains("botocore-client-1768471200");
        assertThat(world.read(world.tokenFile(SsoWorld.START_URL))).doesNotContain("refreshToken\": null");
        assertThat(world.tokenFile(SsoWorld.START_URL)).hasFileName("7487b5b67d5fa1132cf33fa93ae51ef38cc37752.json");
        assertThat(world.read(world.registrationFile(null, null)))
                .matches("\\{\"clientId\": \"[^\"]+\", \"clientSecret\": \"[^\"]+\", \"expiresAt\": \"[^\"]+Z\"\\}");
    }

    @Test
    void noBrowserDeviceFlowPrintsBothUrlsAndWaitsTheServiceInterval() {
        world.onSleep(world.emulator::approveAll);
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "legacy", "--no-browser");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(world.browser.opened()).isEmpty();
        assertThat(result.out()).matches("Browser will not be automatically opened.\nPlease visit the following URL:"
                + "\n\nhttp://127.0.0.1:\\d+/device\n\nThen enter the code:\n\n([A-Z]{4}-[A-Z]{4})\n\n"
                + "Alternatively, you may visit the following URL which will autofill the code upon loading:\n"
                + "http://127.0.0.1:\\d+/device\\?user_code=\\1\n"
                + "Successfully logged into Start URL: https://d-1234567890.awsapps.com/start\n");
        assertThat(world.clock.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void slowDownAddsFiveSecondsForGood() {
        world.browser = null;
        world.emulator.injectError("CreateToken", 400, "SlowDownException", "slow down");
        int[] sleeps = {0};
        world.onSleep(() -> {
            if (++sleeps[0] == 2) {
                world.emulator.approveAll();
            }
        });
        CliRun.Result result = world.cli().browser(url -> true).run("sso", "login", "--profile", "legacy");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(world.clock.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void noBrowserPkcePrintsOnlyTheUrlAndTheUserOpensItElsewhere() throws Exception {
        SsoWorld.Background login = world.background(Map.of(), "sso", "login", "--profile", "dev", "--no-browser");
        String url = login.awaitOutput("\n\n(http://\\S+/authorize\\?\\S+)\n");
        world.browser.open(url);
        CliRun.Result result = login.join();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Browser will not be automatically opened.\nPlease visit the following "
                + "URL:\n\n" + url + "\nSuccessfully logged into Start URL: https://d-1234567890.awsapps.com/start\n");
    }

    @Test
    void denialInTheBrowserEndsEachFlowWithTheCliError() {
        world.browser = EmulatorBrowser.denying();
        CliRun.Result device = world.cli().run("sso", "login", "--profile", "legacy");
        assertThat(device.exitCode()).isEqualTo(254);
        assertThat(device.err()).startsWith("\naws: [ERROR]: An error occurred (AccessDeniedException) when calling the "
                + "CreateToken operation: ").hasSizeGreaterThan(90);

        CliRun.Result pkce = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(pkce.exitCode()).isEqualTo(255);
        assertThat(pkce.err()).isEqualTo(
                "\naws: [ERROR]: Error loading authorization code: Failed to retrieve an authorization code.\n");
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(world.tokenFile(SsoWorld.START_URL)).doesNotExist();
    }

    @Test
    void forgedStateIsRejected() {
        world.browser = EmulatorBrowser.allowingWithRedirect(url -> url.replaceAll("state=[^&]+", "state=forged"));
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo(
                "\naws: [ERROR]: Error loading authorization code: State parameter does not match expected value.\n");
        assertThat(world.tokenFile("my-sso")).doesNotExist();
    }

    @Test
    void unapprovedDeviceCodeExpiresOnTheServiceClock() {
        CliRun.Result result = world.cli().browser(url -> true).run("sso", "login", "--profile", "legacy");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: The pending authorization to retrieve an SSO token has expired. "
                + "The login flow to retrieve an SSO token must be restarted.\n");
        assertThat(world.clock.sleeps()).isNotEmpty().allMatch(d -> d.equals(Duration.ofSeconds(5)));
    }

    @Test
    void pkceGivesUpAfterTenMinutesAndClosesTheCallbackPort() {
        AtomicReference<String> url = new AtomicReference<>();
        CliRun.Result result = world.cli().browser(u -> {
            url.set(u);
            world.clock.advance(Duration.ofMinutes(10));
            return true;
        }).run("sso", "login", "--profile", "dev");

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).contains("The pending authorization to retrieve an SSO token has expired.");
        assertThat(callbackPortOpen(url.get())).isFalse();
    }

    @Test
    void interruptExits130LeavesNoTokenAndClosesThePort() throws Exception {
        AtomicReference<String> url = new AtomicReference<>();
        AtomicReference<CliRun.Result> result = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Thread login = new Thread(() -> result.set(world.cli().browser(u -> {
            url.set(u);
            shown.countDown();
            return true;
        }).run("sso", "login", "--profile", "dev")));
        login.start();
        assertThat(shown.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(callbackPortOpen(url.get())).isTrue();
        login.interrupt();
        login.join(30_000);

        assertThat(result.get().exitCode()).isEqualTo(130);
        assertThat(result.get().out()).endsWith("\n\n");
        assertThat(callbackPortOpen(url.get())).isFalse();
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(world.ssoCache()).isDirectoryNotContaining("glob:**.tmp");
    }

    private static boolean callbackPortOpen(String authorizeUrl) {
        Matcher port = Pattern.compile("127.0.0.1%3A(\\d+)%2Foauth").matcher(authorizeUrl);
        assertThat(port.find()).isTrue();
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port.group(1)))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void registrationIsReusedPerFlowAndRenewedWithinFifteenMinutesOfExpiry() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.emulator.clearRequests();
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(operations()).doesNotContain("RegisterClient");

        assertThat(world.cli().run("sso", "login", "--profile", "dev", "--use-device-code").exitCode()).isZero();
        assertThat(operations()).contains("RegisterClient");
        String deviceRegistration = world.read(world.registrationFile(List.of("sso:account:access"), "my-sso"));
        assertThat(deviceRegistration).doesNotContain("grantTypes");

        world.emulator.clearRequests();
        Instant expiry = Instant.parse(deviceRegistration.replaceAll(".*\"expiresAt\": \"([^\"]+)\".*", "$1"));
        world.clock.set(expiry.minus(Duration.ofMinutes(16)));
        assertThat(world.cli().run("sso", "login", "--profile", "dev", "--use-device-code").exitCode()).isZero();
        assertThat(operations()).doesNotContain("RegisterClient");
        world.clock.set(expiry.minus(Duration.ofMinutes(14)));
        assertThat(world.cli().run("sso", "login", "--profile", "dev", "--use-device-code").exitCode()).isZero();
        assertThat(operations()).contains("RegisterClient");
    }

    @Test
    void corruptedCacheFilesAreReplacedByALogin() throws Exception {
        Files.createDirectories(world.ssoCache());
        Files.writeString(world.tokenFile("my-sso"), "{\"startUrl\": \"https://d-1234567890.aws");
        Files.writeString(world.registrationFile(List.of("sso:account:access"), "my-sso"), "not json");
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(operations()).contains("RegisterClient");
        assertThat(world.read(world.tokenFile("my-sso"))).startsWith("{\"startUrl\": ").endsWith("\"}");
    }

    @Test
    void configurationErrorsUseTheCliMessagesAndCodes() {
        world.config(SsoWorld.CONFIG + """
                [profile nosession]
                sso_session = nope
                [profile partial]
                sso_session = half
                [sso-session half]
                sso_start_url = https://d-1234567890.awsapps.com/start
                [profile plain]
                region = us-east-1
                [profile http]
                sso_start_url = http://d-1234567890.awsapps.com/start
                sso_region = us-east-1
                """);
        assertError(world.cli().run("sso", "login", "--profile", "nope"), 255,
                "The config profile (nope) could not be found");
        assertError(world.cli().env("AWS_PROFILE", "nope").run("sso", "login"), 255,
                "The config profile (nope) could not be found");
        assertError(world.cli().run("sso", "login", "--profile", "nosession"), 253,
                "An error occurred (Configuration): The specified sso-session does not exist: \"nope\"");
        assertError(world.cli().run("sso", "login", "--sso-session", "nope"), 253,
                "An error occurred (Configuration): The specified sso-session does not exist: \"nope\"");
        assertError(world.cli().run("sso", "login", "--profile", "partial"), 253,
                "An error occurred (Configuration): Missing the following required SSO configuration values: sso_region.");
        assertError(world.cli().run("sso", "login", "--profile", "plain"), 253,
                "An error occurred (Configuration): Missing the following required SSO configuration values: sso_start_url, sso_region. To make sure "
                        + "this profile is properly configured to use SSO, please run: aws configure sso");
        assertError(world.cli().run("sso", "login", "--profile", "http"), 253,
                "An error occurred (Configuration): The sso_start_url must use the https scheme.");
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void plainLoginWithoutAnyConfigAsksForAConfiguration() {
        world.config("");
        assertError(world.cli().run("sso", "login"), 253, "An error occurred (Configuration): Missing the following required SSO configuration "
                + "values: sso_start_url, sso_region. To make sure this profile is properly configured to use SSO, "
                + "please run: aws configure sso");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertError(world.cli().run("sso", "login", "--bogus"), 252, "An error occurred (ParamValidation): Unknown options: --bogus");
    }

    @Test
    void serviceDownIsAConnectionError() {
        String endpoint = world.emulator.endpoint();
        world.emulator.close();
        assertError(world.cli().run("sso", "login", "--profile", "dev"), 255,
                "Could not connect to the endpoint URL: \"" + endpoint + "/client/register\"");
    }

    @Test
    void anUnknownHostIsAConnectionErrorToo() {
        assertError(world.cli().env("AWS_ENDPOINT_URL_SSO_OIDC", "http://oidc.nowhere.invalid")
                .run("sso", "login", "--profile", "dev"), 255,
                "Could not connect to the endpoint URL: \"http://oidc.nowhere.invalid/client/register\"");
    }

    @Test
    void serverErrorsAreRetriedThenReported() {
        world.emulator.injectError("RegisterClient", 500, "InternalServerException", "flaky");
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();

        for (int i = 0; i < 3; i++) {
            world.emulator.injectError("StartDeviceAuthorization", 500, "InternalServerException", "broken");
        }
        assertError(world.cli().run("sso", "login", "--profile", "legacy"), 254, "An error occurred "
                + "(InternalServerException) when calling the StartDeviceAuthorization operation (reached max "
                + "retries: 2): broken");
    }

    @Test
    void invalidClientFromCreateTokenIsAServiceError() {
        // the 401 body is read (ReadableErrorBodies), so its error_description shows, as 2.36.12 shows it
        world.emulator.injectError("CreateToken", 401, "InvalidClientException", "Client is invalid");
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(result.exitCode()).isEqualTo(254);
        assertThat(result.err()).isEqualTo(
                "\naws: [ERROR]: An error occurred (InvalidClientException) when calling the CreateToken operation: "
                        + "Client is invalid\n");
        assertThat(world.tokenFile("my-sso")).doesNotExist();
    }

    @Test
    void readTimeoutNamesTheEndpoint() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort();
            CliRun.Result result = world.cli().env("AWS_ENDPOINT_URL_SSO_OIDC", endpoint)
                    .run("sso", "login", "--profile", "dev", "--cli-read-timeout", "1");
            assertError(result, 255, "Read timeout on endpoint URL: \"" + endpoint + "/client/register\"");
        }
    }

    @Test
    void unwritableCacheDirectoryFailsWithoutAPartialFile() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/sso"), "a file where the cache directory should be");
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).startsWith("\naws: [ERROR]: [Errno ").contains(home.resolve(".aws/sso").toString());
        assertThat(world.read(home.resolve(".aws/sso"))).isEqualTo("a file where the cache directory should be");
    }

    @Test
    void theSeedsTroubleshootingRecipeRunsAsACompleteCommand() throws Exception {
        world.config("""
                [profile my-profile]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = AdministratorAccess
                region = eu-west-2
                output = json
                [sso-session my-sso]
                sso_start_url = https://my-company.awsapps.com/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access
                """);
        SsoWorld.Background login = world.background(Map.of("AWS_CLI_AUTO_PROMPT", "on-partial"),
                "sso", "login", "--profile", "my-profile", "--no-browser");
        world.browser.open(login.awaitOutput("\n\n(http://\\S+/authorize\\?\\S+)\n"));
        CliRun.Result result = login.join();
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Browser will not be automatically opened.\n")
                .endsWith("Successfully logged into Start URL: https://my-company.awsapps.com/start\n");

        assertThat(world.cli().run("sso", "login", "--sso-session", "my-sso").exitCode()).isZero();
        assertThat(world.read(world.tokenFile("my-sso"))).contains("\"region\": \"eu-west-1\"");
    }

    private static void assertError(CliRun.Result result, int code, String message) {
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: " + message + "\n");
        assertThat(result.exitCode()).isEqualTo(code);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aServicesSectionOfTheProfileSendsTheLoginToItsEndpoint() {
        world.config(SsoWorld.CONFIG.replace("[profile dev]\n", "[profile dev]\nservices = local\n")
                + "[services local]\nsso_oidc =\n    endpoint_url = " + world.emulator.endpoint() + "\n");
        CliRun.Result result = CliRun.in(home).clock(world.clock).sleeper(world.clock.sleeper())
                .browser(world.browser).run("sso", "login", "--profile", "dev");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(operations()).contains("RegisterClient", "CreateToken:authorization_code");

        world.config(SsoWorld.CONFIG.replace("[profile dev]\n", "[profile dev]\nservices = missing\n"));
        assertError(world.cli().run("sso", "login", "--profile", "dev"), 255, "The profile is configured to use "
                + "the services section but the \"missing\" services configuration does not exist.");
    }
}
