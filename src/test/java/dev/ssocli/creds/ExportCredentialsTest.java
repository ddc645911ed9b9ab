package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code configure export-credentials} for credentials that need no service: every expectation below is the exact
 * stdout/stderr and exit code AWS CLI 2.9.19 gave for the same files and environment.
 */
class ExportCredentialsTest {
    private static final String CONFIG = "[profile static]\n"
            + "aws_access_key_id = AKIDSTATIC\n"
            + "aws_secret_access_key = secretstatic\n"
            + "[profile partial]\n"
            + "aws_access_key_id = AKIDSTATIC\n"
            + "[profile nocreds]\n"
            + "region = us-east-1\n"
            + "[profile quotedexp]\n"
            + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"a\",\"SecretAccessKey\":\"s\","
            + "\"SessionToken\":\"t\",\"Expiration\":\"2030-01-01T00:00:00Z\"}'\n"
            + "[profile failproc]\n"
            + "credential_process = sh -c \"echo boom >&2; exit 3\"\n"
            + "[profile garbage]\n"
            + "credential_process = echo hello\n"
            + "[profile extra]\n"
            + "credential_process = echo '{\"Version\":1} x'\n"
            + "[profile ver]\n"
            + "credential_process = echo '{\"Version\":\"1\"}'\n"
            + "[profile nover]\n"
            + "credential_process = echo '{}'\n"
            + "[profile missing2]\n"
            + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"a\"}'\n"
            + "[profile unterminated]\n"
            + "credential_process = echo '{\"Version'\n"
            + "[profile listproc]\n"
            + "credential_process = echo [1,2]\n"
            + "[profile notfound]\n"
            + "credential_process = /nonexistent/bin\n"
            + "[profile procandkeys]\n"
            + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"fromprocess\",\"SecretAccessKey\":\"s\"}'\n"
            + "aws_access_key_id = AKIDCONFIG\n"
            + "aws_secret_access_key = secretconfig\n"
            + "[profile loopa]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = loopb\n"
            + "[profile loopb]\n"
            + "role_arn = arn:aws:iam::123456789012:role/b\n"
            + "source_profile = loopa\n"
            + "[profile both]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = static\n"
            + "credential_source = Environment\n"
            + "[profile neither]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "[profile badsrc]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "credential_source = Foo\n"
            + "[profile missingsrc]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = nope\n"
            + "[profile envsrc]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "credential_source = Environment\n"
            + "[profile srcnocreds]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = nocreds\n"
            + "[profile ssopartial]\n"
            + "sso_account_id = 111122223333\n"
            + "[profile ssobadsess]\n"
            + "sso_session = nope\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = AdministratorAccess\n"
            + "[profile ssoincons]\n"
            + "sso_session = my-sso\n"
            + "sso_region = eu-west-1\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = AdministratorAccess\n"
            + "[sso-session my-sso]\n"
            + "sso_start_url = https://d-1234567890.awsapps.com/start\n"
            + "sso_region = us-east-1\n";

    @TempDir
    Path home;

    @BeforeEach
    void writeConfig() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        Files.writeString(home.resolve(".aws/credentials"), "[credsonly]\naws_access_key_id = AKIDCREDS\n"
                + "aws_secret_access_key = secretcreds\naws_session_token = tokencreds\n");
    }

    private CliRun cli() {
        return CliRun.in(home).env("AWS_EC2_METADATA_DISABLED", "true");
    }

    private CliRun.Result export(String profile, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "configure";
        args[1] = "export-credentials";
        args[2] = "--profile=" + profile;
        System.arraycopy(more, 0, args, 3, more.length);
        return cli().run(args);
    }

    @Test
    void staticKeysPrintOnlyTheKeys() {
        CliRun.Result result = export("static");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(
                "{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIDSTATIC\",\n  \"SecretAccessKey\": \"secretstatic\"\n}\n");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "process|{\\n  \"Version\": 1,\\n  \"AccessKeyId\": \"a\",\\n  \"SecretAccessKey\": \"s\",\\n  \"SessionToken\": \"t\",\\n  \"Expiration\": \"2030-01-01T00:00:00+00:00\"\\n}\\n",
        "env|export AWS_ACCESS_KEY_ID=a\\nexport AWS_SECRET_ACCESS_KEY=s\\nexport AWS_SESSION_TOKEN=t\\nexport AWS_CREDENTIAL_EXPIRATION=2030-01-01T00:00:00+00:00\\n",
        "env-no-export|AWS_ACCESS_KEY_ID=a\\nAWS_SECRET_ACCESS_KEY=s\\nAWS_SESSION_TOKEN=t\\nAWS_CREDENTIAL_EXPIRATION=2030-01-01T00:00:00+00:00\\n",
        "powershell|$Env:AWS_ACCESS_KEY_ID=\"a\"\\n$Env:AWS_SECRET_ACCESS_KEY=\"s\"\\n$Env:AWS_SESSION_TOKEN=\"t\"\\n$Env:AWS_CREDENTIAL_EXPIRATION=\"2030-01-01T00:00:00+00:00\"\\n",
        "windows-cmd|set AWS_ACCESS_KEY_ID=a\\nset AWS_SECRET_ACCESS_KEY=s\\nset AWS_SESSION_TOKEN=t\\nset AWS_CREDENTIAL_EXPIRATION=2030-01-01T00:00:00+00:00\\n",
        "fish|set -gx AWS_ACCESS_KEY_ID \"a\"\\nset -gx AWS_SECRET_ACCESS_KEY \"s\"\\nset -gx AWS_SESSION_TOKEN \"t\"\\nset -gx AWS_CREDENTIAL_EXPIRATION \"2030-01-01T00:00:00+00:00\"\\n",
    })
    void everyFormatOfTemporaryCredentials(String format, String expected) {
        CliRun.Result result = export("quotedexp", "--format", format);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "failproc|Error when retrieving credentials from custom-process: boom\\n",
        "garbage|Expecting value: line 1 column 1 (char 0)",
        "extra|Extra data: line 1 column 15 (char 14)",
        "ver|Error when retrieving credentials from custom-process: Unsupported version '1' for credential process provider, supported versions: 1",
        "nover|Error when retrieving credentials from custom-process: Unsupported version '<Version key not provided>' for credential process provider, supported versions: 1",
        "missing2|Error when retrieving credentials from custom-process: Missing required key in response: 'SecretAccessKey'",
        "unterminated|Invalid control character at: line 1 column 10 (char 9)",
        "listproc|'list' object has no attribute 'get'",
        "notfound|[Errno 2] No such file or directory: '/nonexistent/bin'",
        "partial|Partial credentials found in config-file, missing: aws_secret_access_key",
        "nope|The config profile (nope) could not be found",
        "loopa|Infinite loop in credential configuration detected. Attempting to load from profile loopa which has already been visited. Visited profiles: ['loopa', 'loopb']",
        "both|The profile \"both\" contains both source_profile and credential_source.",
        "neither|Partial credentials found in assume-role, missing: source_profile or credential_source",
        "badsrc|The credential source \"Foo\" referenced in profile \"badsrc\" is not valid.",
        "missingsrc|The source_profile \"nope\" referenced in the profile \"missingsrc\" does not exist.",
        "envsrc|Error when retrieving credentials from Environment: No credentials found in credential_source referenced in profile envsrc",
        "srcnocreds|The source profile \"nocreds\" must have credentials.",
        "ssopartial|The profile \"ssopartial\" is configured to use SSO but is missing required configuration: sso_role_name, sso_start_url, sso_region",
        "ssobadsess|The specified sso-session does not exist: \"nope\"",
        "ssoincons|The value for sso_region is inconsistent between profile (eu-west-1) and sso-session (us-east-1).",
    })
    void resolutionErrorsAreWrappedWithExit253(String profile, String message) {
        CliRun.Result result = export(profile);
        assertThat(result.out()).isEmpty();
        // A profile that does not exist has no error format to read, so the CLI falls back to the plain message.
        String code = profile.equals("nope") ? "" : "An error occurred (Configuration): ";
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: " + code + "Unable to retrieve credentials: "
                + message.replace("\\n", "\n").strip() + "\n");
        assertThat(result.exitCode()).isEqualTo(253);
    }

    @Test
    void aProfileWithoutCredentials() {
        CliRun.Result result = export("nocreds");
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Unable to retrieve credentials: no credentials found\n");
        assertThat(result.exitCode()).isEqualTo(253);
    }

    @Test
    void processRunsBeforeStaticKeysOfTheConfigFileAndAfterTheCredentialsFile() {
        assertThat(export("procandkeys").out()).contains("\"AccessKeyId\": \"fromprocess\"");
        assertThat(export("credsonly").out()).isEqualTo("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"AKIDCREDS\",\n"
                + "  \"SecretAccessKey\": \"secretcreds\",\n  \"SessionToken\": \"tokencreds\"\n}\n");
    }

    @Test
    void environmentKeysWinOverAwsProfileButNotOverTheProfileFlag() {
        CliRun env = cli().env("AWS_ACCESS_KEY_ID", "AKIAENV").env("AWS_SECRET_ACCESS_KEY", "envsecret")
                .env("AWS_CREDENTIAL_EXPIRATION", "2031-02-03T04:05:06Z");
        assertThat(env.run("configure", "export-credentials", "--profile", "static", "--format", "env").out())
                .isEqualTo("export AWS_ACCESS_KEY_ID=AKIDSTATIC\nexport AWS_SECRET_ACCESS_KEY=secretstatic\n");
        assertThat(env.env("AWS_PROFILE", "static").run("configure", "export-credentials", "--format", "env").out())
                .isEqualTo("export AWS_ACCESS_KEY_ID=AKIAENV\nexport AWS_SECRET_ACCESS_KEY=envsecret\n"
                        + "export AWS_CREDENTIAL_EXPIRATION=2031-02-03T04:05:06+00:00\n");
    }

    @Test
    void partialEnvironmentKeys() {
        CliRun.Result result = cli().env("AWS_ACCESS_KEY_ID", "AKIAENV").run("configure", "export-credentials");
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Unable to retrieve credentials: Partial credentials found in env, "
                + "missing: AWS_SECRET_ACCESS_KEY\n");
        assertThat(result.exitCode()).isEqualTo(253);
    }

    @Test
    void recursionGuard() {
        CliRun.Result loop = cli().env("_AWS_CLI_PROFILE_CHAIN", "a,static")
                .run("configure", "export-credentials", "--profile", "static");
        assertThat(loop.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Credential process resolution detected an infinite loop, profile cycle: "
                + "a -> static -> static\n");
        assertThat(loop.exitCode()).isEqualTo(253);
        CliRun.Result deep = cli().env("_AWS_CLI_PROFILE_CHAIN", "a,b,c,d")
                .run("configure", "export-credentials", "--profile", "static");
        assertThat(deep.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Maximum recursive credential process resolution reached (4).\n"
                + "Profiles seen: a -> b -> c -> d\n");
        assertThat(deep.exitCode()).isEqualTo(253);
        CliRun.Result byDefault = cli().env("_AWS_CLI_PROFILE_CHAIN", "default").run("configure", "export-credentials");
        assertThat(byDefault.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Credential process resolution detected an infinite loop, profile "
                + "cycle: default -> default\n");
    }

    @Test
    void theChainReachesCredentialProcessChildren() throws IOException {
        Files.writeString(home.resolve(".aws/config"), "[profile child]\n"
                + "credential_process = sh -c 'printf \"%s\" \"$_AWS_CLI_PROFILE_CHAIN\" >&2; exit 1'\n");
        CliRun.Result result = cli().env("_AWS_CLI_PROFILE_CHAIN", "outer")
                .run("configure", "export-credentials", "--profile", "child");
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Unable to retrieve credentials: Error when retrieving credentials from "
                + "custom-process: outer,child\n");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun.Result result = export("static", "--format", "bogus");
        assertThat(result.exitCode()).isEqualTo(252);
        assertThat(result.err()).startsWith("\naws: [ERROR]: An error occurred (ParamValidation): argument --format: "
                + "Found invalid choice 'bogus'\n\n\nusage: aws [options]");
    }
}
