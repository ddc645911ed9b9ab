package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.FrontLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws} first on PATH hands what it does not implement to the next {@code aws} on PATH (or the one named by
 * {@code AWS_SSO_REAL_CLI}) unchanged, and ends a loop or a missing CLI with the usage error and exit 252.
 */
@Timeout(300)
class PassThroughIT {
    private static final String RECORDER = """
            out=$RECORD
            for a in "$@"; do printf '[%s]\\n' "$a"; done >"$out"
            printf 'cwd=%s\\n' "$(pwd)" >>"$out"
            printf 'marker=%s\\n' "$SOME_SETTING" >>"$out"
            printf 'stdin=' >>"$out"; cat >>"$out"
            echo "to stdout"; echo "to stderr" >&2
            exit 42
            """;

    @TempDir
    Path tmp;
    private FrontLayout layout;

    @BeforeEach
    void install() throws Exception {
        layout = FrontLayout.create(tmp);
    }

    @Test
    void aRecordingStandInGetsTheSameArgvStdinEnvironmentAndDirectoryAndItsExitCodeComesBack() throws Exception {
        Path recorder = layout.scriptDir("real", RECORDER);
        Path record = tmp.resolve("record.txt");
        Path cwd = Files.createDirectories(tmp.resolve("some dir"));
        Map<String, String> env = layout.env(layout.path(recorder));
        env.put("RECORD", record.toString());
        env.put("SOME_SETTING", "a b");
        ExternalCommand.Result result = FrontLayout.run(layout.aws("--profile", "my dev", "s3", "cp", "", "x  y",
                "--region=eu-west-1", "--query", "a[?b=='c']", "*"), env, cwd, "line 1\nline 2\n");

        assertThat(result.exitCode()).isEqualTo(42);
        assertThat(result.out()).isEqualTo("to stdout\n");
        assertThat(result.err()).isEqualTo("to stderr\n");
        assertThat(Files.readString(record)).isEqualTo("[--profile]\n[my dev]\n[s3]\n[cp]\n[]\n[x  y]\n"
                + "[--region=eu-west-1]\n[--query]\n[a[?b=='c']]\n[*]\ncwd=" + cwd + "\nmarker=a b\n"
                + "stdin=line 1\nline 2\n");
    }

    @Test
    void subcommandsWeDoNotImplementAndHelpOfOthersAreHandedOver() throws Exception {
        Path recorder = layout.scriptDir("real", RECORDER);
        Path record = tmp.resolve("record.txt");
        Map<String, String> env = layout.env(layout.path(recorder));
        env.put("RECORD", record.toString());
        for (List<String> line : List.of(List.of("configure", "import", "--csv", "file://c.csv"),
                List.of("--debug", "sts", "assume-role"), List.of("help"), List.of("sts", "help"))) {
            ExternalCommand.Result result = FrontLayout.run(layout.aws(line.toArray(String[]::new)), env, tmp, "");
            assertThat(result.exitCode()).as(line.toString()).isEqualTo(42);
            assertThat(Files.readString(record)).startsWith("[" + String.join("]\n[", line) + "]\ncwd=");
        }
    }

    @Test
    void aRealCliNamedBySettingWinsOverPath() throws Exception {
        Path onPath = layout.scriptDir("on-path", "echo on-path\n");
        Path named = layout.scriptDir("named", "echo named \"$@\"\n");
        Map<String, String> env = layout.env(layout.path(onPath));
        env.put("AWS_SSO_REAL_CLI", named.resolve("aws").toString());
        ExternalCommand.Result result = FrontLayout.run(layout.aws("s3", "ls"), env, tmp, "");
        assertThat(result.out()).isEqualTo("named s3 ls\n");
    }

    @Test
    void ctrlCReachesTheRealCliAnd130ComesBack() throws Exception {
        Path real = layout.scriptDir("real", "trap 'echo interrupted; exit 130' INT\necho ready\n"
                + "while :; do sleep 0.1; done\n");
        ProcessBuilder builder = new ProcessBuilder(layout.aws("s3", "sync", ".", "s3://b")).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().putAll(layout.env(layout.path(real)));
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        // exec: the launcher's process is the real CLI's, so the signal sent to it reaches the real CLI.
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertThat(out.readLine()).isEqualTo("interrupted");
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
    }

    @Test
    void noOtherAwsOnPathGivesTheUsageErrorAndHowToNameOne() throws Exception {
        ExternalCommand.Result result = FrontLayout.run(layout.aws("configure", "import", "--csv", "x"),
                layout.env(layout.path()), tmp, "");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Found invalid choice 'import'").endsWith("\naws: no other AWS CLI (aws) "
                + "was found on PATH to run this command; name one with AWS_SSO_REAL_CLI=/path/to/aws\n");
    }

    @Test
    void loopsEndWith252() throws Exception {
        // Another link to ourselves further along PATH, and the setting naming ourselves.
        Path again = layout.linkDir("again", layout.front().resolve("aws"));
        assertLoopEnds(layout.env(layout.path(again)), "no other AWS CLI (aws) was found on PATH");
        Map<String, String> self = layout.env(layout.path());
        self.put("AWS_SSO_REAL_CLI", layout.front().resolve("aws").toString());
        assertLoopEnds(self, "leads back to this command");
        // Wrappers that run `aws` from PATH again: one that execs it (skipped on the way back), one that forks it.
        assertLoopEnds(layout.env(layout.path(layout.scriptDir("exec-wrapper", "exec aws \"$@\"\n"))),
                "no other AWS CLI (aws) was found on PATH");
        assertLoopEnds(layout.env(layout.path(layout.scriptDir("fork-wrapper", "aws \"$@\"\n"))),
                "8 hand-overs to another aws in a row");
    }

    private void assertLoopEnds(Map<String, String> env, String why) throws Exception {
        ExternalCommand.Result result = FrontLayout.run(layout.aws("s3", "ls"), env, tmp, "");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(252);
        assertThat(result.err()).contains("argument command: Found invalid choice").contains(why);
    }

    @Test
    void theReferenceCliReachesTheEmulatorThroughTheFront() throws Exception {
        Path reference = FrontLayout.referenceCli();
        assumeTrue(reference != null, "reference AWS CLI v2 not at hand");
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = layout.env(layout.path(layout.linkDir("real", reference)));
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            env.put("AWS_REGION", Emulator.REGION);
            ExternalCommand.Result result = FrontLayout.run(layout.aws("sso-oidc", "register-client",
                    "--client-name", "x", "--client-type", "public", "--query", "clientId", "--output", "text"),
                    env, tmp, "");
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out().strip()).isNotEmpty();
            assertThat(emulator.requests()).anySatisfy(request ->
                    assertThat(request.path()).isEqualTo("/client/register"));
        }
    }
}
