package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws} decides without a JVM which command lines are ours and which go to the real AWS CLI
 * ({@code AWS_SSO_DISPATCH=print} shows the decision): every operation of {@link CommandTree} stays ours, whatever
 * global options surround it; other commands, other subcommands of ours, {@code help} and aliases naming our
 * commands go to the real CLI.
 */
class LauncherDispatchTest {
    @TempDir
    Path tmp;
    private Path real;

    @BeforeEach
    void aRealCliOnPath() throws IOException {
        real = Files.createDirectories(tmp.resolve("real")).resolve("aws");
        Files.writeString(real, "#!/bin/sh\nexit 0\n");
        real.toFile().setExecutable(true);
        Files.createDirectories(tmp.resolve("home"));
    }

    @Test
    void everyOperationOfOursStaysOurs() throws Exception {
        for (List<String> path : CommandTree.paths()) {
            assertThat(dispatch(path.toArray(String[]::new))).as(path.toString()).isEqualTo("ours");
            List<String> withGlobals = new ArrayList<>(List.of("--profile", "sso", "--output", "json"));
            withGlobals.addAll(path);
            withGlobals.addAll(List.of("--region", "eu-west-1", "--debug", "x"));
            assertThat(dispatch(withGlobals.toArray(String[]::new))).as(withGlobals.toString()).isEqualTo("ours");
            assertThat(dispatch(path.get(0), "--query", "configure", path.get(1), "help")).isEqualTo("ours");
        }
        assertThat(dispatch("--version")).isEqualTo("ours");
        assertThat(dispatch()).isEqualTo("ours");
        assertThat(dispatch("sso")).isEqualTo("ours");
        assertThat(dispatch("sso", "help")).isEqualTo("ours");
    }

    @Test
    void commandsSubcommandsAndHelpOfOthersGoToTheRealCli() throws Exception {
        String expected = "real " + real;
        for (String[] line : new String[][] {{"s3", "ls"}, {"configure", "import", "--csv", "file://x"},
                {"configure"}, {"configure", "mfa-login"}, {"login"}, {"sso-oidc", "register-client"},
                {"sts", "get-session-token"}, {"help"}, {"configure", "help"}, {"sts", "help"},
                {"--profile", "sts", "eks", "get-token"}, {"--region=eu-west-1", "s3", "ls"}, {"--debug", "ec2", "describe-instances"}}) {
            assertThat(dispatch(line)).as(String.join(" ", line)).isEqualTo(expected);
        }
    }

    @Test
    void aliasesNamingOurCommandsGoToTheRealCli() throws Exception {
        Path alias = Files.createDirectories(tmp.resolve("home/.aws/cli")).resolve("alias");
        Files.writeString(alias, "[toplevel]\nwhoami = sts get-caller-identity\nsts=sts --region eu-west-1\n"
                + "[command configure]\nregion = get region\n");
        assertThat(dispatch("sts", "get-caller-identity")).isEqualTo("real " + real);
        assertThat(dispatch("configure", "region")).isEqualTo("real " + real);
        assertThat(dispatch("configure", "get", "region")).isEqualTo("ours");
        assertThat(dispatch("sso", "login")).isEqualTo("ours");
    }

    @Test
    void aliasNamesAreReadAsBotocoreReadsThem() throws Exception {
        // RawConfigParser lower-cases names and takes `:` as well as `=`; botocore splits "command NAME" on blanks
        // (checked with AWS CLI 2.36.12: each of these shadows the command below).
        Path alias = Files.createDirectories(tmp.resolve("home/.aws/cli")).resolve("alias");
        Files.writeString(alias, "# sts = not a key\n[toplevel]\nmulti =\n  !f() {\n    sso = a continuation line\n"
                + "  }; f\n\n  ; a comment\n   configure = still the value of multi\n"
                + "STS = !echo shadowed\n[command \t Configure]\nlist = !echo other section\n"
                + "[command   configure] ; a comment after the header\nGet: !echo shadowed\n");
        assertThat(dispatch("sts", "get-caller-identity")).isEqualTo("real " + real);
        assertThat(dispatch("configure", "get", "region")).isEqualTo("real " + real);
        assertThat(dispatch("configure", "list")).isEqualTo("ours");
        assertThat(dispatch("sso", "login")).isEqualTo("ours");
        Files.writeString(alias, "[toplevel]\nsts-x = sts\nst = sts\n[command sts]\nget-caller-identityx = x\n");
        assertThat(dispatch("sts", "get-caller-identity")).isEqualTo("ours");
        Files.writeString(alias, "[toplevel]\n  sso = !echo an indented name opens a value\n");
        assertThat(dispatch("sso", "login")).isEqualTo("real " + real);
    }

    @Test
    void withoutARealCliTheLineIsOursAndTheReasonIsPassedOn() throws Exception {
        Files.delete(real);
        assertThat(dispatch("s3", "ls")).startsWith("none aws: no other AWS CLI (aws) was found on PATH");
    }

    /** A PATH entry with the tools the launcher uses and no {@code aws}. */
    private Path tools() throws IOException {
        Path tools = tmp.resolve("tools");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String tool : List.of("readlink", "dirname")) {
                Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool));
            }
        }
        return tools;
    }

    private String dispatch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", Path.of("bin/aws").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", real.getParent() + ":" + tools());
        builder.environment().put("HOME", tmp.resolve("home").toString());
        builder.environment().put("AWS_SSO_DISPATCH", "print");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.strip();
    }
}
