package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.fs.AtomicFile;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller cases of issue 14 (case 9), each as AWS CLI 2.36.12 behaves. */
class SmallerCasesTest {
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

    @Test
    void aSymlinkLoopIsErrno40AboutTheConfigAndTheLinksStay() throws Exception {
        Path config = home.resolve(".aws/config");
        Files.delete(config);
        Files.createSymbolicLink(config, Path.of("loop"));
        Files.createSymbolicLink(home.resolve(".aws/loop"), Path.of("config"));

        CliRun.Result result = world.cli().run("configure", "set", "region", "x", "--profile", "a");

        assertThat(result.err()).isEqualTo("\naws: [ERROR]: [Errno 40] Too many levels of symbolic links: '" + config + "'\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(Files.readSymbolicLink(config)).isEqualTo(Path.of("loop"));
        assertThat(Files.readSymbolicLink(home.resolve(".aws/loop"))).isEqualTo(Path.of("config"));
    }

    @Test
    void configureSsoWritesTheProfileAndTheSessionInOneWrite() throws Exception {
        Path aws = home.resolve(".aws");
        List<String> temps = new ArrayList<>();
        try (WatchService watcher = aws.getFileSystem().newWatchService()) {
            aws.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            CliRun.Result result = world.cli().run("configure", "sso", "--profile", "fresh", "--sso-session-name",
                    "fresh-session", "--sso-start-url", SsoWorld.START_URL, "--sso-region", SsoWorld.REGION,
                    "--sso-registration-scopes", "sso:account:access", "--account-id", "123456789012",
                    "--role-name", "ReadOnly", "--default-region", "eu-west-2", "--default-output", "json");
            assertThat(result.exitCode()).as(result.err()).isZero();
            for (WatchKey key = watcher.poll(2, TimeUnit.SECONDS); key != null;
                 key = watcher.poll(200, TimeUnit.MILLISECONDS)) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    String name = String.valueOf(event.context());
                    if (name.startsWith(".config.") && name.endsWith(".tmp")) {
                        temps.add(name);
                    }
                }
                key.reset();
            }
        }
        assertThat(temps).hasSize(1);
        assertThat(world.read(aws.resolve("config"))).contains("[profile fresh]")
                .contains("sso_session = fresh-session").contains("[sso-session fresh-session]");
    }

    @Test
    void aFolderWhereTheTokenFileGoesIsErrno21AboutThatFileAndNothingIsLeft() throws Exception {
        Path token = world.tokenFile("my-sso");
        Files.createDirectories(token.resolve("inner"));

        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");

        assertThat(result.err()).endsWith("\naws: [ERROR]: [Errno 21] Is a directory: '" + token + "'\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(token.resolve("inner")).isDirectory();
        try (var files = Files.list(world.ssoCache())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        // an empty folder is not renamed over either
        Files.delete(token.resolve("inner"));
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isEqualTo(255);
        assertThat(token).isDirectory();
    }

    @Test
    void aRefreshThatFinishesWhileLogoutRunsDoesNotBringTheTokenBack() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        Path token = world.tokenFile("my-sso");
        String refreshed = world.read(token).replace("\"accessToken\": \"", "\"accessToken\": \"refreshed-");

        SsoWorld.Background logout = AtomicFile.withLock(token, () -> {
            SsoWorld.Background started = world.background(Map.of(), "sso", "logout");
            started.awaitBlocked();
            // the refresh holding the lock writes its new token as logout waits
            Files.writeString(token, refreshed);
            return started;
        });

        assertThat(logout.join().exitCode()).isZero();
        assertThat(token).doesNotExist();
    }
}
