package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configure commands' output and exit codes, byte for byte as AWS CLI 2.9.19 prints them for the same files. */
class ConfigureCommandsTest {
    private static final String CONFIG = """
            [default]
            region = us-east-1
            output = json
            [profile dev]
            sso_session = my-sso
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = eu-west-1
            s3 =
                max_concurrent_requests = 20
            [sso-session my-sso]
            sso_start_url = https://x.awsapps.com/start
            sso_region = us-east-1
            [profile 'with space']
            region = ap-south-1
            [plugins]
            foo = bar
            """;
    private static final String CREDENTIALS = """
            [credonly]
            aws_access_key_id = AKIAEXAMPLEKEY1234
            aws_secret_access_key = secret
            [dev]
            foo = bar
            """;
    private static final String HEADER = """
                  Name                    Value             Type    Location
                  ----                    -----             ----    --------
            """;

    @TempDir
    Path home;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        Files.writeString(home.resolve(".aws/credentials"), CREDENTIALS);
    }

    private Result aws(String... args) {
        return CliRun.in(home).run(args);
    }

    @Test
    void listProfilesGivesConfigOrderThenCredentialsOnlyProfiles() {
        assertThat(aws("configure", "list-profiles"))
                .isEqualTo(new Result(0, "default\ndev\nwith space\ncredonly\n", ""));
    }

    @Test
    void listProfilesOnMissingFilesPrintsNothing() throws IOException {
        Files.delete(home.resolve(".aws/config"));
        Files.delete(home.resolve(".aws/credentials"));
        assertThat(aws("configure", "list-profiles")).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void aDirectoryInPlaceOfTheConfigReadsAsEmpty() throws IOException {
        Files.delete(home.resolve(".aws/config"));
        Files.createDirectory(home.resolve(".aws/config"));
        assertThat(aws("configure", "list-profiles")).isEqualTo(new Result(0, "credonly\ndev\n", ""));
    }

    @Test
    void malformedFilesFailWithTheFileAndLine() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile a]\nregion=x\n[profile a]\n");
        Result result = aws("configure", "list-profiles");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("\nUnable to parse config file: " + home.resolve(".aws/config")
                + " (line 3: section [profile a] appears twice)\n");
    }

    @Test
    void invalidUtf8IsAParseError() throws IOException {
        Files.write(home.resolve(".aws/credentials"), new byte[] {'[', 'a', ']', '\n', 'k', '=', (byte) 0xff, '\n'});
        Result result = aws("configure", "get", "region");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo("\nUnable to parse config file: " + home.resolve(".aws/credentials")
                + " (not valid UTF-8)\n");
    }

    @Test
    void listShowsWhereEachValueComesFrom() {
        assertThat(aws("configure", "list")).isEqualTo(new Result(0, HEADER + """
                   profile                <not set>             None    None
                access_key                <not set>             None    None
                secret_key                <not set>             None    None
                    region                us-east-1      config-file    ~/.aws/config
                """, ""));
        assertThat(aws("configure", "list", "--profile", "credonly")).isEqualTo(new Result(0, HEADER + """
                   profile                 credonly           manual    --profile
                access_key     ****************1234 shared-credentials-file    \n\
                secret_key     ****************cret shared-credentials-file    \n\
                    region                <not set>             None    None
                """, ""));
    }

    @Test
    void listTakesProfileAndRegionFromTheEnvironment() {
        Result result = CliRun.in(home).env("AWS_PROFILE", "credonly").env("AWS_REGION", "x")
                .env("AWS_ACCESS_KEY_ID", "AKIAENVKEY99").env("AWS_SECRET_ACCESS_KEY", "envsecret")
                .run("configure", "list");
        assertThat(result).isEqualTo(new Result(0, HEADER + """
                   profile                 credonly              env    ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']
                access_key     ****************EY99              env    \n\
                secret_key     ****************cret              env    \n\
                    region                        x              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']
                """, ""));
    }

    @Test
    void listWithAMissingProfilePrintsTheFirstRowsThenFails() {
        assertThat(aws("configure", "list", "--profile", "nope")).isEqualTo(new Result(255, HEADER + """
                   profile                     nope           manual    --profile
                """, "\nThe config profile (nope) could not be found\n"));
    }

    @Test
    void getPrintsRawValuesAndExitsOneWhenMissing() {
        assertThat(aws("configure", "get", "region")).isEqualTo(new Result(0, "us-east-1\n", ""));
        assertThat(aws("configure", "get", "region", "--profile", "dev")).isEqualTo(new Result(0, "eu-west-1\n", ""));
        assertThat(aws("configure", "get", "REGION", "--profile", "dev")).isEqualTo(new Result(1, "", ""));
        assertThat(aws("configure", "get", "sso_start_url", "--profile", "dev")).isEqualTo(new Result(1, "", ""));
        assertThat(aws("configure", "get", "s3.max_concurrent_requests", "--profile", "dev"))
                .isEqualTo(new Result(0, "20\n", ""));
        assertThat(aws("configure", "get", "dev.s3.max_concurrent_requests")).isEqualTo(new Result(0, "20\n", ""));
        assertThat(aws("configure", "get", "profile.dev.region")).isEqualTo(new Result(0, "eu-west-1\n", ""));
        assertThat(aws("configure", "get", "plugins.foo")).isEqualTo(new Result(0, "bar\n", ""));
        assertThat(aws("configure", "get", "foo", "--profile", "dev")).isEqualTo(new Result(0, "bar\n", ""));
        assertThat(aws("configure", "get", "aws_access_key_id", "--profile", "credonly"))
                .isEqualTo(new Result(0, "AKIAEXAMPLEKEY1234\n", ""));
        assertThat(aws("configure", "get", "profile.nope.region")).isEqualTo(new Result(1, "", ""));
    }

    @Test
    void getErrors() {
        assertThat(aws("configure", "get", "s3", "--profile", "dev")).isEqualTo(new Result(1, "",
                "varname (s3) must reference a value, not a section or sub-section."));
        assertThat(aws("configure", "get", "region", "--profile", "nope"))
                .isEqualTo(new Result(255, "", "\nThe config profile (nope) could not be found\n"));
        assertThat(CliRun.in(home).env("AWS_PROFILE", "").run("configure", "get", "region"))
                .isEqualTo(new Result(255, "", "\nThe config profile () could not be found\n"));
        assertThat(aws("configure", "get", "profile.dev")).isEqualTo(new Result(255, "", "\nlist index out of range\n"));
        assertThat(aws("configure", "get", "a", "b")).isEqualTo(new Result(252, "", "\nUnknown options: b\n"));
        assertThat(aws("configure", "get").err()).endsWith("aws: error: the following arguments are required: varname\n\n");
    }

    @Test
    void usageErrorsAsTheCliPrintsThem() {
        assertThat(aws("configure", "get", "region", "--profile")).isEqualTo(new Result(252, "",
                "\nusage: aws [-h] [--profile PROFILE] [--debug]\n\naws: error: argument --profile: expected one argument\n\n"));
        assertThat(aws("configure", "list", "--region").err())
                .endsWith("\naws: error: argument --region: expected one argument\n\n");
        assertThat(aws("configure", "bogus").err()).contains("aws: error: argument subcommand: Invalid choice, "
                + "valid choices are:\n\nsso                                      | sso-session                             \n");
        assertThat(aws("configure", "list", "extra")).isEqualTo(new Result(252, "", "\nUnknown options: extra\n"));
    }

    @Test
    void getAndSetAddressSsoSessionSections() {
        assertThat(aws("configure", "get", "sso_region", "--sso-session", "my-sso"))
                .isEqualTo(new Result(0, "us-east-1\n", ""));
        assertThat(aws("configure", "get", "sso_region", "--sso-session", "nope")).isEqualTo(new Result(1, "", ""));
        assertThat(aws("configure", "set", "sso_region", "eu-west-1", "--sso-session", "my-sso"))
                .isEqualTo(new Result(0, "", ""));
        assertThat(aws("configure", "set", "sso_start_url", "https://y.awsapps.com/start", "--sso-session", "new"))
                .isEqualTo(new Result(0, "", ""));
        assertThat(aws("configure", "get", "sso_region", "--sso-session", "my-sso"))
                .isEqualTo(new Result(0, "eu-west-1\n", ""));
        assertThat(aws("configure", "get", "sso_start_url", "--sso-session", "new"))
                .isEqualTo(new Result(0, "https://y.awsapps.com/start\n", ""));
        assertThat(aws("configure", "set", "a", "b", "--sso-session", "x", "--services", "y").exitCode())
                .isEqualTo(252);
    }

    @Test
    void setWritesWhereTheCliWrites() throws IOException {
        Path empty = home.resolve("empty");
        String[][] commands = {
                {"configure", "set", "region", "us-east-1"},
                {"configure", "set", "s3.max_concurrent_requests", "20"},
                {"configure", "set", "output", "json", "--profile", "p1"},
                {"configure", "set", "profile.p2.sso_start_url", "https://a.awsapps.com/start"},
                {"configure", "set", "plugins.foo", "bar"},
                {"configure", "set", "region", "eu-west-1", "--profile", "with space"},
                {"configure", "set", "aws_access_key_id", "AKID", "--profile", "p1"},
                {"configure", "set", "x.y.z", "3", "--profile", "r"},
        };
        for (String[] command : commands) {
            assertThat(CliRun.in(empty).run(command)).isEqualTo(new Result(0, "", ""));
        }
        assertThat(Files.readString(empty.resolve(".aws/config"))).isEqualTo("""
                [default]
                region = us-east-1
                s3 =
                    max_concurrent_requests = 20
                [profile p1]
                output = json
                [profile p2]
                sso_start_url = https://a.awsapps.com/start
                [plugins]
                foo = bar
                [profile 'with space']
                region = eu-west-1
                [profile r]
                x = 3
                """);
        assertThat(Files.readString(empty.resolve(".aws/credentials"))).isEqualTo("[p1]\naws_access_key_id = AKID\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(empty.resolve(".aws/config"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(empty.resolve(".aws"))))
                .isEqualTo("rwx------");
    }

    @Test
    void setRejectsLineBreaksAndLeavesTheFileAlone() throws IOException {
        Result result = aws("configure", "set", "region", "a\nb", "--profile", "dev");
        assertThat(result).isEqualTo(new Result(255, "",
                "\nInvalid value for key region: newline characters and carriage returns are not allowed.\n"));
        assertThat(aws("configure", "set", "region", "a\rb").exitCode()).isEqualTo(255);
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(CONFIG);
    }

    @Test
    void setUsageErrors() throws IOException {
        assertThat(aws("configure", "set", "region").err())
                .endsWith("aws: error: the following arguments are required: value\n\n");
        assertThat(aws("configure", "set", "region", "a", "b")).isEqualTo(new Result(252, "", "\nUnknown options: b\n"));
        assertThat(aws("configure", "set", "profile.z", "3")).isEqualTo(new Result(255, "", "\nlist index out of range\n"));
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(CONFIG);
    }

    @Test
    void setOnAMalformedFileChangesNothing() throws IOException {
        String malformed = "[profile a]\nregion=x\nregion=y\n";
        Files.writeString(home.resolve(".aws/config"), malformed);
        assertThat(aws("configure", "set", "region", "z").exitCode()).isEqualTo(255);
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(malformed);
    }

    @Test
    void ssoSessionWithPipedAnswers() throws IOException {
        Result result = CliRun.in(home).stdin("piped\nhttps://p.awsapps.com/start\nus-east-1\n\n")
                .run("configure", "sso-session");
        assertThat(result).isEqualTo(new Result(0, """
                SSO session name: piped
                SSO start URL [None]: https://p.awsapps.com/start
                SSO region [None]: us-east-1
                SSO registration scopes [sso:account:access]: \n\
                
                Completed configuring SSO session: piped
                Run the following to login and refresh access token for this session:
                
                aws sso login --sso-session piped
                """, "Warning: Input is not a terminal (fd=0).\n"));
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(CONFIG + """
                [sso-session piped]
                sso_start_url = https://p.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
    }

    @Test
    void ssoSessionOffersExistingValuesAndKeepsUntouchedLines() throws IOException {
        Result result = CliRun.in(home).stdin("my-sso\n\nus-west-2\nfoo, bar\n").run("configure", "sso-session");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("SSO start URL [https://x.awsapps.com/start]: \n",
                "SSO region [us-east-1]: us-west-2\n", "SSO registration scopes [sso:account:access]: foo, bar\n");
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(CONFIG.replace(
                "sso_region = us-east-1\n", "sso_region = us-west-2\nsso_registration_scopes = foo, bar\n"));
    }

    @Test
    void ssoSessionValidationMessagesAndThePipedBufferQuirk() throws IOException {
        Result result = CliRun.in(home)
                .stdin("\nnew1\nnotaurl\nhttps://ok.example.com/start\n\nus-west-2\nbad scope, x\n")
                .run("configure", "sso-session");
        assertThat(result.out()).isEqualTo("""
                SSO session name: \n\
                A value is required
                SSO session name: new1
                SSO start URL [None]: notaurl
                Not a valid Start URL
                SSO start URL [None]: notaurlhttps://ok.example.com/start
                SSO region [None]: \n\
                A value is required
                SSO region [None]: us-west-2
                SSO registration scopes [sso:account:access]: bad scope, x
                Scope values must be separated by commas
                SSO registration scopes [sso:account:access]: \n\
                """);
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo("Warning: Input is not a terminal (fd=0).\n\n\n");
        assertThat(Files.readString(home.resolve(".aws/config"))).isEqualTo(CONFIG);
    }

    /**
     * Regression, checked against the CLI 2.36.12: both start URLs are accepted, and the scopes answer is stripped
     * with Python's {@code str.strip} (no-break spaces at the ends go, the ones inside stay); a no-break space inside
     * a scope is rejected ({@code ScopesValidator} uses Unicode {@code \\s}).
     */
    @Test
    void ssoSessionFollowsPythonsRulesForUrlsAndScopes(@TempDir Path fresh) throws IOException {
        for (String url : new String[] {"https://host:abc/start", "http://h/ x"}) {
            Files.deleteIfExists(fresh.resolve(".aws/config"));
            Result result = CliRun.in(fresh).stdin("s\n" + url + "\nus-east-1\n\u00a0a ,\u00a0c\u00a0\n")
                    .run("configure", "sso-session");
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("SSO start URL [None]: " + url + "\nSSO region [None]: us-east-1\n");
            assertThat(Files.readString(fresh.resolve(".aws/config"))).isEqualTo("[sso-session s]\n"
                    + "sso_start_url = " + url + "\nsso_region = us-east-1\nsso_registration_scopes = a ,\u00a0c\n");
        }
        Result rejected = CliRun.in(fresh).stdin("s\nhttps://h/\nus-east-1\na\u00a0b\n").run("configure", "sso-session");
        assertThat(rejected.exitCode()).isEqualTo(255);
        assertThat(rejected.out()).contains("a\u00a0b\nScope values must be separated by commas\n");
    }

    /**
     * Regression: {@code yes '' | aws configure sso-session} printed without end, and a repeated bad answer grew the
     * echoed buffer on every line. After {@link dev.ssocli.configure.Prompter#MAX_REJECTED_PIPED_ANSWERS} rejected
     * answers in a row the prompt ends as at end of input (exit 255, nothing written).
     */
    @Test
    void anEndlessPipeOfRejectedAnswersEnds(@TempDir Path fresh) {
        Result empty = CliRun.in(fresh).stdin("\n".repeat(10_000)).run("configure", "sso-session");
        assertThat(empty.exitCode()).isEqualTo(255);
        assertThat(empty.out().split("A value is required\n", -1)).hasSize(
                dev.ssocli.configure.Prompter.MAX_REJECTED_PIPED_ANSWERS + 1);
        Result growing = CliRun.in(fresh).stdin("s\n" + "x\n".repeat(10_000)).run("configure", "sso-session");
        assertThat(growing.exitCode()).isEqualTo(255);
        assertThat(growing.out()).hasSizeLessThan(2_000);
        assertThat(fresh.resolve(".aws/config")).doesNotExist();
    }

    @Test
    void ssoSessionAtEndOfInputWritesNothing() throws IOException {
        Path fresh = home.resolve("fresh");
        Result result = CliRun.in(fresh).stdin("").run("configure", "sso-session");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.err()).isEqualTo("Warning: Input is not a terminal (fd=0).\n\n\n");
        assertThat(fresh.resolve(".aws")).doesNotExist();
    }

    @Test
    void ssoSessionOnATerminalDoesNotWarn() {
        Result result = CliRun.in(home).terminal(true)
                .stdin("t\nhttps://t.awsapps.com/start\nus-east-1\nsso:account:access\n")
                .run("configure", "sso-session");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("SSO session name: SSO start URL [None]: SSO region [None]: ");
    }
}
