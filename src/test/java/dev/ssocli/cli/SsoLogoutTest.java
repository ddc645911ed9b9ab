package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.cache.CacheKeys;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sso logout}: the CLI's sweep (docs/cli-surface.md#sso-logout) and the {@code --sso-session} form. */
class SsoLogoutTest {
    private static final String OTHER_SESSION_CONFIG = """
            [profile other]
            sso_session = other-sso
            sso_account_id = 210987654321
            sso_role_name = ReadOnly
            [sso-session other-sso]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            """;

    @TempDir
    Path home;
    SsoWorld world;
    Path cliCache;

    @BeforeEach
    void start() throws Exception {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG + OTHER_SESSION_CONFIG);
        cliCache = home.resolve(".aws/cli/cache");
        Files.createDirectories(cliCache);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Path roleCredentials(String role, String account, String session) throws Exception {
        Path file = cliCache.resolve(CacheKeys.roleCredentials(role, account, session, null) + ".json");
        Files.writeString(file, "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"ASIA\", "
                + "\"SecretAccessKey\": \"s\", \"SessionToken\": \"t\", \"Expiration\": \"2026-01-15T11:00:00Z\"}}");
        return file;
    }

    private List<String> logoutCalls() {
        return world.emulator.requests().stream().map(r -> r.operation()).filter("Logout"::equals).toList();
    }

    @Test
    void logoutRevokesAndDeletesEveryTokenAndSsoCredentialsButKeepsTheRest() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "legacy").exitCode()).isZero();
        Path sso = roleCredentials("ReadOnly", "123456789012", "my-sso");
        Path assumeRole = cliCache.resolve("f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d.json");
        Files.writeString(assumeRole, "{\"Credentials\": {\"AccessKeyId\": \"AKIA\"}, \"AssumedRoleUser\": {}}");
        Path garbage = world.ssoCache().resolve("garbage.json");
        Files.writeString(garbage, "{not json");
        Path registration = world.registrationFile(List.of("sso:account:access"), "my-sso");
        world.emulator.clearRequests();

        CliRun.Result result = world.cli().env("AWS_PROFILE", "dev").run("sso", "logout");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(logoutCalls()).hasSize(2);
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(world.tokenFile(SsoWorld.START_URL)).doesNotExist();
        assertThat(sso).doesNotExist();
        assertThat(assumeRole).exists();
        assertThat(garbage).exists();
        assertThat(registration).exists();
        assertThat(world.registrationFile(null, null)).exists();
    }

    @Test
    void nothingCachedIsSilentSuccess() {
        CliRun.Result result = world.cli().run("sso", "logout");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out() + result.err()).isEmpty();
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void rejectedTokensAreStillDeletedButAnUnreachablePortalAbortsFirst() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.emulator.injectError("Logout", 401, "UnauthorizedException", "Session token not found or invalid");
        assertThat(world.cli().run("sso", "logout").exitCode()).isZero();
        assertThat(world.tokenFile("my-sso")).doesNotExist();

        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        String endpoint = world.emulator.endpoint();
        world.emulator.close();
        CliRun.Result result = world.cli().run("sso", "logout");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo("\nCould not connect to the endpoint URL: \"" + endpoint + "/logout\"\n");
        assertThat(world.tokenFile("my-sso")).exists();
    }

    @Test
    void ssoSessionLogsOutThatSessionOnly() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "other").exitCode()).isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "legacy").exitCode()).isZero();
        Path mine = roleCredentials("ReadOnly", "123456789012", "my-sso");
        Path theirs = roleCredentials("ReadOnly", "210987654321", "other-sso");
        world.emulator.clearRequests();

        CliRun.Result result = world.cli().run("sso", "logout", "--sso-session", "my-sso");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("Removed the SSO token for " + SsoWorld.START_URL + " "
                + world.tokenFile("my-sso") + "\nRemoved cached role credentials " + mine + "\n");
        assertThat(logoutCalls()).hasSize(1);
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(mine).doesNotExist();
        assertThat(world.tokenFile("other-sso")).exists();
        assertThat(theirs).exists();
        assertThat(world.tokenFile(SsoWorld.START_URL)).exists();
    }

    @Test
    void profileLogsOutThatProfilesSessionOrLegacyStartUrlOnly() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "other").exitCode()).isZero();
        assertThat(world.cli().run("sso", "login", "--profile", "legacy").exitCode()).isZero();
        Path mine = roleCredentials("ReadOnly", "123456789012", "my-sso");
        Path legacy = cliCache.resolve(CacheKeys.roleCredentials("ReadOnly", "123456789012", null,
                SsoWorld.START_URL) + ".json");
        Files.copy(mine, legacy);
        world.emulator.clearRequests();

        CliRun.Result result = world.cli().run("sso", "logout", "--profile", "legacy");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("Removed the SSO token for " + SsoWorld.START_URL + " "
                + world.tokenFile(SsoWorld.START_URL) + "\nRemoved cached role credentials " + legacy + "\n");
        assertThat(logoutCalls()).hasSize(1);
        assertThat(world.tokenFile(SsoWorld.START_URL)).doesNotExist();
        assertThat(world.tokenFile("my-sso")).exists();
        assertThat(world.tokenFile("other-sso")).exists();
        assertThat(mine).exists();

        assertThat(world.cli().run("sso", "logout", "--profile", "dev").exitCode()).isZero();
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(mine).doesNotExist();
        assertThat(world.tokenFile("other-sso")).exists();
    }

    @Test
    void allSweepsAndReportsEvenExpiredTokens() throws Exception {
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.clock.advance(java.time.Duration.ofDays(1));

        CliRun.Result result = world.cli().run("sso", "logout", "--all");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("Removed the SSO token for " + SsoWorld.START_URL + " "
                + world.tokenFile("my-sso") + "\n");
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        assertThat(world.cli().run("sso", "logout", "--all").err())
                .isEqualTo("Nothing to remove: no cached token or role credentials\n");
        CliRun.Result both = world.cli().run("sso", "logout", "--all", "--sso-session", "my-sso");
        assertThat(both.exitCode()).isEqualTo(252);
        assertThat(both.err()).contains("only one of --all, --sso-session and --profile may be given");
    }

    @Test
    void unknownSsoSessionIsAConfigurationError() {
        CliRun.Result result = world.cli().run("sso", "logout", "--sso-session", "nope");
        assertThat(result.exitCode()).isEqualTo(253);
        assertThat(result.err()).isEqualTo("\nThe specified sso-session does not exist: \"nope\"\n");
    }
}
