package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSO role credentials through {@code configure export-credentials}, and the CLI v2 role-credential cache. */
class ExportCredentialsSsoTest {
    /** sha1 of {@code {"accountId":"123456789012","roleName":"ReadOnly","sessionName":"my-sso"}} (sso-compat.md §5). */
    static final String DEV_KEY = "31b260dab331b2af063485cea75f7b8b3cf54c71";

    @TempDir
    Path home;
    private SsoWorld world;

    @BeforeEach
    void login() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
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
}
