package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login-related commands of the seed guide, verbatim, in the order a reader runs them. */
class SeedLoginCommandsTest {
    private static final String SEED_START_URL = "https://my-company.awsapps.com/start";

    @TempDir
    Path home;
    SsoWorld world;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private CliRun.Result ok(CliRun.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result;
    }

    @Test
    void theGuideFromSetupToLogout() {
        // Step 1-6: aws configure sso, answering as the guide does
        CliRun.Result wizard = ok(world.cli().stdin("my-sso\n" + SEED_START_URL + "\neu-west-1\nsso:account:access\n"
                + "123456789012\nAdministratorAccess\neu-west-2\njson\nmy-dev-profile\n").run("configure", "sso"));
        assertThat(wizard.out()).contains("SSO session name (Recommended): my-sso\n",
                "Using the account ID 123456789012\n", "Using the role name \"AdministratorAccess\"\n",
                "Profile name [AdministratorAccess-123456789012]: my-dev-profile\n");
        assertThat(world.read(home.resolve(".aws/config"))).isEqualTo("""
                [profile my-dev-profile]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = AdministratorAccess
                region = eu-west-2
                output = json
                [sso-session my-sso]
                sso_start_url = https://my-company.awsapps.com/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access
                """);

        ok(world.cli().run("sso", "login", "--profile", "my-dev-profile"));
        ok(world.cli().run("sso", "login", "--sso-session", "my-sso"));

        // Multiple profiles: aws configure sso --profile dev / prod / data-science (the existing session)
        ok(world.cli().stdin("my-sso\n1\nAdministratorAccess\neu-west-2\n\n").run("configure", "sso", "--profile",
                "dev"));
        ok(world.cli().stdin("my-sso\n2\nAdministratorAccess\neu-west-2\n\n").run("configure", "sso", "--profile",
                "prod"));
        ok(world.cli().stdin("my-sso\n1\nDataScientist\neu-west-2\n\n").run("configure", "sso", "--profile",
                "data-science"));
        assertThat(world.read(home.resolve(".aws/config"))).contains("""
                [profile dev]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = AdministratorAccess
                region = eu-west-2
                [profile prod]
                sso_session = my-sso
                sso_account_id = 210987654321
                sso_role_name = AdministratorAccess
                region = eu-west-2
                [profile data-science]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = DataScientist
                region = eu-west-2
                """);

        // Update profile configuration: aws configure sso --profile my-profile (a new one here)
        ok(world.cli().stdin("\n1\nReadOnly\n\n\n").run("configure", "sso", "--profile", "my-dev-profile"));
        assertThat(world.read(home.resolve(".aws/config"))).startsWith("""
                [profile my-dev-profile]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = ReadOnly
                region = eu-west-2
                output = json
                """);

        // Logout, both forms
        ok(world.cli().run("sso", "logout", "--profile", "my-dev-profile"));
        assertThat(world.tokenFile("my-sso")).doesNotExist();
        ok(world.cli().run("sso", "login", "--sso-session", "my-sso"));
        ok(world.cli().run("sso", "logout", "--sso-session", "my-sso"));
        assertThat(world.tokenFile("my-sso")).doesNotExist();
    }

    @Test
    void theLegacyConfigurationFromTheGuide() {
        world.config("""
                [profile my-profile]
                sso_start_url = https://my-company.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 123456789012
                sso_role_name = AdministratorAccess
                region = eu-west-2
                """);
        CliRun.Result login = ok(world.cli().run("sso", "login", "--profile", "my-profile"));
        assertThat(login.out()).startsWith("Attempting to open your default browser.\n")
                .endsWith("Successfully logged into Start URL: https://my-company.awsapps.com/start\n");
        assertThat(world.tokenFile(SEED_START_URL)).exists();
    }
}
