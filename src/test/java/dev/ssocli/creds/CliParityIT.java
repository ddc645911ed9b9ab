package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.ReferenceCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built CLI and the reference AWS CLI ({@link ReferenceCli}, 2.36.12) run side by side on the same files, for every
 * failure that needs no network: stdout, stderr and exit code must be identical. Each case is
 * {@code [VAR=value ...] arguments}.
 */
class CliParityIT {
    private static final String CONFIG = "[profile static]\n"
            + "aws_access_key_id = AKIDSTATIC\n"
            + "aws_secret_access_key = secretstatic\n"
            + "[profile partial]\n"
            + "aws_access_key_id = AKIDSTATIC\n"
            + "[profile nocreds]\n"
            + "region = us-east-1\n"
            + "[profile withexp]\n"
            + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"a\",\"SecretAccessKey\":\"s\","
            + "\"SessionToken\":\"t\",\"Expiration\":\"2040-01-01T00:00:00Z\"}'\n"
            + "[profile failproc]\n"
            + "credential_process = sh -c \"echo boom >&2; exit 3\"\n"
            + "[profile garbage]\n"
            + "credential_process = echo hello\n"
            + "[profile extra]\n"
            + "credential_process = echo '{\"Version\":1} x'\n"
            + "[profile ver]\n"
            + "credential_process = echo '{\"Version\":2}'\n"
            + "[profile missingkey]\n"
            + "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"a\"}'\n"
            + "[profile listproc]\n"
            + "credential_process = echo [1,2]\n"
            + "[profile notfound]\n"
            + "credential_process = /nonexistent/bin\n"
            + "[profile unclosed]\n"
            + "credential_process = echo 'abc\n"
            + "[profile loopa]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = loopb\n"
            + "[profile loopb]\n"
            + "role_arn = arn:aws:iam::123456789012:role/b\n"
            + "source_profile = loopa\n"
            + "[profile self]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = self\n"
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
            + "[profile srcgarbage]\n"
            + "role_arn = arn:aws:iam::123456789012:role/a\n"
            + "source_profile = garbage\n"
            + "[profile ssodev]\n"
            + "sso_session = my-sso\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = AdministratorAccess\n"
            + "[profile ssolegacy]\n"
            + "sso_start_url = https://d-1234567890.awsapps.com/start\n"
            + "sso_region = us-east-1\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = AdministratorAccess\n"
            + "[profile ssocorrupt]\n"
            + "sso_session = corrupt\n"
            + "sso_account_id = 111122223333\n"
            + "sso_role_name = AdministratorAccess\n"
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
            + "sso_region = us-east-1\n"
            + "[sso-session corrupt]\n"
            + "sso_start_url = https://d-1234567890.awsapps.com/start\n"
            + "sso_region = us-east-1\n";
    /** sha1 of {@code {"accountId":"111122223333","roleName":"AdministratorAccess","sessionName":"corrupt"}}. */
    private static final String CORRUPT_KEY = "4f908eb824a9a5aa39a272571e43b10b46613130";

    @TempDir
    static Path home;

    @BeforeAll
    static void files() throws IOException {
        Files.createDirectories(home.resolve(".aws/cli/cache"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        Files.writeString(home.resolve(".aws/cli/cache/" + CORRUPT_KEY + ".json"), "{\"ProviderType\": ");
    }

    @Test
    void aProfileWhoseCredentialProcessExportsItselfIsStoppedByTheChainGuard() throws Exception {
        Path selfHome = Files.createDirectories(home.resolve("self"));
        Files.createDirectories(selfHome.resolve(".aws"));
        String ours = "java -cp " + System.getProperty("cli.jar") + " dev.ssocli.Main";
        Files.writeString(selfHome.resolve(".aws/config"), "[profile selfexport]\n"
                + "credential_process = " + ours + " configure export-credentials --profile selfexport\n");
        ExternalCommand.Result result = ExternalCommand.run(List.of("sh", "-c",
                ours + " configure export-credentials --profile selfexport"),
                ExternalCommand.cleanEnvironment(selfHome), selfHome);
        // What AWS CLI 2.36.12 prints when its credential_process is itself.
        assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Unable to retrieve "
                + "credentials: Error when retrieving credentials from custom-process: \naws: [ERROR]: An error occurred "
                + "(Configuration): Credential process resolution detected an infinite loop, profile cycle: "
                + "selfexport -> selfexport\n");
        assertThat(result.exitCode()).isEqualTo(253);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sts get-caller-identity --profile nope",
        "AWS_PROFILE=nope sts get-caller-identity",
        "sts get-caller-identity --profile nocreds",
        "sts get-caller-identity --profile partial",
        "sts get-caller-identity --profile failproc",
        "sts get-caller-identity --profile garbage",
        "sts get-caller-identity --profile extra",
        "sts get-caller-identity --profile ver",
        "sts get-caller-identity --profile missingkey",
        "sts get-caller-identity --profile listproc",
        "sts get-caller-identity --profile notfound",
        "sts get-caller-identity --profile unclosed",
        "sts get-caller-identity --profile loopa",
        "sts get-caller-identity --profile self",
        "sts get-caller-identity --profile both",
        "sts get-caller-identity --profile neither",
        "sts get-caller-identity --profile badsrc",
        "sts get-caller-identity --profile missingsrc",
        "sts get-caller-identity --profile envsrc",
        "sts get-caller-identity --profile srcnocreds",
        "sts get-caller-identity --profile srcgarbage",
        "sts get-caller-identity --profile ssodev",
        "sts get-caller-identity --profile ssolegacy",
        "sts get-caller-identity --profile ssocorrupt",
        "sts get-caller-identity --profile ssopartial",
        "sts get-caller-identity --profile ssobadsess",
        "sts get-caller-identity --profile ssoincons",
        "AWS_ACCESS_KEY_ID=AKIAENV sts get-caller-identity --profile static --region bad_region!",
        "AWS_ACCESS_KEY_ID=AKIAENV AWS_PROFILE=static sts get-caller-identity",
        "sts get-caller-identity --profile static --endpoint-url notaurl",
        "sts get-caller-identity --profile static --endpoint-url foo:bar",
        "sts get-caller-identity --profile static --output bogus",
        "sts get-caller-identity --profile static --query [",
        "sts get-caller-identity --profile static --bogus-option",
        "sts get-caller-identity --profile static --endpoint-url http://127.0.0.1:9/",
        "configure export-credentials --profile static",
        "configure export-credentials --profile static --format env",
        "configure export-credentials --profile withexp",
        "configure export-credentials --profile withexp --format env",
        "configure export-credentials --profile withexp --format env-no-export",
        "configure export-credentials --profile withexp --format powershell",
        "configure export-credentials --profile withexp --format windows-cmd",
        "configure export-credentials --profile nope",
        "configure export-credentials --profile nocreds",
        "configure export-credentials --profile failproc",
        "configure export-credentials --profile garbage",
        "configure export-credentials --profile loopa",
        "configure export-credentials --profile ssodev",
        "configure export-credentials --profile ssocorrupt",
        "configure export-credentials --profile ssopartial",
        "configure export-credentials --profile static --bogus",
        "configure export-credentials --profile static --format",
        "_AWS_CLI_PROFILE_CHAIN=a,static configure export-credentials --profile static",
        "_AWS_CLI_PROFILE_CHAIN=a,b,c,d configure export-credentials --profile static",
        "_AWS_CLI_PROFILE_CHAIN=default configure export-credentials",
        "AWS_ACCESS_KEY_ID=AKIAENV configure export-credentials",
        "AWS_ACCESS_KEY_ID=AKIAENV AWS_SECRET_ACCESS_KEY=envsecret AWS_SESSION_TOKEN=tok configure export-credentials",
        "sso list-accounts --profile static",
        "sso list-account-roles --profile static",
        "sso list-account-roles --profile static --account-id 111122223333",
        "sso get-role-credentials --profile static",
        "sso get-role-credentials --profile static --role-name x",
        "sso list-accounts --access-token x --profile static",
        "sso list-accounts --access-token x --profile garbage --region us-east-1",
        "sso list-accounts --access-token x --profile nope --region us-east-1",
        "sso list-accounts --access-token x --profile static --region us-east-1 --page-size 0",
        "sso list-accounts --access-token x --profile static --region us-east-1 --max-results 0",
        "sso list-accounts --access-token x --profile static --region us-east-1 --page-size abc",
        "sso list-accounts --access-token x --profile static --region us-east-1 --max-items abc",
        "sso list-accounts --access-token x --profile static --region us-east-1 --no-paginate --max-items 1",
        "sso list-accounts --access-token x --profile static --region us-east-1 --max-results 1 --page-size 2",
        "sso list-accounts --access-token x --profile static --region bad_region!",
        "sso list-accounts --access-token x --profile static --region us-east-1 --endpoint-url http://127.0.0.1:9",
    })
    void sameOutputAsTheAwsCli(String testCase) throws Exception {
        List<String> words = new ArrayList<>(Arrays.asList(testCase.split(" ")));
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        while (words.get(0).contains("=")) {
            String[] assignment = words.remove(0).split("=", 2);
            env.put(assignment[0], assignment[1]);
        }
        assumeTrue(ReferenceCli.available(), ReferenceCli.missing());
        List<String> theirs = new ArrayList<>(List.of(ReferenceCli.path().toString()));
        theirs.addAll(words);
        List<String> ours = new ArrayList<>(List.of("java", "-cp", System.getProperty("cli.jar"), "dev.ssocli.Main"));
        ours.addAll(words);
        ExternalCommand.Result expected = ExternalCommand.run(theirs, env, home);
        ExternalCommand.Result actual = ExternalCommand.run(ours, env, home);
        assertThat(actual.err()).as("stderr").isEqualTo(expected.err());
        assertThat(actual.out()).as("stdout").isEqualTo(expected.out());
        assertThat(actual.exitCode()).as("exit code").isEqualTo(expected.exitCode());
    }
}
