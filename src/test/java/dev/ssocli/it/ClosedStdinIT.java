package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws} started with standard input closed ({@code <&-}): the wizards fail at once with the CLI's message
 * and exit 255, asking nothing and writing nothing (the CLI 2.36.12 does the same: prompt_toolkit finds
 * {@code sys.stdin} is None); before, the JVM reused fd 0 for one of its own files and the prompts read it as
 * answers, printing gigabytes. Commands that read no input still work.
 */
@Timeout(120)
class ClosedStdinIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"sso-session", "sso"})
    void aWizardFailsAtOnce(String wizard) throws Exception {
        ExternalCommand.Result result = withStdinClosed("configure", wizard);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(255);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\n'NoneType' object has no attribute 'fileno'\n");
        assertThat(home.resolve(".aws/config")).doesNotExist();
    }

    @Test
    void aCommandThatReadsNoInputStillWorks() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile dev]\nregion = eu-west-1\n");

        ExternalCommand.Result result = withStdinClosed("configure", "list-profiles");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("dev\n");
    }

    private ExternalCommand.Result withStdinClosed(String... args) throws Exception {
        Path launcher = Path.of(System.getProperty("project.basedir"), "bin", "aws");
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" <&-",
                launcher.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        return ExternalCommand.run(command, env, home);
    }
}
