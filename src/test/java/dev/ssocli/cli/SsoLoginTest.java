package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
}
