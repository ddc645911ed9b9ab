package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso login --min-valid} (login only when needed) and {@code --force} (a new server session first). */
class SsoLoginMinValidTest {
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

    private List<String> operations() {
        return world.emulator.requests().stream().map(r -> r.operation() + (r.grantType() == null ? ""
                : ":" + r.grantType())).toList();
    }

    @Test
    void aTokenValidLongEnoughReturnsAtOnceWithoutARequest() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        String token = world.read(world.tokenFile("my-sso"));
        world.emulator.clearRequests();
        int opened = world.browser.opened().size();

        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--min-valid", "1h");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("Already logged into Start URL: " + SsoWorld.START_URL
                + " (valid until 2026-01-15T18:00:00Z)\n");
        assertThat(world.emulator.requests()).isEmpty();
        assertThat(world.browser.opened()).hasSize(opened);
        assertThat(world.read(world.tokenFile("my-sso"))).isEqualTo(token);
    }

    @Test
    void aTokenTooShortIsRefreshedSilentlyWhenItCanBe() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.clock.advance(Duration.ofHours(7));
        world.emulator.clearRequests();
        int opened = world.browser.opened().size();

        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--min-valid", "2h");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(operations()).containsExactly("CreateToken:refresh_token");
        assertThat(world.browser.opened()).hasSize(opened);
        assertThat(result.err()).isEqualTo("Already logged into Start URL: " + SsoWorld.START_URL
                + " (valid until 2026-01-16T01:00:00Z)\n");
        assertThat(world.read(world.tokenFile("my-sso"))).contains("\"expiresAt\": \"2026-01-16T01:00:00Z\"");
    }

    @Test
    void withoutAUsableTokenItLogsIn() {
        int opened = world.browser.opened().size();
        CliRun.Result fresh = world.cli().run("sso", "login", "--profile", "dev", "--min-valid", "15m");
        assertThat(fresh.exitCode()).isZero();
        assertThat(fresh.out()).endsWith("Successfully logged into Start URL: " + SsoWorld.START_URL + "\n");
        assertThat(world.browser.opened()).hasSize(opened + 1);

        assertThat(world.cli().run("sso", "login", "--profile", "legacy").exitCode()).isZero();
        world.clock.advance(Duration.ofHours(7).plusMinutes(30));
        world.emulator.clearRequests();
        CliRun.Result legacy = world.cli().run("sso", "login", "--profile", "legacy", "--min-valid", "1h");
        assertThat(legacy.exitCode()).isZero();
        assertThat(legacy.out()).endsWith("Successfully logged into Start URL: " + SsoWorld.START_URL + "\n");
        assertThat(operations()).contains("StartDeviceAuthorization").doesNotContain("CreateToken:refresh_token");
    }

    @Test
    void forceEndsTheServerSessionFirst() {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        String before = world.read(world.tokenFile("my-sso"));
        world.emulator.clearRequests();

        CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev", "--force", "--min-valid", "1h");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(operations()).first().isEqualTo("Logout");
        assertThat(operations()).contains("CreateToken:authorization_code");
        assertThat(world.read(world.tokenFile("my-sso"))).isNotEqualTo(before);
    }
}
