package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crashed or concurrent run leaves next to our files (issue 14, cases 2 and 3): temp files that may hold a
 * token or credentials are cleaned up by the next write to their directory and swept (and revoked) by
 * {@code sso logout}; lock files never outlive their command, and one that cannot be used costs a warning, not the
 * command.
 */
class LeftoverFilesTest {
    @TempDir
    Path home;
    SsoWorld world;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** The id of a process that has ended: what a {@code kill -9}ed writer leaves in its temp file names. */
    static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static Path leftover(Path dir, String target, long pid, String content) throws IOException {
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target + "." + pid + "-k3j9x0a1b2.tmp");
        Files.writeString(temp, content);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        return temp;
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextWriteToADirectoryRemovesACrashedWritersTempFiles() throws Exception {
        long dead = deadPid();
        Path aws = home.resolve(".aws");
        Path configLeftover = leftover(aws, "config", dead, "[profile half]\n");
        Path liveWrite = leftover(aws, "config", ProcessHandle.current().pid(), "[profile in-progress]\n");
        Path userFile = aws.resolve(".notes.tmp");
        Files.writeString(userFile, "mine");
        Path tokenLeftover = leftover(world.ssoCache(), "d033e22ae348aeb5660fc2140aec35850c4da997.json", dead,
                "{\"accessToken\": \"leftover\"}");

        assertThat(world.cli().run("configure", "set", "region", "eu-west-1", "--profile", "dev").exitCode())
                .isZero();
        assertThat(configLeftover).doesNotExist();
        assertThat(liveWrite).exists();
        assertThat(userFile).hasContent("mine");

        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(tokenLeftover).doesNotExist();

        Path credentialsLeftover = leftover(home.resolve(".aws/cli/cache"), "0123abcd.json", dead,
                "{\"ProviderType\": \"sso\", \"Credentials\": {}}");
        assertThat(world.cli().run("configure", "export-credentials", "--profile", "dev").exitCode()).isZero();
        assertThat(credentialsLeftover).doesNotExist();
    }

    @Test
    void logoutRevokesAndDeletesTheTokensCrashedWritesLeftBehind() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        String token = world.read(world.tokenFile("my-sso"));
        String accessToken = token.replaceAll(".*\"accessToken\": \"([^\"]+)\".*", "$1");
        long dead = deadPid();
        // a killed refresh left the same token in a temp file; the named file is gone already
        Path tokenLeftover = leftover(world.ssoCache(), world.tokenFile("my-sso").getFileName().toString(), dead,
                token);
        Files.delete(world.tokenFile("my-sso"));
        Path credentialsLeftover = leftover(home.resolve(".aws/cli/cache"), "0123abcd.json", dead,
                "{\"ProviderType\": \"sso\", \"Credentials\": {\"SecretAccessKey\": \"s\"}}");

        CliRun.Result logout = world.cli().run("sso", "logout");

        assertThat(logout.exitCode()).isZero();
        assertThat(tokenLeftover).doesNotExist();
        assertThat(credentialsLeftover).doesNotExist();
        CliRun.Result revoked = world.cli().run("sso", "list-accounts", "--access-token", accessToken,
                "--region", SsoWorld.REGION);
        assertThat(revoked.exitCode()).isEqualTo(254);
        assertThat(revoked.err()).contains("UnauthorizedException");
    }

    @Test
    void noCommandLeavesALockFileBehind() throws Exception {
        assertThat(world.cli().run("configure", "set", "region", "eu-west-1", "--profile", "dev").exitCode())
                .isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(world.cli().run("configure", "export-credentials", "--profile", "dev").exitCode()).isZero();
        world.clock.advance(java.time.Duration.ofHours(7).plusMinutes(55));
        assertThat(world.cli().run("sts", "get-caller-identity", "--profile", "dev").exitCode()).isZero();

        for (Path dir : List.of(home.resolve(".aws"), world.ssoCache(), home.resolve(".aws/cli/cache"))) {
            assertThat(names(dir)).noneMatch(name -> name.endsWith(".lock"));
        }
    }

    @Test
    void aLockFileThatCannotBeOpenedCostsOneWarningNotTheCommand() throws Exception {
        Path lock = home.resolve(".aws/.config.lock");
        // what another user's lock looks like to us: a path we cannot open for writing
        Files.createDirectories(lock);

        CliRun.Result result = world.cli().run("configure", "set", "region", "eu-west-1", "--profile", "dev");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("Warning: cannot lock [Errno 21] Is a directory: '" + lock
                + "'; going on without the lock.\n");
        assertThat(world.read(home.resolve(".aws/config"))).contains("region = eu-west-1");
    }
}
