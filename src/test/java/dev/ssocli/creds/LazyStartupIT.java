package dev.ssocli.creds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands that call no service load no SDK, HTTP client, jackson-databind or JMESPath class: exporting static or
 * {@code credential_process} credentials, and failing on a missing argument. A service call over plain HTTP sets up
 * no TLS.
 */
class LazyStartupIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"configure export-credentials --profile static",
        "configure export-credentials --profile process --format env",
        "sso list-accounts --profile static"})
    void noHeavyClassIsLoaded(String command) throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile static]\naws_access_key_id = AKID\n"
                + "aws_secret_access_key = secret\n[profile process]\ncredential_process = echo "
                + "'{\"Version\": 1, \"AccessKeyId\": \"a\", \"SecretAccessKey\": \"s\"}'\n");
        List<String> args = new ArrayList<>(List.of("java", "-verbose:class", "-cp", System.getProperty("cli.jar"),
                "dev.ssocli.Main"));
        args.addAll(List.of(command.split(" ")));
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        ExternalCommand.Result result = ExternalCommand.run(args, env, home);
        List<String> loaded = result.out().lines().filter(line -> line.contains("[class,load]")).toList();
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(100);
        assertThat(loaded).noneMatch(line -> line.contains(" software.amazon.awssdk.")
                || line.contains(" com.fasterxml.jackson.databind.") || line.contains(" dev.ssocli.jmespath."));
    }

    @Test
    void plainHttpCallSetsUpNoTls() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile static]\naws_access_key_id = AKID\n"
                + "aws_secret_access_key = secret\nregion = us-east-1\n");
        try (Emulator emulator = Emulator.builder().start()) {
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            ExternalCommand.Result result = ExternalCommand.run(List.of("java", "-verbose:class", "-cp",
                    System.getProperty("cli.jar"), "dev.ssocli.Main", "sts", "get-caller-identity", "--profile",
                    "static"), env, home);
            assertThat(result.err()).contains("An error occurred (InvalidClientTokenId) when calling the "
                    + "GetCallerIdentity operation");
            List<String> loaded = result.out().lines().filter(line -> line.contains("[class,load]")).toList();
            assertThat(loaded).anyMatch(line -> line.contains(" software.amazon.awssdk.http.urlconnection."));
            // No TLS context; and SigV4's HMAC lookup stops at SunJCE (JcaProviderOrder), before SunEC, whose
            // service-loader search would instantiate the other modules' providers too.
            assertThat(loaded).anyMatch(line -> line.contains(" com.sun.crypto.provider.SunJCE "));
            assertThat(loaded).noneMatch(line -> line.contains(" javax.net.ssl.SSLContext ")
                    || line.contains(" sun.security.ssl.SSLContextImpl") || line.contains(" sun.security.ec.SunEC ")
                    || line.contains(" org.jcp.xml.dsig.internal.dom.XMLDSigRI "));
        }
    }
}
