package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.fs.AtomicFile;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

        assertThat(result.err()).isEqualTo("\n[Errno 40] Too many levels of symbolic links: '" + config + "'\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(Files.readSymbolicLink(config)).isEqualTo(Path.of("loop"));
        assertThat(Files.readSymbolicLink(home.resolve(".aws/loop"))).isEqualTo(Path.of("config"));
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
