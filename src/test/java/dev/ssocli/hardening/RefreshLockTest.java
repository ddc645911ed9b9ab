package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.WireFault;
import dev.ssocli.fs.AtomicFile;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token refresh lock (issue 14, case 6): a refresh that fails or hangs costs one attempt, never a queue of them,
 * and a token that still works is used as botocore uses it.
 */
class RefreshLockTest {
    @TempDir
    Path home;
    SsoWorld world;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.emulator.clearRequests();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private long refreshes() {
        return world.emulator.requests().stream().filter(r -> "refresh_token".equals(r.grantType())).count();
    }

    @Test
    void inTheAdvisoryWindowABusyLockIsNotWaitedFor() throws Exception {
        world.clock.advance(Duration.ofHours(7).plusMinutes(48));
        CliRun.Result result = AtomicFile.withLock(world.tokenFile("my-sso"), () -> {
            SsoWorld.Background run = world.background(Map.of(), "sts", "get-caller-identity", "--profile", "dev");
            return run.join();
        });
        assertThat(result.exitCode()).isZero();
        assertThat(refreshes()).isZero();
    }

    @Test
    void aWaiterThatFindsTheRefreshFailedUsesTheValidTokenWithoutTryingAgain() throws Exception {
        world.clock.advance(Duration.ofHours(7).plusMinutes(55));
        byte[] before = Files.readAllBytes(world.tokenFile("my-sso"));
        SsoWorld.Background run = AtomicFile.withLock(world.tokenFile("my-sso"), () -> {
            SsoWorld.Background started = world.background(Map.of(), "sts", "get-caller-identity", "--profile",
                    "dev");
            started.awaitBlocked();
            // the holder "fails": it gives the lock back with the file as it was
            return started;
        });
        CliRun.Result result = run.join();
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(world.tokenFile("my-sso"))).isEqualTo(before);
    }

    @Test
    void aWaiterWithAnExpiredTokenDoesNotRetryAFailedRefresh() throws Exception {
        world.clock.advance(Duration.ofHours(8).plusMinutes(1));
        SsoWorld.Background run = AtomicFile.withLock(world.tokenFile("my-sso"), () -> {
            SsoWorld.Background started = world.background(Map.of(), "sts", "get-caller-identity", "--profile",
                    "dev");
            started.awaitBlocked();
            return started;
        });
        CliRun.Result result = run.join();
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: Error when retrieving token from sso: Token has expired and refresh "
                + "failed\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(refreshes()).isZero();
    }

    @Test
    void aHangingRefreshEndpointCostsOneTimeoutAndTheValidTokenIsUsed() throws Exception {
        world.clock.advance(Duration.ofHours(7).plusMinutes(55));
        byte[] before = Files.readAllBytes(world.tokenFile("my-sso"));
        for (int i = 0; i < 3; i++) {
            world.emulator.injectFault("CreateToken", WireFault.hang(Duration.ofSeconds(5)));
        }
        CliRun.Result result = world.cli().run("sts", "get-caller-identity", "--profile", "dev",
                "--cli-read-timeout", "1");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllBytes(world.tokenFile("my-sso"))).isEqualTo(before);
    }
}
