package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.runtime.CliContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bin/aws_completer} on its own (no real CLI on PATH): it offers every option picocli accepts for each of our
 * operations, the enumerated values, and the profile and sso-session names of the config files, for the cursor
 * anywhere on the line.
 */
class CompleterTest {
    @TempDir
    Path tmp;

    @Test
    void offersEveryOptionOfEachOperation() throws Exception {
        CommandLine root = CommandTree.full(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                // The model only: no command runs, so the commands need no context.
                return LeafCommand.class.isAssignableFrom(type)
                        ? type.getDeclaredConstructor(CliContext.class).newInstance((CliContext) null)
                        : CommandLine.defaultFactory().create(type);
            }
        });
        for (List<String> path : CommandTree.paths()) {
            CommandLine command = root.getSubcommands().get(path.get(0)).getSubcommands().get(path.get(1));
            List<String> offered = complete("aws " + String.join(" ", path) + " --", Map.of());
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden() && !option.longestName().equals("--help")) {
                    assertThat(offered).as(path + " " + option.longestName()).contains(option.longestName());
                }
            }
            assertThat(offered).as(path.toString()).contains("--version").doesNotHaveDuplicates();
        }
    }

    @Test
    void offersOurSubcommandsAndFiltersByWhatIsTyped() throws Exception {
        assertThat(complete("aws sso lo", Map.of())).containsExactly("logout", "login");
        assertThat(complete("aws configure ", Map.of())).containsExactly("sso", "sso-session", "list-profiles",
                "list", "get", "set", "export-credentials", "populate");
        assertThat(complete("aws ", Map.of())).containsExactly("configure", "sso", "sts");
        assertThat(complete("aws sso login --no-browser --no", Map.of())).containsExactly("--no-verify-ssl",
                "--no-paginate", "--no-sign-request", "--no-cli-pager", "--no-cli-auto-prompt");
        assertThat(complete("aws --region us-east-1 sso log", Map.of())).containsExactly("logout", "login");
        // The cursor in the middle of the line: only the words before it count.
        assertThat(complete("aws sso lo --profile dev", Map.of("COMP_POINT", "10"))).containsExactly("logout",
                "login");
        assertThat(complete("aws s3 l", Map.of())).isEmpty();
    }

    @Test
    void offersEnumeratedValues() throws Exception {
        assertThat(complete("aws sts get-caller-identity --output t", Map.of())).containsExactly("text", "table");
        assertThat(complete("aws sso logout --color ", Map.of())).containsExactly("on", "off", "auto");
        assertThat(complete("aws configure export-credentials --format env", Map.of()))
                .containsExactly("env", "env-no-export");
        assertThat(complete("aws --cli-error-format ", Map.of())).contains("legacy", "enhanced");
    }

    @Test
    void offersProfileAndSsoSessionNamesFromTheConfigFiles() throws Exception {
        Path config = tmp.resolve("config");
        Files.writeString(config, "[default]\nregion = x\n[profile dev]\nsso_session = corp\n[sso-session corp]\n"
                + "[profile \"a b\"]\n[sso-session other]\n[services s]\n");
        Path credentials = tmp.resolve("credentials");
        Files.writeString(credentials, "[static]\n[dev]\n");
        Map<String, String> env = Map.of("AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE",
                credentials.toString());
        assertThat(complete("aws sts get-caller-identity --profile ", env)).containsExactly("default", "dev", "a b",
                "static");
        assertThat(complete("aws --profile d", env)).containsExactly("default", "dev");
        assertThat(complete("aws sso login --sso-session ", env)).containsExactly("corp", "other");
    }

    private List<String> complete(String line, Map<String, String> extra) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", Path.of("bin/aws_completer").toAbsolutePath()
                .toString());
        builder.environment().clear();
        builder.environment().put("PATH", tmp.toString());
        builder.environment().put("HOME", tmp.resolve("home").toString());
        builder.environment().put("COMP_LINE", line);
        builder.environment().put("COMP_POINT", Integer.toString(line.length()));
        builder.environment().putAll(extra);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.isEmpty() ? List.of() : new ArrayList<>(List.of(out.split("\n")));
    }
}
