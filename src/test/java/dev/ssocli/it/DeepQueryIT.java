package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --query} nested 2,000 deep ends in the CLI's one-line {@code Bad value for --query ...: maximum recursion
 * depth exceeded} and exit 252, checked before any credentials are looked up (CLI 2.36.12:
 * {@code aws sts get-caller-identity --query "[[[..." --region us-east-1}).
 */
class DeepQueryIT {
    @TempDir
    Path home;

    @Test
    void aQueryNested2000DeepIsABadValueNotAStackTrace() throws Exception {
        String query = "[".repeat(2000);
        List<String> command = CliJar.command("sts", "get-caller-identity", "--query", query, "--region",
                "us-east-1");
        command.add(1, "-verbose:class");
        ExternalCommand.Result result = ExternalCommand.runIsolated(command, Map.of("HOME", home.toString()), "");

        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).endsWith("Bad value for --query " + query + ": maximum recursion depth exceeded\n")
                .doesNotContain("StackOverflowError").doesNotContain("\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
        // The class names LazyStartupIT and ConfigureStartupIT look for when a command must not load JMESPath.
        assertThat(result.out()).contains(" dev.ssocli.jmespath.Parser ");
    }
}
