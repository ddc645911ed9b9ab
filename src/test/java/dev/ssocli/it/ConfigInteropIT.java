package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.ExternalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/** After our edits, the real AWS CLI, boto3 and the Java SDK's ProfileFile read the values we meant. */
class ConfigInteropIT {
    private static final String EXISTING = "# kept comment\r\n[default]\r\nregion = us-east-1\r\n"
            + "[profile \"quoted dev\"]\r\nregion = eu-west-1\r\ns3 =\r\n    max_concurrent_requests = 20\r\n"
            + "[profile plain]\r\ns3 =\r\n    max_concurrent_requests = 10\r\n";

    @TempDir
    Path home;

    @BeforeEach
    void existingFile() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), EXISTING);
        assertThat(CliRun.in(home).run("configure", "set", "output", "json").exitCode()).isZero();
        assertThat(CliRun.in(home).run("configure", "set", "sso_role_name", "ReadOnly", "--profile", "quoted dev")
                .exitCode()).isZero();
        assertThat(CliRun.in(home).run("configure", "set", "s3.addressing_style", "path", "--profile", "quoted dev")
                .exitCode()).isZero();
        assertThat(CliRun.in(home).run("configure", "set", "profile.plain.s3.addressing_style", "virtual").exitCode())
                .isZero();
        assertThat(CliRun.in(home).run("configure", "set", "sso_session", "corp", "--profile", "plain").exitCode())
                .isZero();
        assertThat(CliRun.in(home).run("configure", "set", "sso_session", "corp", "--profile", "new one")
                .exitCode()).isZero();
        assertThat(CliRun.in(home).run("configure", "set", "aws_access_key_id", "AKIDEXAMPLE", "--profile", "new one")
                .exitCode()).isZero();
        assertThat(CliRun.in(home).stdin("corp\nhttps://corp.awsapps.com/start\nus-west-2\nsso:account:access, x:y\n")
                .run("configure", "sso-session").exitCode()).isZero();
        assertThat(CliRun.in(home).run("configure", "set", "sso_region", "eu-central-1", "--sso-session", "corp")
                .exitCode()).isZero();
    }

    @Test
    void theRealCliReadsOurEdits() throws IOException {
        assumeTrue(ExternalCommand.realAwsAvailable(), "/usr/bin/aws is not installed");
        assertThat(aws("configure", "list-profiles").out()).isEqualTo("default\nquoted dev\nplain\nnew one\n");
        assertThat(aws("configure", "get", "profile.plain.s3.addressing_style").out()).isEqualTo("virtual\n");
        assertThat(aws("configure", "get", "output").out()).isEqualTo("json\n");
        assertThat(aws("configure", "get", "sso_role_name", "--profile", "quoted dev").out()).isEqualTo("ReadOnly\n");
        assertThat(aws("configure", "get", "s3.addressing_style", "--profile", "quoted dev").out()).isEqualTo("path\n");
        assertThat(aws("configure", "get", "s3.max_concurrent_requests", "--profile", "quoted dev").out())
                .isEqualTo("20\n");
        assertThat(aws("configure", "get", "sso_session", "--profile", "new one").out()).isEqualTo("corp\n");
        assertThat(aws("configure", "get", "aws_access_key_id", "--profile", "new one").out())
                .isEqualTo("AKIDEXAMPLE\n");
        assertThat(Files.readString(home.resolve(".aws/config"))).startsWith(EXISTING.substring(0, 40));
    }

    @Test
    void boto3ReadsOurEdits() throws IOException {
        assumeTrue(ExternalCommand.pythonHasBoto3(), "python3 with boto3 is needed");
        String script = "import botocore.session, json\n"
                + "s = botocore.session.Session()\n"
                + "c = s.full_config\n"
                + "print(json.dumps([c['profiles']['default']['output'], c['profiles']['quoted dev']['s3'],"
                + " c['profiles']['quoted dev']['sso_role_name'], c['profiles']['new one'],"
                + " c['sso_sessions']['corp']], sort_keys=True))\n";
        ExternalCommand.Result outcome = ExternalCommand.runIsolated(List.of("python3", "-c", script), Map.of(
                "AWS_CONFIG_FILE", home.resolve(".aws/config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString(), "HOME", home.toString()), "");
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.out()).isEqualTo("[\"json\", {\"addressing_style\": \"path\", \"max_concurrent_requests\": \"20\"},"
                + " \"ReadOnly\", {\"aws_access_key_id\": \"AKIDEXAMPLE\", \"sso_session\": \"corp\"},"
                + " {\"sso_region\": \"eu-central-1\", \"sso_registration_scopes\": \"sso:account:access, x:y\","
                + " \"sso_start_url\": \"https://corp.awsapps.com/start\"}]\n");
    }

    @Test
    void theJavaSdkReadsOurEdits() {
        ProfileFile config = ProfileFile.builder().content(home.resolve(".aws/config"))
                .type(ProfileFile.Type.CONFIGURATION).build();
        ProfileFile credentials = ProfileFile.builder().content(home.resolve(".aws/credentials"))
                .type(ProfileFile.Type.CREDENTIALS).build();
        Profile defaults = config.profile("default").orElseThrow();
        assertThat(defaults.property("output")).contains("json");
        assertThat(defaults.property("region")).contains("us-east-1");
        // The Java SDK ignores profile names with spaces or quotes ([profile "quoted dev"]); botocore reads them.
        Profile plain = config.profile("plain").orElseThrow();
        assertThat(plain.property("sso_session")).contains("corp");
        assertThat(plain.property("s3.addressing_style")).contains("virtual");
        assertThat(plain.property("s3.max_concurrent_requests")).contains("10");
        assertThat(config.profiles().keySet()).containsExactly("default", "plain");
        assertThat(credentials.profiles().keySet()).isEmpty();
        Profile session = config.getSection("sso-session", "corp").orElseThrow();
        assertThat(session.property("sso_region")).contains("eu-central-1");
        assertThat(session.property("sso_start_url")).contains("https://corp.awsapps.com/start");
    }

    private ExternalCommand.Result aws(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(ExternalCommand.REAL_AWS.toString()));
        command.addAll(List.of(args));
        return ExternalCommand.runIsolated(command, Map.of("HOME", home.toString()), "");
    }
}
