package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.WireFault;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers the services would never give (issue 14, cases 1, 4, 5, 8, 9): each is checked against what AWS CLI
 * 2.36.12 does with the same bytes, and none may cost a session or leave a file half-right.
 */
class BadAnswersTest {
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

    private void login() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.emulator.clearRequests();
    }

    private void inject(String operation, WireFault fault, int times) {
        for (int i = 0; i < times; i++) {
            world.emulator.injectFault(operation, fault);
        }
    }

    static Stream<WireFault> unusableTokenAnswers() {
        return Stream.of(WireFault.raw(200, null, ""),
                WireFault.raw(200, "text/html", "<html><body>Sign in to the proxy</body></html>"),
                WireFault.raw(200, "application/json", "{\"accessToken\": \"x\""),
                WireFault.raw(200, "application/json", "{\"expiresIn\": 3600}"),
                WireFault.raw(200, "application/json", "{\"accessToken\": \"x\", \"tokenType\": \"Bearer\"}"),
                WireFault.raw(200, "application/json", "[]"));
    }

    @ParameterizedTest
    @MethodSource("unusableTokenAnswers")
    void aRefreshAnsweredWithoutATokenKeepsTheCacheByteForByteAndUsesTheValidToken(WireFault answer)
            throws IOException {
        login();
        world.clock.advance(Duration.ofHours(7).plusMinutes(55));
        byte[] before = Files.readAllBytes(world.tokenFile("my-sso"));
        inject("CreateToken", answer, 1);

        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--profile", "dev");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(world.tokenFile("my-sso"))).isEqualTo(before);
        // the endpoint recovers: the next run refreshes with the refresh token that was kept
        CliRun.Result next = world.cli().run("sts", "get-caller-identity", "--profile", "dev");
        assertThat(next.exitCode()).isZero();
        assertThat(world.read(world.tokenFile("my-sso"))).doesNotContain("null").contains("\"refreshToken\"");
    }

    @Test
    void aRefreshThatCannotBeAnsweredAtAllAlsoFallsBackToTheValidToken() throws IOException {
        login();
        world.clock.advance(Duration.ofHours(7).plusMinutes(55));
        byte[] before = Files.readAllBytes(world.tokenFile("my-sso"));
        inject("CreateToken", WireFault.reset(), 3);

        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--profile", "dev");

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(world.tokenFile("my-sso"))).isEqualTo(before);
    }

    @Test
    void anExpiredTokenWhoseRefreshIsAnsweredWithoutATokenFailsLikeTheCliAndWritesNothing() throws IOException {
        login();
        world.clock.advance(Duration.ofHours(8).plusMinutes(1));
        byte[] before = Files.readAllBytes(world.tokenFile("my-sso"));
        inject("CreateToken", WireFault.raw(200, null, ""), 1);

        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--profile", "dev");

        // AWS CLI 2.36.12: "aws: [ERROR]: 'expiresIn'", exit 255
        assertThat(result.err()).contains("'expiresIn'").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(Files.readAllBytes(world.tokenFile("my-sso"))).isEqualTo(before);
    }

    @Test
    void aLoginAnsweredWithoutATokenFailsAndCachesNoToken() {
        inject("CreateToken", WireFault.raw(200, null, ""), 1);

        CliRun.Result device = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");

        assertThat(device.out()).doesNotContain("Successfully logged into");
        assertThat(device.err()).contains("'expiresIn'");
        assertThat(device.exitCode()).isEqualTo(255);
        assertThat(world.tokenFile("my-sso")).doesNotExist();

        inject("CreateToken", WireFault.raw(200, "text/html", "<html>portal maintenance</html>"), 1);
        CliRun.Result pkce = world.cli().run("sso", "login", "--profile", "dev");

        assertThat(pkce.out()).doesNotContain("Successfully logged into");
        assertThat(pkce.err()).contains("'expiresIn'");
        assertThat(pkce.exitCode()).isEqualTo(255);
        assertThat(world.tokenFile("my-sso")).doesNotExist();
    }

    @Test
    void aRegistrationAnsweredWithoutItsMembersIsNotCached() throws IOException {
        inject("RegisterClient", WireFault.raw(200, null, ""), 1);
        CliRun.Result empty = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(empty.err()).contains("'clientSecretExpiresAt'");
        assertThat(empty.exitCode()).isEqualTo(255);

        inject("RegisterClient", WireFault.raw(200, "application/json", "{\"clientSecretExpiresAt\": 4102444800}"), 1);
        CliRun.Result partial = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(partial.err()).contains("'clientId'");
        assertThat(partial.exitCode()).isEqualTo(255);

        if (Files.isDirectory(world.ssoCache())) {
            try (Stream<Path> files = Files.list(world.ssoCache())) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aDeviceAuthorizationWithoutItsMembersFailsBeforeAnyPrompt() {
        inject("StartDeviceAuthorization", WireFault.raw(200, null, ""), 1);

        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");

        assertThat(result.out()).doesNotContain("user code");
        assertThat(result.err()).contains("'expiresIn'");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(world.tokenFile("my-sso")).doesNotExist();
    }

    @Test
    void roleCredentialsWithoutTheirMembersAreAnErrorNotAJavaMessage() {
        login();
        inject("GetRoleCredentials", WireFault.raw(200, null, ""), 1);
        CliRun.Result empty = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(empty.err()).isEqualTo("\naws: [ERROR]: 'roleCredentials'\n");
        assertThat(empty.exitCode()).isEqualTo(255);

        inject("GetRoleCredentials", WireFault.raw(200, "application/json", "{\"roleCredentials\": {}}"), 1);
        CliRun.Result partial = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(partial.err()).isEqualTo("\naws: [ERROR]: 'accessKeyId'\n");
        assertThat(partial.exitCode()).isEqualTo(255);
        assertThat(home.resolve(".aws/cli/cache")).satisfiesAnyOf(
                dir -> assertThat(dir).doesNotExist(), dir -> assertThat(dir).isEmptyDirectory());
    }

    @Test
    void unmodelledErrorsNameTheStatusOrCodeWithExit254() {
        login();
        inject("GetRoleCredentials", WireFault.raw(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"), 3);
        CliRun.Result gateway = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(gateway.err()).isEqualTo("\naws: [ERROR]: An error occurred (502) when calling the GetRoleCredentials operation "
                + "(reached max retries: 2): Bad Gateway\n");
        assertThat(gateway.exitCode()).isEqualTo(254);

        inject("GetRoleCredentials", WireFault.raw(404, null, ""), 1);
        CliRun.Result notFound = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(notFound.err()).isEqualTo("\naws: [ERROR]: An error occurred (404) when calling the GetRoleCredentials "
                + "operation:\n");
        assertThat(notFound.exitCode()).isEqualTo(254);

        world.emulator.injectError("CreateToken", 400, "BrandNewException", "something new");
        CliRun.Result unknown = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(unknown.err()).startsWith("\naws: [ERROR]: An error occurred (BrandNewException) when calling the CreateToken "
                + "operation");
        assertThat(unknown.exitCode()).isEqualTo(254);
    }

    @Test
    void stsErrorsAndUnusableStsAnswersAreErrorsNotNone() {
        login();
        inject("GetCallerIdentity", WireFault.raw(401, "text/xml", "<ErrorResponse><Error><Code>InvalidClientTokenId"
                + "</Code><Message>The security token included in the request is invalid.</Message></Error>"
                + "</ErrorResponse>"), 1);
        CliRun.Result unauthorized = world.cli().run("sts", "get-caller-identity", "--profile", "dev");
        // HttpURLConnection drops the body of a 401 to a streamed POST, so STS's code in it is lost (the CLI names
        // InvalidClientTokenId); the status and exit code are the CLI's
        assertThat(unauthorized.err()).startsWith("\naws: [ERROR]: An error occurred (").contains(
                ") when calling the GetCallerIdentity operation:");
        assertThat(unauthorized.exitCode()).isEqualTo(254);

        inject("GetCallerIdentity", WireFault.raw(200, "text/html", "<html>captive portal</html>"), 1);
        CliRun.Result html = world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--query", "Account",
                "--output", "text");
        assertThat(html.out()).isEmpty();
        assertThat(html.err()).isEqualTo("\naws: [ERROR]: 'GetCallerIdentityResult'\n");
        assertThat(html.exitCode()).isEqualTo(255);

        inject("GetCallerIdentity", WireFault.raw(200, null, ""), 1);
        CliRun.Result empty = world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--query", "Account",
                "--output", "text");
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).isEqualTo("\naws: [ERROR]: Unable to parse response (no element found: line 1, column 0), invalid "
                + "XML received. Further retries may succeed:\nb''\n");
        assertThat(empty.exitCode()).isEqualTo(255);
    }

    @Test
    void logoutWithABrokenLogoutEndpointStillRemovesTheLocalSession() {
        login();
        assertThat(world.cli().run("configure", "export-credentials", "--profile", "dev").exitCode()).isZero();
        inject("Logout", WireFault.raw(502, "text/html", "<html>Bad Gateway</html>"), 3);

        CliRun.Result result = world.cli().run("sso", "logout");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(home.resolve(".aws/cli/cache")).isEmptyDirectory();
    }

    @Test
    void oidcErrorsKeepTheirDescriptionWhateverTheStatus() {
        world.emulator.injectError("RegisterClient", 401, "InvalidClientException", "Client authentication failed");
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (InvalidClientException) when calling the "
                + "RegisterClient operation: Client authentication failed\n");
        assertThat(result.exitCode()).isEqualTo(254);
    }

    @Test
    void anHtmlPageInsteadOfAnOidcOrPortalAnswerIsNotCalledAClosedConnection() {
        inject("RegisterClient", WireFault.raw(200, "text/html", "<html>x</html>"), 1);
        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: 'clientSecretExpiresAt'\n");
        assertThat(result.exitCode()).isEqualTo(255);
    }

}
