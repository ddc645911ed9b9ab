package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSO role credentials through {@code configure export-credentials}, and the CLI v2 role-credential cache. */
class ExportCredentialsSsoTest {
    /**
     * sha1 of {@code {"accountId":"123456789012","roleName":"ReadOnly","sessionName":"my-sso"}}
     * (docs/file-formats.md#role-credential-cache).
     */
    static final String DEV_KEY = "31b260dab331b2af063485cea75f7b8b3cf54c71";

    @TempDir
    Path home;
    private SsoWorld world;

    @BeforeEach
    void login() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG + "[profile deploy]\n"
                + "role_arn = arn:aws:iam::210987654321:role/Deploy\n"
                + "role_session_name = tester\n"
                + "source_profile = dev\n"
                + "region = eu-west-2\n");
        CliRun.Result login = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(login.exitCode()).as(login.err()).isZero();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void fetchesRoleCredentialsOnceAndCachesThemInTheCliFormat() throws Exception {
        CliRun.Result first = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).matches("\\{\n  \"Version\": 1,\n  \"AccessKeyId\": \"ASIA\\w+\",\n"
                + "  \"SecretAccessKey\": \"[^\"]+\",\n  \"SessionToken\": \"[^\"]+\",\n"
                + "  \"Expiration\": \"2026-01-15T11:00:00\\+00:00\"\n}\n");
        Path cache = home.resolve(".aws/cli/cache/" + DEV_KEY + ".json");
        assertThat(Files.readString(cache)).matches("\\{\"ProviderType\": \"sso\", \"Credentials\": "
                + "\\{\"AccessKeyId\": \"ASIA\\w+\", \"SecretAccessKey\": \"[^\"]+\", \"SessionToken\": \"[^\"]+\", "
                + "\"Expiration\": \"2026-01-15T11:00:00Z\", \"AccountId\": \"123456789012\"}}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rw-------");
        long fetches = roleCredentialCalls();

        CliRun.Result second = world.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(roleCredentialCalls()).isEqualTo(fetches);
    }

    private long roleCredentialCalls() {
        return world.emulator.requests().stream().filter(r -> "GetRoleCredentials".equals(r.operation())).count();
    }

    private CliRun.Result export(String profile) {
        return world.cli().run("configure", "export-credentials", "--profile", profile);
    }

    private Path devCache() {
        return home.resolve(".aws/cli/cache/" + DEV_KEY + ".json");
    }

    @Test
    void concurrentRunsFetchOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CliRun.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> export("dev")));
            }
            Set<String> outputs = new HashSet<>();
            for (Future<CliRun.Result> run : runs) {
                CliRun.Result result = run.get();
                assertThat(result.exitCode()).as(result.err()).isZero();
                outputs.add(result.out());
            }
            assertThat(outputs).hasSize(1);
            assertThat(roleCredentialCalls()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorruptedCacheEntryFailsAsTheCliDoesAndIsLeftAlone() throws Exception {
        Files.createDirectories(devCache().getParent());
        Files.writeString(devCache(), "garbage");
        CliRun.Result result = export("dev");
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\n'" + DEV_KEY + "'\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(Files.readString(devCache())).isEqualTo("garbage");
        assertThat(roleCredentialCalls()).isZero();
    }

    @Test
    void anEntryMissingItsCredentialsFailsWithTheKeyError() throws Exception {
        Files.createDirectories(devCache().getParent());
        Files.writeString(devCache(), "{\"ProviderType\": \"sso\"}");
        CliRun.Result result = export("dev");
        assertThat(result.err()).isEqualTo("\n'Credentials'\n");
        assertThat(result.exitCode()).isEqualTo(255);
    }

    @Test
    void anEntryWithLessThanFifteenMinutesLeftIsReplaced() throws Exception {
        Files.createDirectories(devCache().getParent());
        String old = "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": \"ASIAOLD\", "
                + "\"SecretAccessKey\": \"old\", \"SessionToken\": \"old\", "
                + "\"Expiration\": \"2026-01-15T10:14:59Z\"}}";
        Files.writeString(devCache(), old);
        CliRun.Result result = export("dev");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("ASIAOLD");
        assertThat(roleCredentialCalls()).isEqualTo(1);
        assertThat(Files.readString(devCache())).doesNotContain("ASIAOLD").contains(accessKey(result.out()));
    }

    @Test
    void anEntryWithFifteenMinutesLeftIsUsed() throws Exception {
        Files.createDirectories(devCache().getParent());
        Files.writeString(devCache(), "{\"ProviderType\": \"sso\", \"Credentials\": {\"AccessKeyId\": "
                + "\"ASIAOLD\", \"SecretAccessKey\": \"old\", \"SessionToken\": \"old\", "
                + "\"Expiration\": \"2026-01-15T10:15:00Z\"}}");
        assertThat(export("dev").out()).contains("\"AccessKeyId\": \"ASIAOLD\"")
                .contains("\"Expiration\": \"2026-01-15T10:15:00+00:00\"");
        assertThat(roleCredentialCalls()).isZero();
    }

    @Test
    void aRevokedSessionGivesTheSsoMessageAndWritesNothing() {
        world.emulator.injectError("GetRoleCredentials", 401, "UnauthorizedException",
                "Session token not found or invalid");
        CliRun.Result result = export("dev");
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\nThe SSO session associated with this profile has expired or is "
                + "otherwise invalid. To refresh this SSO session run aws sso login with the corresponding "
                + "profile.\n");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(devCache()).doesNotExist();
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeNewRoleCredentialsAreFetched() {
        export("dev");
        world.clock.advance(Duration.ofHours(9));
        CliRun.Result result = export("dev");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"Expiration\": \"2026-01-15T20:00:00+00:00\"");
        assertThat(world.emulator.requests()).extracting(r -> r.grantType()).contains("refresh_token");
        assertThat(roleCredentialCalls()).isEqualTo(2);
    }

    @Test
    void withoutATokenTheLoaderErrorNamesTheSessionOrTheStartUrl() {
        CliRun.Result legacy = export("legacy");
        assertThat(legacy.err()).isEqualTo("\nError loading SSO Token: Token for " + SsoWorld.START_URL
                + " does not exist\n");
        assertThat(legacy.exitCode()).isEqualTo(255);
        world.cli().run("sso", "logout");
        CliRun.Result dev = export("dev");
        assertThat(dev.err()).isEqualTo("\nError loading SSO Token: Token for my-sso does not exist\n");
        assertThat(dev.exitCode()).isEqualTo(255);
    }

    @Test
    void anAssumeRoleProfileSourcedFromSsoCachesOnlyTheAssumedRole() throws Exception {
        CliRun.Result result = export("deploy");
        assertThat(result.exitCode()).as(result.err()).isZero();
        // {"RoleArn": "arn:aws:iam::210987654321:role/Deploy", "RoleSessionName": "tester"} with sort_keys.
        Path assumed = home.resolve(".aws/cli/cache/3ba0ac33a95f36aecdad82fcb436bb90715b30d8.json");
        assertThat(Files.readString(assumed)).matches("\\{\"Credentials\": \\{\"AccessKeyId\": \""
                + accessKey(result.out()) + "\", \"SecretAccessKey\": \"[^\"]+\", \"SessionToken\": \"[^\"]+\", "
                + "\"Expiration\": \"2026-01-15T11:00:00UTC\"}, \"AssumedRoleUser\": \\{\"AssumedRoleId\": "
                + "\"[^\"]+:tester\", \"Arn\": \"arn:aws:sts::210987654321:assumed-role/Deploy/tester\"}}");
        assertThat(devCache()).doesNotExist();
        long assumes = world.emulator.requests().stream().filter(r -> "AssumeRole".equals(r.operation())).count();
        assertThat(export("deploy").out()).isEqualTo(result.out());
        assertThat(world.emulator.requests().stream().filter(r -> "AssumeRole".equals(r.operation())).count())
                .isEqualTo(assumes);
    }

    private static String accessKey(String processOutput) {
        Matcher m = Pattern.compile("\"AccessKeyId\": \"(\\w+)\"")
                .matcher(processOutput);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
