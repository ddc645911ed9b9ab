package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/** The command line of {@code bin/aws-sso-emulator}, run in-process through {@link EmulatorMain#run}. */
class EmulatorMainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Consumer<Emulator> serve, String... args) {
        return EmulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), serve);
    }

    private int runExpectingNoStart(String... args) {
        return run(emulator -> {
            throw new AssertionError("must not start");
        }, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsExportsAShellCanEvalThenServes() {
        AtomicReference<String> endpoint = new AtomicReference<>();
        int code = run(emulator -> {
            endpoint.set(emulator.endpoint());
            SsoOidcClient oidc = SdkClients.oidc(emulator);
            RegisterClientResponse client = oidc.registerClient(r -> r.clientName("c").clientType("public"));
            StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(r -> r
                    .clientId(client.clientId()).clientSecret(client.clientSecret()).startUrl("https://x"));
            assertThat(device.interval()).isZero();
            assertThat(device.expiresIn()).isEqualTo(300);
            assertThat(emulator.requests()).hasSize(2);
        }, "--port", "0", "--approve", "auto", "--poll-interval=0", "--device-code-ttl", "5m",
                "--token-ttl", "PT30S", "--role-credentials-ttl", "15m", "--registration-ttl", "1d");
        assertThat(code).isZero();
        assertThat(endpoint.get()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(out()).isEqualTo("export AWS_ENDPOINT_URL_SSO_OIDC=" + endpoint.get() + "\n"
                + "export AWS_ENDPOINT_URL_SSO=" + endpoint.get() + "\n"
                + "export AWS_ENDPOINT_URL_STS=" + endpoint.get() + "\n"
                + "# sso_start_url=https://d-0000000000.awsapps.com/start sso_region=us-east-1\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void logsOneLinePerRequestOnStderrWithoutSecrets() {
        int code = run(emulator -> {
            SsoOidcClient oidc = SdkClients.oidc(emulator);
            oidc.registerClient(r -> r.clientName("c").clientType("public"));
        }, "--verbose");
        assertThat(code).isZero();
        assertThat(err()).isEqualTo("POST /client/register RegisterClient 200\n");
    }

    @Test
    void helpGoesToStdoutWithExitZero() {
        assertThat(runExpectingNoStart("--help")).isZero();
        assertThat(out()).startsWith("usage: aws-sso-emulator [--host 127.0.0.1] [--port 0]");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--frobnicate|unrecognized arguments: --frobnicate",
        "--port|argument --port: expected one argument",
        "--port abc|argument --port: invalid port: 'abc'",
        "--port 70000|argument --port: invalid port: '70000'",
        "--approve sometimes|argument --approve: invalid choice: 'sometimes' (choose from 'manual', 'auto')",
        "--token-ttl soon|argument --token-ttl: invalid duration: 'soon'",
        "--token-ttl 0|argument --token-ttl: must be positive: '0'",
        "--poll-interval --verbose|argument --poll-interval: expected one argument",
    })
    void badArgumentsGiveOneLineAndExitTwo(String args, String message) {
        assertThat(runExpectingNoStart(args.split(" "))).isEqualTo(2);
        assertThat(err()).isEqualTo("aws-sso-emulator: error: " + message + "\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingDirectoryFileIsOneLineAndExitTwo() {
        Path missing = tmp.resolve("missing.json");
        assertThat(runExpectingNoStart("--directory", missing.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("aws-sso-emulator: error: cannot read directory file " + missing
                + ": no such file\n");
    }

    @Test
    void anInvalidDirectoryFileIsOneLineAndExitTwo() throws Exception {
        Path notJson = Files.writeString(tmp.resolve("bad.json"), "{\"user\": ");
        assertThat(runExpectingNoStart("--directory", notJson.toString())).isEqualTo(2);
        assertThat(err()).startsWith("aws-sso-emulator: error: invalid directory file " + notJson + ": not valid JSON")
                .hasLineCount(1);
    }

    @Test
    void aDirectoryFileWithABadAccountIdIsOneLineAndExitTwo() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"user\": {\"email\": \"a@b.c\"}, \"accounts\": "
                + "[{\"accountId\": \"1234\", \"roles\": []}]}");
        assertThat(runExpectingNoStart("--directory=" + bad)).isEqualTo(2);
        assertThat(err()).isEqualTo("aws-sso-emulator: error: invalid directory file " + bad
                + ": \"accounts[0].accountId\" must be 12 digits\n");
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(runExpectingNoStart("--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
        }
        assertThat(err()).startsWith("aws-sso-emulator: error: cannot listen on the requested address and port")
                .hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"90s,PT1M30S", "15m,PT15M", "8h,PT8H", "90d,PT2160H", "500ms,PT0.5S", "42,PT42S", "pt8h,PT8H"})
    void durationsTakeShortAndIsoForms(String text, String iso) {
        assertThat(EmulatorMain.duration(text, "--token-ttl")).isEqualTo(Duration.parse(iso));
    }
}
