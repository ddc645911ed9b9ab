package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code bin/aws} found no real AWS CLI for a line we do not implement, it runs ours with the reason in
 * {@code AWS_SSO_NO_REAL_CLI}: the usage error comes first, then that line; other outcomes are untouched.
 */
class NoRealCliTest {
    private static final String WHY = "aws: no other AWS CLI (aws) was found on PATH to run this command; name one "
            + "with AWS_SSO_REAL_CLI=/path/to/aws";

    @TempDir
    Path home;

    @Test
    void theReasonFollowsTheUsageError() {
        CliRun.Result result = CliRun.in(home).env(Cli.NO_REAL_CLI, WHY).run("s3", "ls");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("\naws: [ERROR]: An error occurred (ParamValidation): argument command: "
                + "Found invalid choice 's3'\n").endsWith("\n" + WHY + "\n");
        CliRun.Result subcommand = CliRun.in(home).env(Cli.NO_REAL_CLI, WHY).run("configure", "import");
        assertThat(subcommand.exitCode()).isEqualTo(252);
        assertThat(subcommand.err()).contains("Found invalid choice 'import'").endsWith("\n" + WHY + "\n");
    }

    @Test
    void withoutAUsageErrorThereIsNoReason() {
        CliRun.Result help = CliRun.in(home).env(Cli.NO_REAL_CLI, WHY).run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).doesNotContain(WHY);
        CliRun.Result missing = CliRun.in(home).env(Cli.NO_REAL_CLI, WHY).run("configure", "get", "region");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).doesNotContain(WHY);
        assertThat(CliRun.in(home).run("s3", "ls").err()).doesNotContain("AWS_SSO_REAL_CLI");
    }
}
