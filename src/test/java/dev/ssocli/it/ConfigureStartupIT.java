package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file-only configure commands start lean: they never load the AWS SDK or jackson-databind. */
class ConfigureStartupIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"configure list-profiles", "configure list", "configure get region",
            "configure set region eu-west-1", "configure sso-session"})
    void loadsNeitherTheSdkNorDatabindNorTheJcaConfiguration(String commandLine) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-east-1\n");
        List<String> command = new ArrayList<>(CliJar.command(commandLine.split(" ")));
        command.add(1, "-Xlog:class+load=info:stderr");
        ExternalCommand.Result outcome = ExternalCommand.runIsolated(command, Map.of("HOME", home.toString()),
                "s\nhttps://s.awsapps.com/start\nus-east-1\n\n");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.err()).contains("dev.ssocli.config.");
        assertThat(outcome.err().lines().filter(line -> line.contains("software.amazon.awssdk")
                || line.contains("com.fasterxml.jackson.databind") || line.contains(" java.security.Security ")
                || line.contains(" com.sun.xml.internal.stream.XMLInputFactoryImpl ")
                || line.contains(" dev.ssocli.jmespath.")))
                .isEmpty();
    }
}
