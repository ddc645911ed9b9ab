package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws sso list-accounts}, {@code list-account-roles} and {@code get-role-credentials} against the emulator:
 * with {@code --access-token} as in the CLI, and with the profile's cached token instead.
 */
class SsoPortalCommandsTest {
    private static final String USAGE = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";
    private static final String ACCOUNTS = "{\n    \"accountList\": [\n"
            + "        {\n            \"accountId\": \"123456789012\",\n            \"accountName\": \"Account1\",\n"
            + "            \"emailAddress\": \"account1@example.com\"\n        },\n"
            + "        {\n            \"accountId\": \"210987654321\",\n            \"accountName\": \"Account2\",\n"
            + "            \"emailAddress\": \"account2@example.com\"\n        },\n"
            + "        {\n            \"accountId\": \"555555555555\",\n            \"accountName\": \"Account3\",\n"
            + "            \"emailAddress\": \"account3@example.com\"\n        }\n    ]\n}\n";

    @TempDir
    Path home;
    private SsoWorld world;

    @BeforeEach
    void login() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG + "[profile static]\n"
                + "aws_access_key_id = AKIDSTATIC\naws_secret_access_key = secretstatic\n");
        CliRun.Result login = world.cli().run("sso", "login", "--profile", "dev");
        assertThat(login.exitCode()).as(login.err()).isZero();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String accessToken() {
        Matcher m = Pattern.compile("\"accessToken\": \"([^\"]+)\"").matcher(world.read(world.tokenFile("my-sso")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private CliRun.Result run(String... args) {
        return world.cli().run(args);
    }

    @Test
    void listAccountsWithTheProfilesCachedToken() {
        CliRun.Result result = run("sso", "list-accounts", "--profile", "dev");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(ACCOUNTS);
    }

    @Test
    void listAccountsWithAnAccessTokenAsTheCliDoes() {
        CliRun.Result result = run("sso", "list-accounts", "--access-token", accessToken(), "--region", "us-east-1",
                "--profile", "static");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(ACCOUNTS);
        assertError(run("sso", "list-accounts", "--access-token", accessToken(), "--profile", "legacy"), 253,
                "\naws: [ERROR]: An error occurred (NoRegion): You must specify a region. You can also configure your region by running \"aws configure\".\n");
        assertError(run("sso", "list-accounts", "--access-token", "bogus", "--region", "us-east-1"), 254,
                "\naws: [ERROR]: An error occurred (UnauthorizedException) when calling the ListAccounts operation: "
                        + "Session token not found or invalid\n");
    }

    @Test
    void rolesAndRoleCredentials() {
        CliRun.Result roles = run("sso", "list-account-roles", "--profile", "dev", "--account-id", "210987654321");
        assertThat(roles.exitCode()).as(roles.err()).isZero();
        assertThat(roles.out()).isEqualTo("{\n    \"roleList\": [\n"
                + "        {\n            \"roleName\": \"AdministratorAccess\",\n"
                + "            \"accountId\": \"210987654321\"\n        },\n"
                + "        {\n            \"roleName\": \"ReadOnly\",\n            \"accountId\": \"210987654321\"\n"
                + "        }\n    ]\n}\n");
        CliRun.Result credentials = run("sso", "get-role-credentials", "--profile", "dev", "--role-name", "ReadOnly",
                "--account-id", "123456789012");
        assertThat(credentials.exitCode()).as(credentials.err()).isZero();
        assertThat(credentials.out()).matches("\\{\n    \"roleCredentials\": \\{\n"
                + "        \"accessKeyId\": \"ASIA\\w+\",\n        \"secretAccessKey\": \"[^\"]+\",\n"
                + "        \"sessionToken\": \"[^\"]+\",\n        \"expiration\": 1768474800000\n    }\n}\n");
        CliRun.Result text = run("sso", "get-role-credentials", "--profile", "dev", "--role-name", "ReadOnly",
                "--account-id", "123456789012", "--query", "roleCredentials.expiration", "--output", "text");
        assertThat(text.out()).isEqualTo("1768474800000\n");
    }

    @Test
    void requiredArgumentsAreListedInModelOrder() {
        assertError(run("sso", "list-accounts", "--profile", "static"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --access-token" + "\n\n" + USAGE);
        assertError(run("sso", "list-account-roles", "--profile", "static"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --access-token, --account-id" + "\n\n" + USAGE);
        assertError(run("sso", "list-account-roles", "--profile", "dev"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --account-id" + "\n\n" + USAGE);
        assertError(run("sso", "get-role-credentials", "--profile", "static"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --role-name, --account-id, " + "--access-token" + "\n\n" + USAGE);
        // A profile that does not exist has no error format to read: the CLI prints the plain message.
        assertError(run("sso", "list-accounts", "--profile", "nope"), 252,
                "\naws: [ERROR]: the following arguments are required: --access-token\n\n" + USAGE);
    }

    @Test
    void pagingOptions() {
        assertError(run("sso", "list-accounts", "--profile", "dev", "--page-size", "0"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid value for parameter maxResults, value: 0, valid min value: 1\n");
        assertError(run("sso", "list-accounts", "--profile", "dev", "--max-results", "0"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid value for parameter maxResults, value: 0, valid min value: 1\n");
        assertError(run("sso", "list-accounts", "--profile", "dev", "--no-paginate", "--max-items", "1"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): Cannot specify --no-paginate along with pagination arguments: --max-items\n");
        assertError(run("sso", "list-accounts", "--profile", "dev", "--max-results", "1", "--max-items", "2"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): Cannot specify --no-paginate along with pagination arguments: --max-items\n");
        assertError(run("sso", "list-accounts", "--profile", "dev", "--page-size", "abc"), 252,
                "\naws: [ERROR]: An error occurred (ParamValidation): argument --page-size: invalid int value: 'abc'" + "\n\n" + USAGE);

        world.emulator.clearRequests();
        CliRun.Result paged = run("sso", "list-accounts", "--profile", "dev", "--page-size", "1",
                "--query", "accountList[].accountId", "--output", "text");
        assertThat(paged.out()).isEqualTo("123456789012\n210987654321\n555555555555\n");
        assertThat(world.emulator.requests()).extracting(RecordedRequest::operation)
                .containsExactly("ListAccounts", "ListAccounts", "ListAccounts");

        CliRun.Result first = run("sso", "list-accounts", "--profile", "dev", "--max-items", "2", "--output", "text");
        Matcher token = Pattern.compile("(?m)^NEXTTOKEN\t(\\S+)$").matcher(first.out());
        assertThat(token.find()).as(first.out()).isTrue();
        assertThat(first.out()).startsWith("ACCOUNTLIST\t123456789012\tAccount1\taccount1@example.com\n"
                + "ACCOUNTLIST\t210987654321\tAccount2\taccount2@example.com\n");
        CliRun.Result rest = run("sso", "list-accounts", "--profile", "dev", "--starting-token", token.group(1),
                "--output", "text");
        assertThat(rest.out()).isEqualTo("ACCOUNTLIST\t555555555555\tAccount3\taccount3@example.com\n");

        CliRun.Result raw = run("sso", "list-accounts", "--profile", "dev", "--max-results", "1");
        assertThat(raw.out()).startsWith("{\n    \"nextToken\": \"").contains("\"accountList\": [\n")
                .doesNotContain("Account2");
    }

    @Test
    void aRejectedProfileTokenGetsTheSsoSessionMessage() {
        world.emulator.injectError("ListAccounts", 401, "UnauthorizedException", "Session token not found or invalid");
        assertError(run("sso", "list-accounts", "--profile", "dev"), 255, "\naws: [ERROR]: The SSO session associated with this "
                + "profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with "
                + "the corresponding profile.\n");
    }

    private static void assertError(CliRun.Result result, int exitCode, String stderr) {
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(stderr);
        assertThat(result.exitCode()).isEqualTo(exitCode);
    }
}
