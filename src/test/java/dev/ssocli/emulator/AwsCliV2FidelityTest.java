package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real AWS CLI v2 (Debian 2.9.19, {@code /usr/bin/aws}) logs in with the device flow and calls STS against the
 * emulator. 2.9.19 predates {@code AWS_ENDPOINT_URL_*}, so its endpoint rule sets are shadowed through
 * {@code AWS_DATA_PATH} (docs/wire-protocols.md#older-clients).
 */
class AwsCliV2FidelityTest {
    private static final String AWS = "/usr/bin/aws";
    private static final Pattern USER_CODE = Pattern.compile("^([A-Z]{4}-[A-Z]{4})$");

    @TempDir
    Path tmp;

    /** A temp HOME with a legacy SSO profile, and an environment that sends the CLI to the emulator. */
    private Map<String, String> environment(Emulator emulator) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile legacy]\n"
                + "sso_start_url = " + Emulator.START_URL + "\n"
                + "sso_region = us-east-1\n"
                + "sso_account_id = 123456789012\n"
                + "sso_role_name = ReadOnly\n"
                + "region = eu-west-1\n"
                + "output = json\n"
                + "[profile chain]\n"
                + "role_arn = arn:aws:iam::210987654321:role/Deploy\n"
                + "source_profile = legacy\n"
                + "role_session_name = cli-chain\n"
                + "region = eu-west-1\n");
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        env.put("AWS_DATA_PATH", ExternalCommand.awsCliDataPath(tmp.resolve("data"), emulator.endpoint()).toString());
        env.put("AWS_PAGER", "");
        return env;
    }

    @Test
    @Timeout(180)
    void theAwsCliLogsInWithTheDeviceCodeAndGetsTheCallerIdentity() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = environment(emulator);
            Path home = Path.of(env.get("HOME"));

            try (ExternalCommand login = ExternalCommand.start(List.of(AWS, "sso", "login", "--profile", "legacy",
                    "--no-browser"), env, home)) {
                Matcher code = login.awaitLine(USER_CODE);
                assertThat(emulator.approveAll()).extracting(Authorization::userCode).containsExactly(code.group(1));
                ExternalCommand.Result result = login.finish();
                assertThat(result.exitCode()).as(result.err()).isZero();
                assertThat(result.out()).startsWith("Browser will not be automatically opened.\nPlease visit the"
                        + " following URL:\n\n" + emulator.endpoint() + "/device\n");
                assertThat(result.out()).contains(emulator.endpoint() + "/device?user_code=" + code.group(1) + "\n");
                assertThat(result.out()).endsWith("Successfully logged into Start URL: " + Emulator.START_URL + "\n");
            }
            assertThat(emulator.requests()).extracting(RecordedRequest::grantType)
                    .contains("urn:ietf:params:oauth:grant-type:device_code").doesNotContain("refresh_token");

            ExternalCommand.Result identity = ExternalCommand.run(List.of(AWS, "sts", "get-caller-identity",
                    "--profile", "legacy"), env, home);
            assertThat(identity.exitCode()).as(identity.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(identity.out());
            assertThat(json.get("Account").asText()).isEqualTo("123456789012");
            assertThat(json.get("Arn").asText()).matches("arn:aws:sts::123456789012:assumed-role/"
                    + "AWSReservedSSO_ReadOnly_[0-9a-f]{16}/alice@example\\.com");
            assertThat(json.get("UserId").asText()).matches("AROA[A-Z2-7]{17}:alice@example\\.com");

            ExternalCommand.Result chained = ExternalCommand.run(List.of(AWS, "sts", "get-caller-identity",
                    "--profile", "chain", "--query", "Arn", "--output", "text"), env, home);
            assertThat(chained.exitCode()).as(chained.err()).isZero();
            assertThat(chained.out()).isEqualTo("arn:aws:sts::210987654321:assumed-role/Deploy/cli-chain\n");

            ExternalCommand.Result logout = ExternalCommand.run(List.of(AWS, "sso", "logout"), env, home);
            assertThat(logout.exitCode()).as(logout.err()).isZero();
            assertThat(emulator.requests()).extracting(RecordedRequest::operation).containsSubsequence(
                    "GetRoleCredentials", "GetCallerIdentity", "AssumeRole", "GetCallerIdentity", "Logout")
                    .endsWith("Logout");
        }
    }

    @Test
    @Timeout(180)
    void aDeniedRequestEndsTheCliLoginWithAccessDenied() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = environment(emulator);
            try (ExternalCommand login = ExternalCommand.start(List.of(AWS, "sso", "login", "--profile", "legacy",
                    "--no-browser"), env, Path.of(env.get("HOME")))) {
                login.awaitLine(USER_CODE);
                assertThat(emulator.denyAll()).hasSize(1);
                ExternalCommand.Result result = login.finish();
                assertThat(result.exitCode()).isEqualTo(254);
                assertThat(result.err()).isEqualTo("\nAn error occurred (AccessDeniedException) when calling the"
                        + " CreateToken operation: \n");
            }
        }
    }

    @Test
    @Timeout(180)
    void anExpiredDeviceCodeEndsTheCliLoginWithPendingAuthorizationExpired() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (Emulator emulator = Emulator.builder().clock(clock).start()) {
            Map<String, String> env = environment(emulator);
            try (ExternalCommand login = ExternalCommand.start(List.of(AWS, "sso", "login", "--profile", "legacy",
                    "--no-browser"), env, Path.of(env.get("HOME")))) {
                login.awaitLine(USER_CODE);
                clock.advance(Duration.ofMinutes(10));
                ExternalCommand.Result result = login.finish();
                assertThat(result.exitCode()).isEqualTo(255);
                // 2.9.19's wording; current v2 says "The login flow" (docs/wire-protocols.md#device-code-flow).
                assertThat(result.err()).isEqualTo("\nThe pending authorization to retrieve an SSO token has expired."
                        + " The device authorization flow to retrieve an SSO token must be restarted.\n");
            }
        }
    }
}
