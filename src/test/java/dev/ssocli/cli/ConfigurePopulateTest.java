package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code configure populate}: profiles for every account and role, idempotent, lossless, marked, prunable. */
class ConfigurePopulateTest {
    private static final String USER_CONFIG = "# my settings\n" + SsoWorld.CONFIG + "[profile Account1.ReadOnly]\n"
            + "region = ap-south-1 ; mine\n";

    @TempDir
    Path home;
    SsoWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    private Path config() {
        return home.resolve(".aws/config");
    }

    private void loggedIn(String config) {
        world = SsoWorld.start(home).config(config);
        assertThat(world.cli().run("sso", "login", "--sso-session", "my-sso").exitCode()).isZero();
    }

    @Test
    void writesOneMarkedProfilePerAccountAndRoleAndLeavesEverythingElse() throws Exception {
        loggedIn(USER_CONFIG);

        CliRun.Result result = world.cli().run("configure", "populate", "--sso-session", "my-sso", "--region",
                "eu-west-1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                Added profile Account1.AdministratorAccess (123456789012 Account1, AdministratorAccess)
                Added profile Account1.DataScientist (123456789012 Account1, DataScientist)
                Added profile Account2.AdministratorAccess (210987654321 Account2, AdministratorAccess)
                Added profile Account2.ReadOnly (210987654321 Account2, ReadOnly)
                Added profile Account3.ReadOnly (555555555555 Account3, ReadOnly)
                Added 5, changed 0, removed 0 profiles; 0 unchanged, 1 skipped
                """);
        assertThat(result.err()).isEqualTo("Skipped profile Account1.ReadOnly (123456789012 Account1, ReadOnly): "
                + "a profile of that name exists and was not created by configure populate\n");
        String written = world.read(config());
        assertThat(written).startsWith(USER_CONFIG).isEqualTo(USER_CONFIG + """
                [profile Account1.AdministratorAccess]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = AdministratorAccess
                region = eu-west-1
                sso_auto_populated = true
                [profile Account1.DataScientist]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = DataScientist
                region = eu-west-1
                sso_auto_populated = true
                [profile Account2.AdministratorAccess]
                sso_session = my-sso
                sso_account_id = 210987654321
                sso_role_name = AdministratorAccess
                region = eu-west-1
                sso_auto_populated = true
                [profile Account2.ReadOnly]
                sso_session = my-sso
                sso_account_id = 210987654321
                sso_role_name = ReadOnly
                region = eu-west-1
                sso_auto_populated = true
                [profile Account3.ReadOnly]
                sso_session = my-sso
                sso_account_id = 555555555555
                sso_role_name = ReadOnly
                region = eu-west-1
                sso_auto_populated = true
                """);

        CliRun.Result again = world.cli().run("configure", "populate", "--sso-session", "my-sso", "--region",
                "eu-west-1");
        assertThat(again.out()).isEqualTo("Added 0, changed 0, removed 0 profiles; 5 unchanged, 1 skipped\n");
        assertThat(world.read(config())).isEqualTo(written);

        CliRun.Result sts = world.cli().run("sts", "get-caller-identity", "--profile", "Account2.ReadOnly",
                "--query", "Account", "--output", "text");
        assertThat(sts.out()).isEqualTo("210987654321\n");
    }

    @Test
    void filtersDryRunAndPruneTouchOnlyWhatThisCommandCreated() throws Exception {
        loggedIn(SsoWorld.CONFIG);
        assertThat(world.cli().run("configure", "populate", "--sso-session", "my-sso").exitCode()).isZero();
        String before = world.read(config());

        CliRun.Result dry = world.cli().run("configure", "populate", "--sso-session", "my-sso", "--account",
                "Account[12]", "--account", "555555555555", "--role", "*Only", "--output", "json", "--prune",
                "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).isEqualTo("""
                Would change profile Account1.ReadOnly (123456789012 Account1, ReadOnly)
                Would change profile Account2.ReadOnly (210987654321 Account2, ReadOnly)
                Would change profile Account3.ReadOnly (555555555555 Account3, ReadOnly)
                Would remove profile Account1.AdministratorAccess
                Would remove profile Account1.DataScientist
                Would remove profile Account2.AdministratorAccess
                Would add 0, change 3, remove 3 profiles; 0 unchanged, 0 skipped
                """);
        assertThat(world.read(config())).isEqualTo(before);

        CliRun.Result pruned = world.cli().run("configure", "populate", "--sso-session", "my-sso", "--role",
                "ReadOnly", "--prune");
        assertThat(pruned.out()).endsWith("Added 0, changed 0, removed 3 profiles; 3 unchanged, 0 skipped\n");
        assertThat(world.read(config())).startsWith(SsoWorld.CONFIG)
                .doesNotContain("AdministratorAccess", "DataScientist")
                .contains("[profile Account1.ReadOnly]", "[profile Account3.ReadOnly]");
        assertThat(world.cli().run("configure", "get", "sso_role_name", "--profile", "dev").out())
                .isEqualTo("ReadOnly\n");
    }

    @Test
    void templatesAreFilledAndMadeSafeForIniAndShells() {
        loggedIn(SsoWorld.CONFIG);

        CliRun.Result result = world.cli().run("configure", "populate", "--sso-session", "my-sso", "--account",
                "Account3", "--profile-name-template", "{sso_session} {account_id}/{role_name}!");

        assertThat(result.out()).startsWith("Added profile my-sso-555555555555-ReadOnly ");
        assertThat(world.read(config())).contains("[profile my-sso-555555555555-ReadOnly]\n");

        CliRun.Result bad = world.cli().run("configure", "populate", "--sso-session", "my-sso",
                "--profile-name-template", "{account}");
        assertThat(bad.exitCode()).isEqualTo(252);
        assertThat(bad.err()).contains("Unknown field {account} in --profile-name-template");
    }

    @Test
    void withoutATokenItSaysToLogInAndWritesNothing() throws Exception {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);

        CliRun.Result result = world.cli().run("configure", "populate", "--sso-session", "my-sso");

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).contains("Token for my-sso does not exist");
        assertThat(world.read(config())).isEqualTo(SsoWorld.CONFIG);
    }

    @Test
    void twoHundredAccountsWithThreeRolesEach() throws Exception {
        StringBuilder directory = new StringBuilder("{\"user\": {\"email\": \"a@example.com\"}, \"accounts\": [");
        for (int i = 0; i < 200; i++) {
            directory.append(i == 0 ? "" : ",").append(String.format("{\"accountId\": \"%012d\", \"accountName\": "
                    + "\"team %03d\", \"emailAddress\": \"t%d@example.com\", \"roles\": [\"Admin\", \"Dev\", "
                    + "\"ReadOnly\"]}", 100000000000L + i, i, i));
        }
        Path file = home.resolve("directory.json");
        Files.writeString(file, directory.append("]}"));
        world = SsoWorld.start(home, b -> b.directory(file)).config(SsoWorld.CONFIG);
        assertThat(world.cli().run("sso", "login", "--sso-session", "my-sso").exitCode()).isZero();

        CliRun.Result result = world.cli().run("configure", "populate", "--sso-session", "my-sso");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).endsWith("Added 600, changed 0, removed 0 profiles; 0 unchanged, 0 skipped\n");
        String written = world.read(config());
        assertThat(Pattern.compile("^\\[profile team-\\d{3}\\.(Admin|Dev|ReadOnly)]$", Pattern.MULTILINE)
                .matcher(written).results().count()).isEqualTo(600);
        assertThat(world.cli().run("configure", "get", "sso_account_id", "--profile", "team-199.Dev").out())
                .isEqualTo("100000000199\n");
    }
}
