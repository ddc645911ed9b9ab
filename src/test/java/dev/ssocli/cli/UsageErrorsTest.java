package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorsTest {
    private static final String USAGE = "\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n";

    @TempDir
    Path home;

    @Test
    void noCommandIsAUsageError() {
        CliRun.Result result = CliRun.in(home).run();
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(USAGE + "aws: error: the following arguments are required: command\n\n");
    }

    @Test
    void serviceWithoutOperation() {
        CliRun.Result result = CliRun.in(home).run("sso");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).endsWith("aws: error: the following arguments are required: operation\n\n");
    }

    @Test
    void unknownOptionOnServiceOperationShowsUsage() {
        CliRun.Result result = CliRun.in(home).run("sts", "get-caller-identity", "--bogus-opt");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo(USAGE + "Unknown options: --bogus-opt\n\n");
    }

    @Test
    void unknownOptionOnCustomCommandIsOneLine() {
        CliRun.Result result = CliRun.in(home).run("sso", "logout", "--sso-sesion", "my-sso");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo("\nUnknown options: --sso-sesion,my-sso\n");
    }

    @Test
    void globalOptionsAreAcceptedAfterTheCommand() {
        CliRun.Result result = CliRun.in(home).run("sts", "get-caller-identity", "--output", "bogus");
        assertThat(result.exitCode()).isEqualTo(252);
        // Captured from AWS CLI 2.9.19: two choices per row, each padded to 40 columns, padding kept.
        assertThat(result.err()).isEqualTo(USAGE + "aws: error: argument --output: Invalid choice, valid choices are:"
                + "\n\njson                                     | text                                    \n"
                + "table                                    | yaml                                    \n"
                + "yaml-stream                             \n\n");
    }

    @Test
    void versionNamesThisImplementation() {
        CliRun.Result result = CliRun.in(home).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("aws-cli/\\S+ aws-sso-java/\\S+ Java/\\S+ \\S+/\\S+ source/\\S+ prompt/off\n");
    }
}
