package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso exec} and {@code sso console}, the additions that use a profile's role. */
class SsoExecAndConsoleTest {
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

    @Test
    void execGivesTheCommandTheProfilesCredentialsAndRegionAndItsExitCode() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        String exported = world.cli().run("configure", "export-credentials", "--profile", "dev", "--format",
                "env-no-export").out();
        Path seen = home.resolve("seen.env");

        CliRun.Result result = world.cli().env("AWS_PROFILE", "dev").env("AWS_DEFAULT_PROFILE", "dev")
                .env("AWS_SESSION_TOKEN", "stale").run("sso", "exec", "--", "sh", "-c", "env > \"$0\"; exit 7",
                        seen.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(7);
        List<String> env = Files.readAllLines(seen);
        assertThat(env).containsAll(exported.lines().toList())
                .contains("AWS_REGION=eu-west-2", "AWS_DEFAULT_REGION=eu-west-2")
                .noneMatch(line -> line.startsWith("AWS_PROFILE=") || line.startsWith("AWS_DEFAULT_PROFILE="))
                .doesNotContain("AWS_SESSION_TOKEN=stale");
        assertThat(exported).contains("AWS_SESSION_TOKEN=", "AWS_CREDENTIAL_EXPIRATION=");
    }

    @Test
    void execReportsASignalledChildAsAShellDoes() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();

        CliRun.Result result = world.cli().run("--profile", "dev", "sso", "exec", "--", "sh", "-c", "kill -TERM $$");

        assertThat(result.exitCode()).isEqualTo(128 + 15);
    }

    @Test
    void execFailsCleanlyWithoutCredentialsOrProgram() {
        CliRun.Result noToken = world.cli().run("sso", "exec", "--profile", "dev", "--", "true");
        assertThat(noToken.exitCode()).isNotZero();
        assertThat(noToken.err()).doesNotContain("Exception").contains("Error loading SSO Token: Token for my-sso does not exist");

        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        CliRun.Result noProgram = world.cli().run("sso", "exec", "--profile", "dev", "--", "no-such-program-x");
        assertThat(noProgram.exitCode()).isEqualTo(255);
        assertThat(noProgram.err()).contains("Unable to run no-such-program-x: No such file or directory");
    }

    @Test
    void consolePrintsAndOpensThePortalShortcutWithoutTheNetwork() {
        List<String> opened = new ArrayList<>();
        CliRun.Result result = world.cli().browser(url -> opened.add(url)).run("sso", "console", "--profile", "dev",
                "--destination", "https://console.aws.amazon.com/s3/home?region=eu-west-2");

        String link = "https://d-1234567890.awsapps.com/start/#/console?account_id=123456789012&role_name=ReadOnly"
                + "&destination=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3%2Fhome%3Fregion%3Deu-west-2";
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(link + "\n");
        assertThat(opened).containsExactly(link);
        assertThat(world.emulator.requests()).isEmpty();

        CliRun.Result legacy = world.cli().browser(url -> opened.add(url)).run("sso", "console", "--profile",
                "legacy", "--no-browser");
        assertThat(legacy.out()).isEqualTo("https://d-1234567890.awsapps.com/start/#/console?"
                + "account_id=123456789012&role_name=ReadOnly\n");
        assertThat(opened).hasSize(1);
    }

    @Test
    void consoleNamesWhatTheProfileLacks() {
        world.config(SsoWorld.CONFIG + "[profile session-only]\nsso_session = my-sso\n");

        CliRun.Result result = world.cli().run("sso", "console", "--profile", "session-only", "--no-browser");

        assertThat(result.exitCode()).isEqualTo(253);
        assertThat(result.err()).contains("Missing the following required SSO configuration values: "
                + "sso_account_id, sso_role_name.");
        assertThat(world.cli().run("sso", "console", "--profile", "nope").exitCode()).isEqualTo(255);
    }
}
