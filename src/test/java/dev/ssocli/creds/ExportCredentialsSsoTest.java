package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoFixture;
import dev.ssocli.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSO role credentials through {@code configure export-credentials}, and the CLI v2 role-credential cache. */
class ExportCredentialsSsoTest {
    @TempDir
    Path home;
    private final TestClock clock = TestClock.atWholeSecond();
    private Emulator emulator;
    private SsoFixture fixture;

    @BeforeEach
    void start() {
        emulator = SsoFixture.emulator(clock);
        fixture = SsoFixture.create(home, emulator, clock, "").login("dev");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void fetchesRoleCredentialsOnceAndCachesThemInTheCliFormat() throws Exception {
        CliRun.Result first = fixture.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).matches("\\{\n  \"Version\": 1,\n  \"AccessKeyId\": \"ASIA\\w+\",\n"
                + "  \"SecretAccessKey\": \"[^\"]+\",\n  \"SessionToken\": \"[^\"]+\",\n"
                + "  \"Expiration\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\"\n}\n");
        Path cache = fixture.roleCache(SsoFixture.DEV_ROLE_CACHE_KEY);
        String cached = Files.readString(cache);
        assertThat(cached).matches("\\{\"ProviderType\": \"sso\", \"Credentials\": \\{\"AccessKeyId\": \"ASIA\\w+\", "
                + "\"SecretAccessKey\": \"[^\"]+\", \"SessionToken\": \"[^\"]+\", "
                + "\"Expiration\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\", \"AccountId\": \"123456789012\"}}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rw-------");
        long fetches = emulator.requests().stream().filter(r -> "GetRoleCredentials".equals(r.operation())).count();

        CliRun.Result second = fixture.cli().run("configure", "export-credentials", "--profile", "dev");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(emulator.requests().stream().filter(r -> "GetRoleCredentials".equals(r.operation())).count())
                .isEqualTo(fetches);
    }
}
