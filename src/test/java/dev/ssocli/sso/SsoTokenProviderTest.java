package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.testing.SsoWorld;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refresh exactly as botocore's {@code SSOTokenProvider} (docs/wire-protocols.md#token-refresh), against the emulator.
 */
class SsoTokenProviderTest {
    private static final SsoSessionConfig SESSION = SsoSessionConfig.session("my-sso", SsoWorld.START_URL,
            SsoWorld.REGION, "sso:account:access");
    private static final SsoSessionConfig LEGACY = SsoSessionConfig.legacy(SsoWorld.START_URL, SsoWorld.REGION);

    @TempDir
    Path home;
    SsoWorld world;
    SsoServices services;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
        services = SsoServices.open(world.context(new ByteArrayOutputStream()), null, ClientOptions.defaults());
    }

    @AfterEach
    void stop() {
        services.close();
        world.close();
    }

    private void login(String profile) {
        assertThat(world.cli().run("sso", "login", "--profile", profile).exitCode()).isZero();
        world.emulator.clearRequests();
    }

    private List<String> operations() {
        return world.emulator.requests().stream().map(r -> r.operation() + (r.grantType() == null ? ""
                : ":" + r.grantType())).toList();
    }

    @Test
    void aTokenWithMoreThanFifteenMinutesLeftIsUsedAsCached() {
        login("dev");
        world.clock.advance(Duration.ofHours(7).plusMinutes(44));
        SsoToken token = services.tokenProvider().token(SESSION);
        assertThat(token.accessToken()).isNotEmpty();
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void insideTheWindowTheTokenIsRefreshedAndTheFileRewrittenAsBotocoreDoes() throws Exception {
        login("dev");
        String before = world.read(world.tokenFile("my-sso"));
        // registrationExpiresAt is copied verbatim, whatever its format (here the Java SDK's)
        Files.writeString(world.tokenFile("my-sso"), before.replaceAll(
                "\"registrationExpiresAt\": \"([^\"]+)Z\"", "\"registrationExpiresAt\": \"$1.000Z\""));
        world.clock.advance(Duration.ofHours(7).plusMinutes(50));

        SsoToken token = services.tokenProvider().token(SESSION);

        assertThat(operations()).containsExactly("CreateToken:refresh_token");
        String after = world.read(world.tokenFile("my-sso"));
        assertThat(after).matches("\\{\"startUrl\": \"https://d-1234567890.awsapps.com/start\", \"region\": "
                + "\"us-east-1\", \"accessToken\": \"[^\"]+\", \"expiresAt\": \"2026-01-16T01:50:00Z\", "
                + "\"clientId\": \"[^\"]+\", \"clientSecret\": \"[^\"]+\", "
                + "\"registrationExpiresAt\": \"[^\"]+\\.000Z\", \"refreshToken\": \"[^\"]+\"}");
        assertThat(after).contains("\"accessToken\": \"" + token.accessToken() + "\"");
        assertThat(field(after, "accessToken")).isNotEqualTo(field(before, "accessToken"));
        assertThat(field(after, "clientSecret")).isEqualTo(field(before, "clientSecret"));
    }

    @Test
    void aFailedRefreshKeepsAStillValidToken() {
        login("dev");
        String before = world.read(world.tokenFile("my-sso"));
        world.clock.advance(Duration.ofHours(7).plusMinutes(50));
        world.emulator.injectError("CreateToken", 400, "InvalidGrantException", "Refresh token is invalid");
        assertThat(services.tokenProvider().token(SESSION).accessToken()).isEqualTo(field(before, "accessToken"));
        assertThat(world.read(world.tokenFile("my-sso"))).isEqualTo(before);
    }

    @Test
    void anExpiredTokenThatCannotBeRefreshedIsTheCliError() throws Exception {
        login("dev");
        world.clock.advance(Duration.ofHours(9));
        world.emulator.injectError("CreateToken", 400, "InvalidGrantException", "Refresh token is invalid");
        assertThatThrownBy(() -> services.tokenProvider().token(SESSION)).isInstanceOf(GeneralException.class)
                .hasMessage("Error when retrieving token from sso: Token has expired and refresh failed");

        String file = world.read(world.tokenFile("my-sso"));
        Files.writeString(world.tokenFile("my-sso"), file.replaceAll(", \"refreshToken\": \"[^\"]+\"", ""));
        assertThatThrownBy(() -> services.tokenProvider().token(SESSION))
                .hasMessage("Error when retrieving token from sso: Token has expired and refresh failed");
        assertThat(operations()).containsExactly("CreateToken:refresh_token");
    }

    @Test
    void anExpiredRegistrationIsNotUsedToRefresh() throws Exception {
        login("dev");
        String file = world.read(world.tokenFile("my-sso"));
        Files.writeString(world.tokenFile("my-sso"), file.replaceAll(
                "\"registrationExpiresAt\": \"[^\"]+\"", "\"registrationExpiresAt\": \"2026-01-15T10:30:00Z\""));
        world.clock.advance(Duration.ofHours(9));
        assertThatThrownBy(() -> services.tokenProvider().token(SESSION))
                .hasMessage("Error when retrieving token from sso: Token has expired and refresh failed");
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void legacyTokensAreNeverRefreshed() {
        login("legacy");
        world.clock.advance(Duration.ofHours(7).plusMinutes(50));
        assertThat(services.tokenProvider().token(LEGACY).accessToken()).isNotEmpty();
        world.clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> services.tokenProvider().token(LEGACY))
                .hasMessage("The SSO session associated with this profile has expired or is otherwise invalid. "
                        + "To refresh this SSO session run aws sso login with the corresponding profile.");
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void missingAndCorruptedFilesAreTheCliLoadErrors() throws Exception {
        assertThatThrownBy(() -> services.tokenProvider().token(SESSION))
                .hasMessage("Error loading SSO Token: Token for my-sso does not exist");
        assertThatThrownBy(() -> services.tokenProvider().token(LEGACY))
                .hasMessage("Error loading SSO Token: Token for https://d-1234567890.awsapps.com/start does not exist");
        Files.createDirectories(world.ssoCache());
        Files.writeString(world.tokenFile("my-sso"), "{\"startUrl\": \"https://d-12");
        assertThatThrownBy(() -> services.tokenProvider().token(SESSION))
                .hasMessage("Error loading SSO Token: Token for https://d-1234567890.awsapps.com/start is invalid");
    }

    @Test
    void concurrentRefreshesSpendTheRefreshTokenOnce() throws Exception {
        login("dev");
        // inside botocore's mandatory window (less than 10 minutes left) every caller waits for the one refresh
        world.clock.advance(Duration.ofHours(7).plusMinutes(52));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<String> refresh = () -> services.tokenProvider().token(SESSION).accessToken();
                tokens.add(pool.submit(refresh));
            }
            String first = tokens.get(0).get();
            for (Future<String> token : tokens) {
                assertThat(token.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(operations()).containsExactly("CreateToken:refresh_token");
        world.clock.advance(Duration.ofHours(7).plusMinutes(52));
        assertThat(services.tokenProvider().token(SESSION).accessToken()).isNotEmpty();
        assertThat(operations()).containsExactly("CreateToken:refresh_token", "CreateToken:refresh_token");
        assertThat(world.read(world.tokenFile("my-sso"))).contains("\"expiresAt\": \"2026-01-16T09:44:00Z\"");
    }

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\": \"([^\"]*)\".*", "$1");
    }
}
