package dev.ssocli.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's client builders never read the profile files on their own: a configparser-style {@code key: value}
 * line, which botocore and we accept but the SDK's own parser refuses, does not fail a service call. Run in a child
 * JVM because the SDK looks for those files through the process's own HOME and environment.
 */
class SdkProfileIsolationIT {
    private static final String PROFILE = "[profile colon]\nregion: us-east-1\n"
            + "aws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n";

    @TempDir
    Path home;

    @Test
    void aColonSeparatedLineInTheDefaultConfigFile() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), PROFILE);
        Files.writeString(home.resolve(".aws/credentials"), "[other]\naws_access_key_id: AKIDOTHER\n");
        assertReachesSts(Map.of());
    }

    @Test
    void aColonSeparatedLineInAwsConfigFile() throws Exception {
        Path config = Files.writeString(home.resolve("elsewhere.cfg"), PROFILE);
        assertReachesSts(Map.of("AWS_CONFIG_FILE", config.toString()));
    }

    /** The emulator refuses the made-up key: the call got as far as STS, with the region read from the colon line. */
    private void assertReachesSts(Map<String, String> extraEnv) throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            env.putAll(extraEnv);
            ExternalCommand.Result result = ExternalCommand.run(List.of("java", "-cp", System.getProperty("cli.jar"),
                    "dev.ssocli.Main", "sts", "get-caller-identity", "--profile", "colon"), env, home);
            assertThat(result.err()).isEqualTo("\naws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the "
                    + "GetCallerIdentity operation: The security token included in the request is invalid.\n");
            assertThat(result.exitCode()).isEqualTo(254);
        }
    }
}
