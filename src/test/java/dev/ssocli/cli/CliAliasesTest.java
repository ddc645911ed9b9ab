package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.config.AliasFile;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aliases applied by us when {@code bin/aws} found no real CLI ({@code awscli/alias.py}'s rules; CliAliasIT compares
 * the bytes with AWS CLI 2.36.12), and the CLI's refusal to run anything with an alias file it cannot parse.
 */
class CliAliasesTest {
    private static final String NO_CLI = "aws: no other AWS CLI (aws) was found on PATH to run this command";

    @TempDir
    Path home;

    private AliasFile aliases(String text) throws Exception {
        Files.createDirectories(home.resolve(".aws/cli"));
        Files.writeString(home.resolve(".aws/cli/alias"), text);
        return AliasFile.load(home).orElseThrow();
    }

    private static String[] line(CliAliases.Outcome outcome) {
        return ((CliAliases.Line) outcome).args();
    }

    @Test
    void aServiceAliasIsReplacedByItsWordsWithItsGlobalOptionsLast() throws Exception {
        AliasFile file = aliases("[toplevel]\nreg = configure get region --region eu-west-1\n");
        assertThat(line(CliAliases.apply(new String[] {"--output", "text", "reg", "--region", "x", "--query", "q"},
                file))).containsExactly("--output", "text", "configure", "get", "region", "--region", "x", "--query",
                "q", "--region", "eu-west-1");
        String[] unchanged = {"sts", "get-caller-identity"};
        assertThat(line(CliAliases.apply(unchanged, file))).isSameAs(unchanged);
    }

    @Test
    void aliasesChainStopAtTheCommandTheyShadowAndRefuseACycle() throws Exception {
        AliasFile file = aliases("[toplevel]\nsts = sts --region eu-west-1\nme = sts\na = b\nb = a\n"
                + "[command sts]\nwho = get-caller-identity\nget-caller-identity = get-caller-identity --output text\n");
        assertThat(line(CliAliases.apply(new String[] {"me", "who"}, file)))
                .containsExactly("sts", "get-caller-identity", "--region", "eu-west-1", "--output", "text");
        assertThatThrownBy(() -> CliAliases.apply(new String[] {"a"}, file)).isInstanceOf(GeneralException.class)
                .hasMessage("maximum recursion depth exceeded");
    }

    @Test
    void aShellAliasGetsTheRemainingWordsQuotedAndNoGlobalOptions() throws Exception {
        AliasFile file = aliases("[toplevel]\nhi = !echo hi\n[command sso]\nx = !printf '%s|'\n");
        CliAliases.Outcome outcome = CliAliases.apply(new String[] {"--debug", "hi", "a b", "--region", "r", "it's"},
                file);
        assertThat(outcome).isEqualTo(new CliAliases.Shell("hi", "echo hi 'a b' 'it'\"'\"'s'"));
        assertThat(CliAliases.apply(new String[] {"sso", "--profile", "p", "x", "y"}, file))
                .isEqualTo(new CliAliases.Shell("x", "printf '%s|' y"));
    }

    @Test
    void badAliasesFailWithTheCliTexts() throws Exception {
        AliasFile file = aliases("[toplevel]\nq = configure \"get\np = configure get region --profile a --debug\n");
        assertThatThrownBy(() -> CliAliases.apply(new String[] {"q"}, file)).hasMessage("Value of alias \"q\" could "
                + "not be parsed. Received error: No closing quotation when parsing:\nconfigure \"get");
        assertThatThrownBy(() -> CliAliases.apply(new String[] {"p"}, file)).hasMessage("Global parameter \"--debug\" "
                + "detected in alias \"p\" which is not supported in subcommand aliases.");
    }

    @Test
    void throughTheCliAnAliasRunsOursOnlyWithoutARealCli() throws Exception {
        aliases("[toplevel]\nreg = configure get region\nbroken = configure get\n");
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-west-2\n");
        CliRun.Result applied = CliRun.in(home).env(Cli.NO_REAL_CLI, NO_CLI).run("reg");
        assertThat(applied.exitCode()).isZero();
        assertThat(applied.out()).isEqualTo("us-west-2\n");
        // The usage error of a line an alias made ours is not followed by the missing-CLI line.
        CliRun.Result usage = CliRun.in(home).env(Cli.NO_REAL_CLI, NO_CLI).run("broken");
        assertThat(usage.exitCode()).isEqualTo(252);
        assertThat(usage.err()).contains("the following arguments are required: varname").doesNotContain(NO_CLI);
        // Without the launcher's note the line is not an alias line (bin/aws gave it to the real CLI otherwise).
        assertThat(CliRun.in(home).run("reg").exitCode()).isEqualTo(252);
    }

    @Test
    void anAliasFileTheCliCannotParseStopsEveryCommand() throws Exception {
        Files.createDirectories(home.resolve(".aws/cli"));
        Files.writeString(home.resolve(".aws/cli/alias"), "[toplevel]\nx = 1\nx = 2\n");
        for (String[] args : new String[][] {{"--version"}, {"configure", "get", "region"}, {"sso", "status"}}) {
            CliRun.Result result = CliRun.in(home).run(args);
            assertThat(result.exitCode()).isEqualTo(255);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).startsWith("\naws: [ERROR]: Unable to parse config file: "
                    + home.resolve(".aws/cli/alias") + " (line 3: ");
        }
    }
}
