package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.cache.CacheKeys;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sso shell-init}: the snippet is loaded into a real bash, zsh and fish ({@code .ci/run} installs the latter
 * two), where the profile switcher and the prompt segment run against a temp HOME without any JVM.
 */
class SsoShellInitTest {
    private static final String CONFIG = """
            [default]
            region = eu-west-1
            [profile dev]
            sso_session = my-sso
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            [profile old]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            [profile keys]
            aws_access_key_id = AKIDEXAMPLE
            [sso-session my-sso]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            """;

    @TempDir
    Path home;

    private Path snippet(String shell) throws Exception {
        CliRun.Result result = CliRun.in(home).run("sso", "shell-init", shell);
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = home.resolve("init." + shell);
        Files.writeString(file, result.out());
        return file;
    }

    private void token(String key, String expiresAt) throws Exception {
        Path cache = home.resolve(".aws/sso/cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(CacheKeys.token(key) + ".json"), "{\"startUrl\": \"https://d-1234567890"
                + ".awsapps.com/start\", \"region\": \"us-east-1\", \"accessToken\": \"secret\", \"expiresAt\": \""
                + expiresAt + "\"}");
    }

    private static String promptScript(String shell) {
        return switch (shell) {
            case "fish" -> "for p in dev old keys default; set -gx AWS_PROFILE $p; echo \"[\"(aws_sso_prompt)\"]\"; "
                    + "end; awsp; awsp dev; awsp; __aws_sso_profiles";
            default -> "for p in dev old keys default; do AWS_PROFILE=$p; __aws_sso_prompt; "
                    + "echo \"[$AWS_SSO_PROMPT]\"; done; unset AWS_PROFILE; awsp; awsp dev; awsp; __aws_sso_profiles";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void promptShowsTheProfileAndTheTokensTimeLeftWithoutAJvm(String shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/" + shell)), shell + " is not installed (.ci/run installs it)");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        token("my-sso", "2099-01-01T00:00:00Z");
        token("https://d-1234567890.awsapps.com/start", "2020-01-01T00:00:00Z");
        Path init = snippet(shell);
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        env.put("PATH", "/usr/bin:/bin");
        env.remove("AWS_PROFILE");
        List<String> command = switch (shell) {
            case "bash" -> List.of("bash", "--norc", "-c", "source " + init + "; " + promptScript(shell));
            case "zsh" -> List.of("zsh", "-f", "-c", "source " + init + "; " + promptScript(shell));
            default -> List.of("fish", "--no-config", "-c", "source " + init + "; " + promptScript(shell));
        };

        ExternalCommand.Result result = ExternalCommand.run(command, env, home);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("\\[\\(dev \\d{6}h\\d{1,2}m\\) \\]");
        assertThat(lines.subList(1, lines.size())).containsExactly("[(old expired) ]", "[(keys) ]", "[(default) ]",
                "default", "dev", "default", "dev", "old", "keys");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun.Result result = CliRun.in(home).run("sso", "shell-init", "tcsh");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).contains("argument shell: Invalid choice, valid choices are:");
    }
}
