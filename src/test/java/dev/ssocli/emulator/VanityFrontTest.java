package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vanity start-URL front: HTTPS with the certificate it exports, and each answer mode. */
class VanityFrontTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "REDIRECT | HEAD | 302 | https://portal.example/target",
            "REDIRECT | GET | 302 | https://portal.example/target",
            "HEAD_NOT_ALLOWED | HEAD | 405 | -",
            "HEAD_NOT_ALLOWED | GET | 302 | https://portal.example/target",
            "NO_LOCATION | HEAD | 302 | -",
            "NOT_FOUND | HEAD | 404 | -",
            "NO_REDIRECT | GET | 200 | -",
    })
    void answersAsItsModeSays(VanityFront.Mode mode, String method, int status, String location) throws Exception {
        try (Emulator emulator = Emulator.builder().vanityFront("https://portal.example/target", mode).start()) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            assertThat(front.startUrl()).matches("https://127\\.0\\.0\\.1:\\d+/start");
            HttpResponse<Void> response = trusting(front.certificate()).send(HttpRequest.newBuilder(
                    URI.create(front.startUrl())).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.headers().firstValue("Location").orElse(null)).isEqualTo(location);
            assertThat(front.requests()).containsExactly(method + " /start");
        }
    }

    @Test
    void withoutTheOptionThereIsNoFront() {
        try (Emulator emulator = Emulator.builder().start()) {
            assertThat(emulator.vanityFront()).isEmpty();
        }
    }

    @Test
    void theCommandLineExportsTheCertificateAndNamesTheStartUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<VanityFront> seen = new AtomicReference<>();
        int code = EmulatorMain.run(new String[] {"--vanity-mode", "head-405"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                emulator -> {
                    VanityFront front = emulator.vanityFront().orElseThrow();
                    assertThat(front.certificate()).isRegularFile();
                    seen.set(front);
                });
        assertThat(code).isZero();
        VanityFront front = seen.get();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export AWS_CA_BUNDLE=" + front.certificate() + "\n"
                + "# vanity sso_start_url=" + front.startUrl() + " (head-405 to " + VanityFront.DEFAULT_TARGET + ")\n");
        assertThat(front.certificate()).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownModeIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EmulatorMain.run(new String[] {"--vanity-mode", "teapot"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), emulator -> {
                    throw new AssertionError("must not start");
                });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("aws-sso-emulator: error: argument --vanity-mode: "
                + "invalid choice: 'teapot' (choose from 'redirect', 'head-405', 'no-location', 'not-found', "
                + "'no-redirect')\n");
    }

    private static HttpClient trusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            store.setCertificateEntry("front", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
