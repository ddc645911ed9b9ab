package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.emulator.VanityFront;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code configure sso}: the wizard fed by a scripted console, by flags, and through the terminal menu. */
class ConfigureSsoTest {
    private static final String START = SsoWorld.START_URL;

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

    private String config() {
        return world.read(home.resolve(".aws/config"));
    }

    @Test
    void pipedAnswersConfigureANewSessionAndProfile() {
        CliRun.Result result = world.cli()
                .stdin("my-sso\n" + START + "\nus-east-1\n\n2\nReadOnly\neu-west-2\njson\n\n")
                .run("configure", "sso");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("Warning: Input is not a terminal (fd=0).\n");
        String url = world.browser.opened().get(0);
        assertThat(result.out()).isEqualTo("SSO session name (Recommended): my-sso\n"
                + "SSO start URL [None]: " + START + "\n"
                + "SSO region [None]: us-east-1\n"
                + "SSO registration scopes [sso:account:access]: \n"
                + "Attempting to open your default browser. If the browser does not open, open the following URL.\n"
                + "If you are unable to open the URL on this device, run this command again with the "
                + "'--use-device-code' option.\n\n" + url + "\n\n"
                + "There are 3 AWS accounts available to you.\n"
                + "  1) Account1, account1@example.com (123456789012)\n"
                + "  2) Account2, account2@example.com (210987654321)\n"
                + "  3) Account3, account3@example.com (555555555555)\n"
                + "Enter a number or an account ID [1]: 2\n"
                + "Using the account ID 210987654321\n"
                + "There are 2 roles available to you.\n"
                + "  1) AdministratorAccess\n"
                + "  2) ReadOnly\n"
                + "Enter a number or a role name [1]: ReadOnly\n"
                + "Using the role name \"ReadOnly\"\n"
                + "Default client Region [None]: eu-west-2\n"
                + "CLI default output format (json if not specified) [None]: json\n"
                + "Profile name [ReadOnly-210987654321]: \n"
                + "To use this profile, specify the profile name using --profile, as shown:\n\n"
                + "aws sts get-caller-identity --profile ReadOnly-210987654321\n");
        assertThat(config()).isEqualTo("""
                [profile ReadOnly-210987654321]
                sso_session = my-sso
                sso_account_id = 210987654321
                sso_role_name = ReadOnly
                region = eu-west-2
                output = json
                [sso-session my-sso]
                sso_start_url = https://d-1234567890.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
        assertThat(world.tokenFile("my-sso")).exists();
    }

    @Test
    void flagsAnswerEverythingAndNothingIsAsked() {
        CliRun.Result result = world.cli().run("configure", "sso", "--profile", "dev", "--sso-session-name", "my-sso",
                "--sso-start-url", START, "--sso-region", "us-east-1", "--sso-registration-scopes",
                "sso:account:access", "--account-id", "123456789012", "--role-name", "DataScientist",
                "--default-region", "eu-west-2", "--default-output", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("[None]").doesNotContain("(Recommended)")
                .contains("Using the account ID 123456789012\nUsing the role name \"DataScientist\"\n")
                .endsWith("aws sts get-caller-identity --profile dev\n");
        assertThat(config()).isEqualTo("""
                [profile dev]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = DataScientist
                region = eu-west-2
                output = json
                [sso-session my-sso]
                sso_start_url = https://d-1234567890.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
    }

    @Test
    void aMissingAnswerWithoutATerminalNamesTheFlagAndWritesNothing() {
        CliRun.Result result = world.cli().run("configure", "sso", "--profile", "dev", "--sso-session-name", "my-sso",
                "--sso-region", "us-east-1");
        assertThat(result.exitCode()).isEqualTo(252);
        // The profile does not exist yet, so its error format cannot be read: the CLI then prints the plain message.
        assertThat(result.err()).isEqualTo("Warning: Input is not a terminal (fd=0).\n\naws: [ERROR]: No answer for \"SSO start URL\": "
                + "standard input has no more lines. Pass --sso-start-url to answer it without a prompt.\n");
        assertThat(home.resolve(".aws/config")).doesNotExist();
        assertThat(world.emulator.requests()).isEmpty();
    }

    @Test
    void invalidAnswersAreAskedAgainOrRejectedAsFlags() {
        CliRun.Result piped = world.cli().stdin("my-sso\nnotaurl\n" + START + "\nus-east-1\nsso:account:access foo\n"
                + "\n").run("configure", "sso", "--profile", "dev", "--account-id", "123456789012", "--role-name",
                "ReadOnly", "--default-region", "", "--default-output", "");
        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("SSO start URL [None]: notaurl\nNot a valid Start URL\nSSO start URL [None]: " + START + "\n")
                .contains("SSO registration scopes [sso:account:access]: sso:account:access foo\n"
                        + "Scope values must be separated by commas\n");

        CliRun.Result flag = world.cli().run("configure", "sso", "--profile", "x", "--sso-session-name", "new",
                "--sso-start-url", "notaurl");
        assertThat(flag.exitCode()).isEqualTo(252);
        assertThat(flag.err()).isEqualTo("\naws: [ERROR]: Invalid value for --sso-start-url: Not a valid Start URL\n");
        CliRun.Result account = world.cli().run("configure", "sso", "--profile", "dev", "--sso-session-name", "my-sso",
                "--account-id", "999999999999");
        assertThat(account.exitCode()).isEqualTo(252);
        assertThat(account.err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): Invalid value for --account-id: 999999999999 is not one of the "
                + "accounts available to you\n");
    }

    /**
     * Regression: {@code configure sso} rejected {@code https://host:abc/start} and {@code http://h/ x}, which the
     * CLI 2.36.12 accepts at its start-URL prompt (botocore's {@code is_valid_endpoint_url} looks at the host only),
     * and a no-break space around a scope was kept (Python's {@code str.strip} removes it). Both wizards now share
     * one set of rules, so the wizard goes on to the next question.
     */
    @Test
    void startUrlsWithABadPortOrASpaceInThePathAreAcceptedAsTheCliDoes() {
        for (String url : new String[] {"https://host:abc/start", "http://h/ x"}) {
            CliRun.Result result = world.cli().run("configure", "sso", "--profile", "dev", "--sso-session-name",
                    "s", "--sso-start-url", url);
            assertThat(result.exitCode()).as(url).isEqualTo(252);
            assertThat(result.err()).as(url).endsWith("No answer for \"SSO region\": standard input has no more "
                    + "lines. Pass --sso-region to answer it without a prompt.\n");
        }
        CliRun.Result nbsp = world.cli().run("configure", "sso", "--profile", "dev", "--sso-session-name", "s",
                "--sso-start-url", START, "--sso-region", "us-east-1", "--sso-registration-scopes", "a\u00a0b");
        assertThat(nbsp.exitCode()).isEqualTo(252);
        assertThat(nbsp.err()).isEqualTo(
                "\naws: [ERROR]: Invalid value for --sso-registration-scopes: Scope values must be separated by commas\n");
    }

    /** Regression: an endless pipe of rejected answers ends as at end of input instead of prompting forever. */
    @Test
    void anEndlessPipeOfRejectedAnswersNamesTheFlag() {
        CliRun.Result result = world.cli().stdin("notaurl\n".repeat(10_000)).run("configure", "sso", "--profile",
                "dev", "--sso-session-name", "s");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).endsWith("No answer for \"SSO start URL\": standard input has no more lines. "
                + "Pass --sso-start-url to answer it without a prompt.\n");
        assertThat(result.out().split("Not a valid Start URL\n", -1)).hasSize(
                dev.ssocli.configure.Prompter.MAX_REJECTED_PIPED_ANSWERS + 1);
        assertThat(home.resolve(".aws/config")).doesNotExist();
    }

    @Test
    void anExistingSessionReusesItsTokenAndReRunningUpdatesTheProfileInPlace() throws Exception {
        world.config("# my profiles\n" + SsoWorld.CONFIG);
        assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
        world.emulator.clearRequests();
        int opened = world.browser.opened().size();

        CliRun.Result result = world.cli().stdin("\n1\n3\n\n\n").run("configure", "sso", "--profile", "dev");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("SSO session name [my-sso]: \nThere are 3 AWS accounts available to you.")
                .contains("Default client Region [eu-west-2]: \nCLI default output format (json if not specified) "
                        + "[None]: \n");
        assertThat(world.browser.opened()).hasSize(opened);
        assertThat(world.emulator.requests()).noneMatch(r -> "CreateToken".equals(r.operation()));
        assertThat(config()).startsWith("""
                # my profiles
                [profile dev]
                sso_session = my-sso
                sso_account_id = 123456789012
                sso_role_name = ReadOnly
                region = eu-west-2
                [sso-session my-sso]
                """);
    }

    @Test
    void emptySessionNameSelectsTheLegacyFormat() {
        CliRun.Result result = world.cli().run("configure", "sso", "--profile", "old", "--sso-session-name", "",
                "--sso-start-url", START, "--sso-region", "us-east-1", "--account-id", "555555555555",
                "--role-name", "ReadOnly", "--default-region", "", "--default-output", "");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("WARNING: Configuring using legacy format (e.g. without an SSO session).\n"
                + "Consider re-running \"configure sso\" command and providing a session name.\n"
                + "Attempting to open your default browser.\n");
        assertThat(config()).isEqualTo("""
                [profile old]
                sso_start_url = https://d-1234567890.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 555555555555
                sso_role_name = ReadOnly
                """);
        assertThat(world.tokenFile(START)).exists();
    }

    @Test
    void theDefaultProfileGetsTheDefaultProfileConclusion() {
        CliRun.Result result = world.cli().stdin("default\n").run("configure", "sso", "--sso-session-name", "s",
                "--sso-start-url", START, "--sso-region", "us-east-1", "--sso-registration-scopes", "",
                "--account-id", "123456789012", "--role-name", "ReadOnly", "--default-region", "",
                "--default-output", "", "--use-device-code");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).endsWith("Profile name [ReadOnly-123456789012]: default\nThe AWS CLI is now configured to "
                + "use the default profile.\nRun the following command to verify your configuration:\n\n"
                + "aws sts get-caller-identity\n");
        assertThat(config()).startsWith("[default]\nsso_session = s\n");
        assertThat(world.read(world.registrationFile(java.util.List.of("sso:account:access"), "s")))
                .doesNotContain("grantTypes");
    }

    @Test
    void unauthorizedListingSkipsTheCredentialSettings() {
        world.emulator.injectError("ListAccounts", 401, "UnauthorizedException", "Session token not found or invalid");
        CliRun.Result result = world.cli().stdin("\n\nmine\n").run("configure", "sso", "--sso-session-name", "s",
                "--sso-start-url", START, "--sso-region", "us-east-1", "--sso-registration-scopes", "");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Unable to list AWS accounts and/or roles. Skipping configuring AWS "
                + "credential provider for profile.\n").contains("Profile name [None]: mine\n")
                .endsWith("Successfully configured SSO for profile: mine\n");
        assertThat(config()).startsWith("[profile mine]\nsso_session = s\n[sso-session s]\n");
    }

    @Test
    void theTerminalMenuMovesWithArrowsAndFilters() {
        CliRun.Result result = world.cli().terminal(true)
                .stdin("\u001b[B\u001b[B\u001b[A\u001b[A\rdata\r\n\n")
                .run("configure", "sso", "--profile", "dev", "--sso-session-name", "my-sso", "--sso-start-url",
                        START, "--sso-region", "us-east-1", "--sso-registration-scopes", "");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("There are 3 AWS accounts available to you.\nUse arrow keys to navigate, "
                + "type to filter, and press Enter to select.\n")
                .contains("> Account2, account2@example.com (210987654321)")
                .contains("Using the account ID 123456789012\n")
                .contains("Filter: data")
                .contains("Using the role name \"DataScientist\"\n");
        assertThat(config()).contains("sso_account_id = 123456789012\nsso_role_name = DataScientist\n");
    }

    @Test
    void ctrlCInTheMenuExits130AndWritesNothing() throws Exception {
        CliRun.Result result = world.cli().terminal(true).stdin("\u0003")
                .run("configure", "sso", "--profile", "dev", "--sso-session-name", "my-sso", "--sso-start-url",
                        START, "--sso-region", "us-east-1", "--sso-registration-scopes", "");
        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(Files.exists(home.resolve(".aws/config"))).isFalse();
    }

    @Test
    void oneAccountAndOneRoleNeedNoChoiceAndNoAccountsIsAnError() throws Exception {
        Path directory = home.resolve("directory.json");
        Files.writeString(directory, "{\"user\": {\"email\": \"bob@example.com\"}, \"accounts\": [{\"accountId\": "
                + "\"444455556666\", \"roles\": [\"Solo\"]}]}");
        Path empty = home.resolve("empty.json");
        Files.writeString(empty, "{\"user\": {\"email\": \"bob@example.com\"}, \"accounts\": []}");
        String[] args = {"configure", "sso", "--profile", "p", "--sso-session-name", "s", "--sso-start-url", START,
                "--sso-region", "us-east-1", "--sso-registration-scopes", "", "--default-region", "",
                "--default-output", ""};
        try (SsoWorld single = SsoWorld.start(home.resolve("h1"), b -> b.directory(directory))) {
            CliRun.Result result = single.cli().run(args);
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("\nThe only AWS account available to you is: 444455556666\n"
                    + "Using the account ID 444455556666\nThe only role available to you is: Solo\n"
                    + "Using the role name \"Solo\"\n");
        }
        try (SsoWorld none = SsoWorld.start(home.resolve("h2"), b -> b.directory(empty))) {
            CliRun.Result result = none.cli().run(args);
            assertThat(result.exitCode()).isEqualTo(255);
            assertThat(result.err()).isEqualTo("\naws: [ERROR]: No AWS accounts are available to you.\n");
        }
    }

    @Test
    void helpListsEveryAnswerFlag() {
        for (String[] args : new String[][] {{"configure", "sso", "help"}, {"configure", "sso", "--help"}}) {
            CliRun.Result result = world.cli().run(args);
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).startsWith("Usage: aws configure sso [OPTIONS]\n").contains("--sso-session-name",
                    "--sso-start-url", "--sso-region", "--sso-registration-scopes", "--account-id", "--role-name",
                    "--default-region", "--default-output", "--no-browser", "--use-device-code", "--profile");
        }
        assertThat(world.cli().run("configure", "sso", "stray").err()).isEqualTo("\naws: [ERROR]: An error occurred (ParamValidation): Unknown options: stray\n");
    }

    /**
     * A vanity start URL answered by flags: without {@code --sso-region} the looked-up region is written and nothing
     * is asked; an explicit {@code --sso-region} wins, and the login still uses the portal URL found.
     */
    @Test
    void aVanityStartUrlFromFlagsTakesTheLookedUpRegionUnlessOneIsGiven() {
        try (Emulator vanity = Emulator.builder().vanityFront(null, VanityFront.Mode.REDIRECT).start()) {
            VanityFront front = vanity.vanityFront().orElseThrow();
            for (String region : new String[] {null, "ap-south-1"}) {
                List<String> args = new ArrayList<>(List.of("configure", "sso",
                        "--profile", "dev", "--sso-session-name", "corp", "--sso-start-url", front.startUrl(),
                        "--sso-registration-scopes", "sso:account:access", "--account-id", "123456789012",
                        "--role-name", "DataScientist", "--default-region", "", "--default-output", ""));
                if (region != null) {
                    args.addAll(List.of("--sso-region", region));
                }
                world.emulator.clearRequests();
                CliRun.Result result = world.cli().env("AWS_CA_BUNDLE", front.certificate().toString())
                        .run(args.toArray(String[]::new));

                assertThat(result.exitCode()).as(result.err()).isZero();
                assertThat(result.out()).doesNotContain("SSO region");
                assertThat(config()).contains("[sso-session corp]\nsso_start_url = " + front.startUrl()
                        + "\nsso_region = " + (region == null ? "eu-west-1" : region) + "\n");
                assertThat(world.emulator.requests()).filteredOn(r -> "RegisterClient".equals(r.operation()))
                        .extracting(RecordedRequest::startUrl).containsExactly(VanityFront.DEFAULT_TARGET);
                assertThat(world.read(world.tokenFile("corp"))).contains("\"startUrl\": \"" + front.startUrl() + "\"");
                world.config("");
            }
        }
    }
}
