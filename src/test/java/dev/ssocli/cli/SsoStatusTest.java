package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso status}: token validity from the caches, exit codes 0/1/2, no request to any endpoint. */
class SsoStatusTest {
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

    @Test
    void reportsEverySessionAndLegacyStartUrlWithoutTheNetwork() {
        login();
        world.clock.advance(Duration.ofHours(1));

        CliRun.Result result = world.cli().run("sso", "status");

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                {
                    "Sessions": [
                        {
                            "SsoSession": "my-sso",
                            "StartUrl": "https://d-1234567890.awsapps.com/start",
                            "SsoRegion": "us-east-1",
                            "Status": "valid",
                            "ExpiresAt": "2026-01-15T18:00:00Z",
                            "SecondsLeft": 25200,
                            "Refreshable": true
                        },
                        {
                            "StartUrl": "https://d-1234567890.awsapps.com/start",
                            "SsoRegion": "us-east-1",
                            "Status": "missing",
                            "Refreshable": false
                        }
                    ]
                }
                """);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void exitCodeFollowsTheTimeLeftAndWhetherARefreshCanHelp() {
        login();
        CliRun.Result fresh = world.cli().run("sso", "status", "--sso-session", "my-sso", "--output", "text");
        assertThat(fresh.exitCode()).isZero();
        assertThat(fresh.out()).isEqualTo("SESSIONS\t2026-01-15T18:00:00Z\tTrue\t28800\tus-east-1\tmy-sso"
                + "\thttps://d-1234567890.awsapps.com/start\tvalid\n");

        world.clock.advance(Duration.ofHours(7).plusMinutes(50));
        assertThat(world.cli().run("sso", "status", "--profile", "dev", "--query", "Sessions[0].Status",
                "--output", "text").out()).isEqualTo("expiring\n");
        assertThat(world.cli().run("sso", "status", "--profile", "dev").exitCode()).isEqualTo(1);
        assertThat(world.cli().run("sso", "status", "--profile", "dev", "--min-valid", "5m").exitCode()).isZero();
        assertThat(world.cli().run("sso", "status", "--profile", "dev", "--min-valid", "600").exitCode()).isZero();

        world.clock.advance(Duration.ofMinutes(20));
        CliRun.Result expired = world.cli().run("sso", "status", "--profile", "dev", "--query",
                "Sessions[0].[Status,SecondsLeft,Refreshable]", "--output", "text");
        assertThat(expired.out()).isEqualTo("expired\t0\tTrue\n");
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void anExpiredTokenWithoutARefreshTokenNeedsALogin() throws Exception {
        Files.createDirectories(world.ssoCache());
        Files.writeString(world.tokenFile(SsoWorld.START_URL), "{\"startUrl\": \"" + SsoWorld.START_URL
                + "\", \"region\": \"us-east-1\", \"accessToken\": \"t\", \"expiresAt\": \"2026-01-15T09:00:00Z\"}");

        CliRun.Result result = world.cli().run("sso", "status", "--profile", "legacy", "--output", "text");

        assertThat(result.out()).isEqualTo("SESSIONS\t2026-01-15T09:00:00Z\tFalse\t0\tus-east-1"
                + "\thttps://d-1234567890.awsapps.com/start\texpired\n");
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void aCorruptTokenFileCountsAsMissing() throws Exception {
        Files.createDirectories(world.ssoCache());
        Files.writeString(world.tokenFile("my-sso"), "{not json");

        CliRun.Result result = world.cli().run("sso", "status", "--sso-session", "my-sso", "--query",
                "Sessions[0].Status", "--output", "text");

        assertThat(result.out()).isEqualTo("missing\n");
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void badFlagsAreAwsStyleErrors() {
        CliRun.Result duration = world.cli().run("sso", "status", "--min-valid", "soon");
        assertThat(duration.exitCode()).isEqualTo(252);
        assertThat(duration.err()).contains("Invalid value for --min-valid: \"soon\"");

        CliRun.Result session = world.cli().run("sso", "status", "--sso-session", "nope");
        assertThat(session.exitCode()).isEqualTo(253);
        assertThat(session.err()).contains("The specified sso-session does not exist: \"nope\"");
    }
}
