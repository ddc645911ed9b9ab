package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.ReferenceCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same command on two copies of the same files, once through the reference AWS CLI ({@link ReferenceCli},
 * 2.36.12) and once through ours: exit code, stdout, stderr and the files afterwards must be identical. Cases where we follow current v2 or
 * deliberately differ are in the unit tests instead, with the reason.
 */
class ConfigureParityIT {
    private static final String CONFIG = "# top\n[default]\nregion = us-east-1\noutput = json\n\n"
            + "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n"
            + "region = eu-west-1\ns3 =\n    max_concurrent_requests = 20\n[sso-session my-sso]\n"
            + "sso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\n"
            + "[profile 'with space']\nregion = ap-south-1\n[plugins]\nfoo = bar\n[profile tail]\nregion = x\n\n# end\n";
    private static final String CREDENTIALS = "[credonly]\naws_access_key_id = AKIAEXAMPLEKEY1234\n"
            + "aws_secret_access_key = secret\n[dev]\nfoo = bar";

    @TempDir
    Path temp;

    static Stream<String> commands() {
        return Stream.of(
                "configure list-profiles",
                "configure list",
                "configure list --profile credonly",
                "configure list --profile nope",
                "configure get region",
                "configure get region --profile dev",
                "configure get s3 --profile dev",
                "configure get s3.max_concurrent_requests --profile dev",
                "configure get profile.dev.s3.max_concurrent_requests",
                "configure get dev.region",
                "configure get plugins.foo",
                "configure get foo --profile dev",
                "configure get region --profile nope",
                "configure get nothing",
                "configure get a b",
                "configure set region eu-north-1",
                "configure set region eu-north-1 --profile dev",
                "configure set output text --profile tail",
                "configure set s3.addressing_style path --profile dev",
                "configure set s3.max_concurrent_requests 5 --profile dev",
                "configure set profile.new.region us-west-1",
                "configure set default.cli_pager less",
                "configure set plugins.cli_legacy_plugin_path /x",
                "configure set aws_access_key_id AKID --profile credonly",
                "configure set aws_secret_access_key S --profile fresh",
                "configure set x.y.z 3 --profile r",
                "configure set region",
                "configure set region a b");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void sameAsTheRealCli(String commandLine) throws IOException {
        assumeTrue(ReferenceCli.available(), ReferenceCli.missing());
        String[] args = commandLine.split(" ");
        Path theirs = home("theirs");
        Path ours = home("ours");
        List<String> command = new ArrayList<>(List.of(ReferenceCli.path().toString()));
        command.addAll(List.of(args));
        ExternalCommand.Result expected = ExternalCommand.runIsolated(command, Map.of("HOME", theirs.toString()), "");

        CliRun.Result actual = CliRun.in(ours).run(args);

        assertThat(new ExternalCommand.Result(actual.exitCode(), actual.out(), actual.err().replace(ours.toString(),
                theirs.toString()))).isEqualTo(expected);
        assertThat(files(ours)).isEqualTo(files(theirs));
    }

    private Path home(String name) throws IOException {
        Path home = temp.resolve(name);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        Files.writeString(home.resolve(".aws/credentials"), CREDENTIALS);
        return home;
    }

    /** Every file under {@code ~/.aws} with its content and mode; our hidden lock files are left out. */
    private static Map<String, String> files(Path home) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(home.resolve(".aws"))) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                if (!(name.startsWith(".") && name.endsWith(".lock"))) {
                    files.put(home.relativize(path).toString(), Files.readString(path) + " mode="
                            + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
                }
            }
        }
        return files;
    }
}
