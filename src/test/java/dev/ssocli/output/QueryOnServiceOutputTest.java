package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --query} on a real service answer from the emulator; each expected output was printed by the CLI 2.36.12
 * for the same command ({@code aws sso list-accounts --access-token ... --query ...}) against the emulator.
 */
class QueryOnServiceOutputTest {
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
    void hashPairsWithoutACommaSelectLikeTheCli() {
        CliRun.Result result = world.cli().run("sso", "list-accounts", "--profile", "dev", "--output", "json",
                "--query", "{a:accountList[0].accountId b:accountList[0].accountName}");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("{\n    \"a\": \"123456789012\",\n    \"b\": \"Account1\"\n}\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aQueryTooDeepToEvaluateIsOneLineAndExit255() {
        CliRun.Result result = world.cli().run("sso", "list-accounts", "--profile", "dev", "--output", "json",
                "--query", "@|".repeat(20_000) + "@");
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\nmaximum recursion depth exceeded\n");
        assertThat(result.exitCode()).isEqualTo(255);
    }
}
