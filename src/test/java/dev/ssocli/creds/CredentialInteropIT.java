package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Authorization;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built CLI and the real ones share credentials: the AWS CLI 2.9.19 and we read each other's entries in
 * {@code ~/.aws/cli/cache} (SSO role credentials and assume-role results), boto3 takes our
 * {@code export-credentials --format process} as its {@code credential_process}, and a shell takes our
 * {@code --format env}.
 */
class CredentialInteropIT {
    private static final String AWS = "/usr/bin/aws";
    private static final Pattern USER_CODE = Pattern.compile("^([A-Z]{4}-[A-Z]{4})$");
    private static final Pattern ACCESS_KEY = Pattern.compile("\"AccessKeyId\": \"(ASIA\\w+)\"");
    /** sha1 of {@code {"accountId":"123456789012","roleName":"ReadOnly","sessionName":"my-sso"}}. */
    private static final String DEV_KEY = "31b260dab331b2af063485cea75f7b8b3cf54c71";
    /** sha1 of {@code {"RoleArn": "arn:aws:iam::210987654321:role/Deploy"}} (botocore's assume-role key). */
    private static final String DEPLOY_KEY = "b355604d21d898223379405b7a42cff316ee2aca";

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void theAwsCliBoto3AndWeShareCredentials() throws Exception {
        Path basedir = Path.of(System.getProperty("project.basedir"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        try (Emulator emulator = Emulator.builder().start()) {
            String launcher = basedir.resolve("bin/aws").toString();
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), "[profile dev]\n"
                    + "sso_session = my-sso\n"
                    + "sso_account_id = 123456789012\n"
                    + "sso_role_name = ReadOnly\n"
                    + "region = eu-west-2\n"
                    + "[sso-session my-sso]\n"
                    + "sso_start_url = " + Emulator.START_URL + "\n"
                    + "sso_region = us-east-1\n"
                    + "[profile legacy]\n"
                    + "sso_start_url = " + Emulator.START_URL + "\n"
                    + "sso_region = us-east-1\n"
                    + "sso_account_id = 123456789012\n"
                    + "sso_role_name = ReadOnly\n"
                    // 2.9.19 cannot source an assume-role profile from an sso-session profile (its token provider
                    // looks at the assume-role profile); a legacy source works in both.
                    + "[profile deploy]\n"
                    + "role_arn = arn:aws:iam::210987654321:role/Deploy\n"
                    + "source_profile = legacy\n"
                    + "[profile viaprocess]\n"
                    + "credential_process = " + launcher + " configure export-credentials --profile dev"
                    + " --format process\n"
                    + "region = us-east-1\n");
            Map<String, String> cliEnv = ExternalCommand.cleanEnvironment(home);
            cliEnv.put("AWS_DATA_PATH", ExternalCommand.awsCliDataPath(tmp.resolve("data"), emulator.endpoint())
                    .toString());
            Map<String, String> ourEnv = ExternalCommand.cleanEnvironment(home);
            ourEnv.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            ourEnv.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            ourEnv.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());

            awsCliLogin(emulator, cliEnv, home, "dev");
            awsCliLogin(emulator, cliEnv, home, "legacy");

            // The AWS CLI fetches and caches; we use its entry without calling GetRoleCredentials.
            ExternalCommand.Result theirs = ExternalCommand.run(List.of(AWS, "sts", "get-caller-identity",
                    "--profile", "dev"), cliEnv, home);
            assertThat(theirs.exitCode()).as(theirs.err()).isZero();
            Path devCache = home.resolve(".aws/cli/cache/" + DEV_KEY + ".json");
            String cachedByThem = Files.readString(devCache);
            int fetches = count(emulator, "GetRoleCredentials");
            ExternalCommand.Result ours = ExternalCommand.run(ourCli("configure", "export-credentials", "--profile",
                    "dev"), ourEnv, home);
            assertThat(ours.exitCode()).as(ours.err()).isZero();
            assertThat(cachedByThem).contains("\"AccessKeyId\": \"" + accessKey(ours.out()) + "\"");
            assertThat(count(emulator, "GetRoleCredentials")).isEqualTo(fetches);

            // We fetch and cache; the AWS CLI uses our entry.
            Files.delete(devCache);
            ours = ExternalCommand.run(ourCli("configure", "export-credentials", "--profile", "dev"), ourEnv, home);
            assertThat(ours.exitCode()).as(ours.err()).isZero();
            assertThat(count(emulator, "GetRoleCredentials")).isEqualTo(fetches + 1);
            assertThat(Files.readString(devCache)).contains("\"AccessKeyId\": \"" + accessKey(ours.out()) + "\"");
            theirs = ExternalCommand.run(List.of(AWS, "sts", "get-caller-identity", "--profile", "dev"), cliEnv, home);
            assertThat(theirs.exitCode()).as(theirs.err()).isZero();
            assertThat(theirs.out()).contains("\"Account\": \"123456789012\"");
            assertThat(count(emulator, "GetRoleCredentials")).isEqualTo(fetches + 1);

            // Assume-role results: cached by the AWS CLI under botocore's key, reused by us.
            theirs = ExternalCommand.run(List.of(AWS, "sts", "get-caller-identity", "--profile", "deploy"), cliEnv,
                    home);
            assertThat(theirs.exitCode()).as(theirs.err()).isZero();
            assertThat(theirs.out()).contains("arn:aws:sts::210987654321:assumed-role/Deploy/botocore-session-");
            assertThat(home.resolve(".aws/cli/cache/" + DEPLOY_KEY + ".json")).exists();
            int assumes = count(emulator, "AssumeRole");
            ours = ExternalCommand.run(ourCli("configure", "export-credentials", "--profile", "deploy"), ourEnv, home);
            assertThat(ours.exitCode()).as(ours.err()).isZero();
            assertThat(Files.readString(home.resolve(".aws/cli/cache/" + DEPLOY_KEY + ".json")))
                    .contains("\"AccessKeyId\": \"" + accessKey(ours.out()) + "\"");
            assertThat(count(emulator, "AssumeRole")).isEqualTo(assumes);

            // boto3 with our export-credentials as its credential_process, and a shell eval of --format env.
            String boto3Call = "import boto3; print(boto3.Session(%s).client('sts').get_caller_identity()['Account'])";
            ExternalCommand.Result boto3 = ExternalCommand.run(List.of("python3", "-c",
                    String.format(boto3Call, "profile_name='viaprocess'")), ourEnv, home);
            assertThat(boto3.exitCode()).as(boto3.err()).isZero();
            assertThat(boto3.out()).isEqualTo("123456789012\n");
            Map<String, String> shellEnv = ExternalCommand.cleanEnvironment(home);
            shellEnv.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            shellEnv.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            shellEnv.put("AWS_DEFAULT_REGION", "us-east-1");
            ExternalCommand.Result shell = ExternalCommand.run(List.of("sh", "-c", "eval \"$(" + launcher
                    + " configure export-credentials --profile dev --format env)\" && python3 -c \""
                    + String.format(boto3Call, "") + "\""), shellEnv, home);
            assertThat(shell.exitCode()).as(shell.err()).isZero();
            assertThat(shell.out()).isEqualTo("123456789012\n");
        }
    }

    private static void awsCliLogin(Emulator emulator, Map<String, String> env, Path home, String profile)
            throws Exception {
        try (ExternalCommand login = ExternalCommand.start(List.of(AWS, "sso", "login", "--profile", profile,
                "--no-browser"), env, home)) {
            Matcher code = login.awaitLine(USER_CODE);
            assertThat(emulator.approveAll()).extracting(Authorization::userCode).containsExactly(code.group(1));
            ExternalCommand.Result result = login.finish();
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
    }

    private static List<String> ourCli(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-cp", System.getProperty("cli.jar"),
                "dev.ssocli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static String accessKey(String processOutput) {
        Matcher m = ACCESS_KEY.matcher(processOutput);
        assertThat(m.find()).as(processOutput).isTrue();
        return m.group(1);
    }

    private static int count(Emulator emulator, String operation) {
        return (int) emulator.requests().stream().map(RecordedRequest::operation).filter(operation::equals).count();
    }
}
