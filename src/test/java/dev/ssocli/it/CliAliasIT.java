package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.FrontLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ~/.aws/cli/alias} through {@code bin/aws} gives the reference AWS CLI's bytes and exit codes: top-level and
 * {@code [command NAME]} aliases, {@code !} shell aliases (multi-line, with arguments, calling {@code aws} again),
 * aliases with global options, aliases shadowing our commands, and the CLI's errors for bad aliases.
 */
@Timeout(600)
class CliAliasIT {
    private static final String ALIASES = """
            [toplevel]
            whoami = sts get-caller-identity
            hello = !f() { echo "hello $1"; echo "to stderr" >&2; exit 3; }; f
            multi =
                !f() {
                    echo "first: $1"
                    echo "second: $2"
                    aws configure get region --profile "$1"
                }; f
            regional = configure get region
            withprofile = configure get region --profile other
            sts = sts --region eu-west-1
            broken = configure get
            nothing = no-such-command
            [command configure]
            region = get region
            [command sso]
            accounts = list-accounts --output text
            """;

    /** Lines whose aliases expand to commands of ours, shell aliases and alias errors. */
    private static final List<List<String>> LINES = List.of(List.of("hello", "world"), List.of("multi", "other", "b c"),
            List.of("regional"), List.of("--profile", "other", "regional"), List.of("regional", "--profile", "other"),
            List.of("withprofile"), List.of("configure", "region"), List.of("whoami"),
            List.of("sts", "get-caller-identity", "--query", "Account"), List.of("broken"),
            List.of("sso", "accounts", "--access-token", "x"));

    @TempDir
    Path tmp;

    @Test
    void aliasesGiveTheReferenceCliBytes() throws Exception {
        Path reference = FrontLayout.referenceCli();
        assumeTrue(reference != null, "reference AWS CLI v2 not at hand");
        FrontLayout layout = layout(ALIASES);
        Path real = layout.linkDir("real", reference);
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = env(layout, layout.path(real), emulator);
            List<List<String>> lines = new ArrayList<>(LINES);
            lines.add(List.of("nothing"));
            for (List<String> line : lines) {
                ExternalCommand.Result viaFront = FrontLayout.run(layout.aws(line.toArray(String[]::new)), env, tmp,
                        "");
                List<String> direct = new ArrayList<>(List.of(real.resolve("aws").toString()));
                direct.addAll(line);
                ExternalCommand.Result reference2 = FrontLayout.run(direct, env, tmp, "");
                assertThat(viaFront).as(line.toString()).isEqualTo(reference2);
            }
            ExternalCommand.Result hello = FrontLayout.run(layout.aws("hello", "world"), env, tmp, "");
            assertThat(hello).isEqualTo(new ExternalCommand.Result(3, "hello world\n", "to stderr\n"));
            assertThat(FrontLayout.run(layout.aws("multi", "other", "b c"), env, tmp, "").out())
                    .isEqualTo("first: other\nsecond: b c\nap-south-1\n");
            assertThat(FrontLayout.run(layout.aws("--profile", "other", "regional"), env, tmp, "").out())
                    .isEqualTo("ap-south-1\n");
            assertThat(FrontLayout.run(layout.aws("configure", "region"), env, tmp, "").out()).isEqualTo("us-west-2\n");
            assertThat(FrontLayout.run(layout.aws("withprofile"), env, tmp, "").err())
                    .contains("Global parameter \"--profile\" detected in alias \"withprofile\"");
        }
    }

    /** With no real CLI to hand them to, {@code bin/aws} applies the aliases itself, with the reference CLI's bytes. */
    @Test
    void withoutARealCliOurExpansionGivesTheReferenceCliBytes() throws Exception {
        Path reference = FrontLayout.referenceCli();
        assumeTrue(reference != null, "reference AWS CLI v2 not at hand");
        FrontLayout layout = layout(ALIASES + "[command sts]\nme = get-caller-identity --query Arn --output text\n");
        try (Emulator emulator = Emulator.builder().start()) {
            // Only the front and the launcher's tools on PATH: a shell alias running `aws` reaches ours in both runs.
            Map<String, String> env = env(layout, layout.path(), emulator);
            List<List<String>> lines = new ArrayList<>(LINES);
            lines.add(List.of("sts", "me"));
            lines.add(List.of("--output", "json", "sts", "me", "--region", "us-east-2"));
            for (List<String> line : lines) {
                ExternalCommand.Result ours = FrontLayout.run(layout.aws(line.toArray(String[]::new)), env, tmp, "");
                List<String> direct = new ArrayList<>(List.of(reference.toString()));
                direct.addAll(line);
                assertThat(ours).as(line.toString()).isEqualTo(FrontLayout.run(direct, env, tmp, ""));
            }
            assertThat(FrontLayout.run(layout.aws("regional"), env, tmp, "").out()).isEqualTo("us-west-2\n");
            ExternalCommand.Result unknown = FrontLayout.run(layout.aws("nothing"), env, tmp, "");
            assertThat(unknown.exitCode()).isEqualTo(252);
            assertThat(unknown.err()).contains("Found invalid choice 'no-such-command'")
                    .endsWith("name one with AWS_SSO_REAL_CLI=/path/to/aws\n");
        }
    }

    private FrontLayout layout(String aliases) throws Exception {
        FrontLayout layout = FrontLayout.create(tmp);
        Files.createDirectories(layout.home().resolve(".aws/cli"));
        Files.writeString(layout.home().resolve(".aws/cli/alias"), aliases);
        Files.writeString(layout.home().resolve(".aws/config"), "[default]\nregion = us-west-2\n"
                + "[profile other]\nregion = ap-south-1\n");
        return layout;
    }

    private static Map<String, String> env(FrontLayout layout, String path, Emulator emulator) {
        Map<String, String> env = layout.env(path);
        env.put("AWS_ENDPOINT_URL", emulator.endpoint());
        env.put("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "secret");
        return env;
    }
}
