package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles written by {@code configure populate} are native SSO profiles: the current AWS CLI, the Debian AWS CLI
 * 2.9.19 and boto3 use them with the token we cached, and {@code sso status} reports that token.
 */
class PopulateInteropIT {
    @TempDir
    Path tmp;

    private static Path referenceCli() {
        String configured = System.getenv("AWS_REFERENCE_CLI");
        return configured != null && !configured.isEmpty() ? Path.of(configured)
                : Path.of(System.getProperty("project.basedir"), ".cache/awscli-2.36.12/dist/aws");
    }

    private static List<String> ours(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-cp", System.getProperty("cli.jar"),
                "dev.ssocli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static ExternalCommand.Result ok(ExternalCommand.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return result;
    }

    @Test
    @Timeout(300)
    void theRealClisAndBoto3UsePopulatedProfiles() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[sso-session my-sso]\nsso_start_url = " + Emulator.START_URL
                + "\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n");
        Path browser = tmp.resolve("browser");
        Files.writeString(browser, "#!/bin/sh\nexec curl -sL \"$1\" > /dev/null\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            env.put("BROWSER", browser.toString());

            ok(ExternalCommand.run(ours("sso", "login", "--sso-session", "my-sso"), env, home));
            ExternalCommand.Result populate = ok(ExternalCommand.run(ours("configure", "populate", "--sso-session",
                    "my-sso", "--region", "eu-west-1", "--output", "json"), env, home));
            assertThat(populate.out()).endsWith("Added 6, changed 0, removed 0 profiles; 0 unchanged, 0 skipped\n");
            assertThat(ok(ExternalCommand.run(ours("sso", "status", "--query", "Sessions[0].Status", "--output",
                    "text"), env, home)).out()).isEqualTo("valid\n");

            ExternalCommand.Result current = ok(ExternalCommand.run(List.of(referenceCli().toString(), "sts",
                    "get-caller-identity", "--profile", "Account2.ReadOnly", "--query", "Account", "--output",
                    "text"), env, home));
            assertThat(current.out()).isEqualTo("210987654321\n");

            Map<String, String> debianEnv = new java.util.HashMap<>(env);
            debianEnv.put("AWS_DATA_PATH", ExternalCommand.awsCliDataPath(tmp.resolve("data"), emulator.endpoint())
                    .toString());
            ExternalCommand.Result debian = ok(ExternalCommand.run(List.of(Interop.AWS, "sts", "get-caller-identity",
                    "--profile", "Account1.DataScientist", "--query", "Arn", "--output", "text"), debianEnv, home));
            assertThat(debian.out()).startsWith("arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_DataScientist_");

            ExternalCommand.Result boto3 = ok(ExternalCommand.run(List.of("python3", "-c", "import boto3; "
                    + "s = boto3.Session(profile_name='Account3.ReadOnly'); "
                    + "print(s.region_name, s.client('sts').get_caller_identity()['Account'])"), env, home));
            assertThat(boto3.out()).isEqualTo("eu-west-1 555555555555\n");
        }
    }
}
