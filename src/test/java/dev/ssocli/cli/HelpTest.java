package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpTest {
    @TempDir
    Path home;

    @Test
    void rootHelpListsCommandsAndGlobalOptions() {
        CliRun.Result result = CliRun.in(home).run("help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--profile=<value>", "--cli-read-timeout", "configure", "sso", "sts");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void commandHelpShowsItsOwnOptionsOnly() {
        CliRun.Result result = CliRun.in(home).run("sso", "login", "help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: aws sso login [OPTIONS]")
                .contains("--use-device-code", "--no-browser", "--sso-session", "see 'aws help'")
                .doesNotContain("--cli-read-timeout");
    }

    @Test
    void helpAfterGlobalOptionsStillFindsTheCommand() {
        CliRun.Result result = CliRun.in(home).run("--profile", "dev", "configure", "sso", "help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: aws configure sso [OPTIONS]").contains("--sso-start-url");
    }
}
