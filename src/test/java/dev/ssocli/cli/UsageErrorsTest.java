package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage and parameter errors as AWS CLI 2.36.12 prints them (bytes captured from it). */
class UsageErrorsTest {
    private static final String USAGE = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

    @TempDir
    Path home;

    @Test
    void noCommandIsAUsageError() {
        CliRun.Result result = CliRun.in(home).run();
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): the following "
                + "arguments are required: command\n\n" + USAGE);
    }

    @Test
    void serviceWithoutOperation() {
        CliRun.Result result = CliRun.in(home).run("sso");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): the following "
                + "arguments are required: operation\n\n" + USAGE);
    }

    @Test
    void unknownOptionOnServiceOperationShowsUsageAndIsNeverStructured() {
        for (String format : new String[] {"enhanced", "json"}) {
            CliRun.Result result = CliRun.in(home).run("--cli-error-format", format, "sts", "get-caller-identity",
                    "--bogus-opt");
            assertThat(result.exitCode()).isEqualTo(252);
            assertThat(result.err()).isEqualTo("\n" + USAGE + "\n\naws: [ERROR]: Unknown options: --bogus-opt\n");
        }
    }

    @Test
    void unknownOptionOnCustomCommandIsAParameterError() {
        CliRun.Result result = CliRun.in(home).run("sso", "logout", "--sso-sesion", "my-sso");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo(
                "\naws: [ERROR]: An error occurred (ParamValidation): Unknown options: --sso-sesion,my-sso\n");
    }

    @Test
    void invalidChoiceNamesTheCloseOnes() {
        CliRun.Result result = CliRun.in(home).run("sts", "get-caller-identity", "--output", "jsn");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): argument --output: "
                + "Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json\n\n" + USAGE);
        CliRun.Result far = CliRun.in(home).run("--output", "xml", "sts", "get-caller-identity");
        assertThat(far.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): argument --output: "
                + "Found invalid choice 'xml'\n\n\n" + USAGE);
        CliRun.Result command = CliRun.in(home).run("stss");
        assertThat(command.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): argument command: "
                + "Found invalid choice 'stss'\n\nMaybe you meant:\n\n  * sts\n\n" + USAGE);
    }

    @Test
    void theErrorFormatFlagCountsOnlyOnceTheMainParserAcceptedTheLine() {
        CliRun.Result afterMain = CliRun.in(home).run("--cli-error-format", "json", "sts");
        assertThat(afterMain.err()).isEqualTo("{\n    \"Code\": \"ParamValidation\",\n    \"Message\": \"the following "
                + "arguments are required: operation\\n\\n" + USAGE.replace("\n", "\\n") + "\"\n}\n");
        CliRun.Result inMain = CliRun.in(home).run("--cli-error-format", "json", "--output", "xml", "sts");
        assertThat(inMain.err()).startsWith("\naws: [ERROR]: An error occurred (ParamValidation): argument --output");
        assertThat(CliRun.in(home).run("--cli-error-format", "bogus", "sts").err()).startsWith("\naws: [ERROR]: An "
                + "error occurred (ParamValidation): argument --cli-error-format: Found invalid choice 'bogus'\n");
    }

    @Test
    void theEnvironmentAndTheProfileChooseTheErrorFormatAndAMissingProfileFallsBackToLegacy() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile p]\ncli_error_format = TEXT\n");
        assertThat(CliRun.in(home).env("AWS_CLI_ERROR_FORMAT", "text").run("sts").err())
                .startsWith("ParamValidation\tthe following arguments are required: operation\n");
        assertThat(CliRun.in(home).run("--profile", "p", "sts").err())
                .startsWith("ParamValidation\tthe following arguments are required: operation\n");
        assertThat(CliRun.in(home).env("AWS_CLI_ERROR_FORMAT", "bogus").run("sts").err())
                .startsWith("\naws: [ERROR]: An error occurred (ParamValidation): the following");
        assertThat(CliRun.in(home).run("--profile", "nope", "sts").err())
                .startsWith("\naws: [ERROR]: the following arguments are required: operation\n\nusage:");
    }

    @Test
    void theFirstPassProfileParserHasItsOwnUsage() {
        CliRun.Result result = CliRun.in(home).run("--profile");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): argument --profile: "
                + "expected one argument\n\nusage: aws [--profile PROFILE] [--debug]\n");
    }

    @Test
    void everyMissingPositionalIsNamed() {
        assertThat(CliRun.in(home).run("configure", "set").err()).startsWith("\naws: [ERROR]: An error occurred "
                + "(ParamValidation): the following arguments are required: varname, value\n\nusage:");
    }

    @Test
    void versionNamesTheMatchedReleaseAndThisImplementation() {
        CliRun.Result result = CliRun.in(home).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("aws-cli/2\\.36\\.12 aws-sso-java/\\S+ Java/\\S+ \\S+/\\S+ source/\\S+\n");
    }
}
