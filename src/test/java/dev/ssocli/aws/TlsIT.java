package dev.ssocli.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.ssocli.testing.ExternalCommand;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service call over HTTPS, in a child JVM running {@code Main} (with the JCA provider list reordered as in every
 * run, {@code JcaProviderOrder}): against a local STS stand-in with an EC certificate (ECDSA, ECDHE: SunEC and
 * SunJSSE at work), trusted through {@code AWS_CA_BUNDLE}, and refused without it before any request.
 */
class TlsIT {
    private static final String PASSWORD = "changeit";
    private static final String RESPONSE = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::123456789012:user/alice</Arn>
                <UserId>AIDAEXAMPLEUSERID</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """;

    @TempDir
    Path tmp;
    private HttpsServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Path certificate;

    @BeforeEach
    void startServer() throws Exception {
        Path keystore = tmp.resolve("server.p12");
        certificate = tmp.resolve("server.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", "tls", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD));
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", "tls", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-file", certificate.toString()));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            byte[] body = RESPONSE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Files.createDirectories(tmp.resolve("home/.aws"));
        Files.writeString(tmp.resolve("home/.aws/config"), "[profile static]\naws_access_key_id = AKIDEXAMPLE\n"
                + "aws_secret_access_key = secret\nregion = us-east-1\n");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aCertificateFromAwsCaBundleIsTrusted() throws Exception {
        ExternalCommand.Result result = getCallerIdentity(Map.of("AWS_CA_BUNDLE", certificate.toString()));
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                {
                    "UserId": "AIDAEXAMPLEUSERID",
                    "Account": "123456789012",
                    "Arn": "arn:aws:iam::123456789012:user/alice"
                }
                """);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aCertificateFromTheProfilesCaBundleIsTrustedAndTheFlagWins() throws Exception {
        Path config = tmp.resolve("home/.aws/config");
        String original = Files.readString(config);
        try {
            Files.writeString(config, original.replace("[profile static]\n",
                    "[profile static]\nca_bundle = " + certificate + "\n"));
            ExternalCommand.Result result = getCallerIdentity(Map.of());
            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isZero();
            assertThat(requests).hasValue(1);
            // AWS_CA_BUNDLE comes before the profile's ca_bundle, as in botocore: a bundle without our certificate.
            Path other = tmp.resolve("other.pem");
            Files.writeString(other, "");
            ExternalCommand.Result refused = getCallerIdentity(Map.of("AWS_CA_BUNDLE", other.toString()));
            assertThat(refused.exitCode()).isEqualTo(255);
            assertThat(requests).hasValue(1);
        } finally {
            Files.writeString(config, original);
        }
    }

    @Test
    void anUntrustedCertificateIsRefusedBeforeAnyRequest() throws Exception {
        ExternalCommand.Result result = getCallerIdentity(Map.of());
        assertThat(result.err()).startsWith("\naws: [ERROR]: SSL validation failed for " + endpoint() + "/ ");
        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(requests).hasValue(0);
    }

    private ExternalCommand.Result getCallerIdentity(Map<String, String> extraEnv) throws Exception {
        Map<String, String> env = ExternalCommand.cleanEnvironment(tmp.resolve("home"));
        env.put("AWS_ENDPOINT_URL_STS", endpoint());
        env.putAll(extraEnv);
        return ExternalCommand.run(List.of("java", "-cp", System.getProperty("cli.jar"), "dev.ssocli.Main", "sts",
                "get-caller-identity", "--profile", "static"), env, tmp);
    }

    private String endpoint() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private void run(List<String> command) throws Exception {
        ExternalCommand.Result result = ExternalCommand.run(command, Map.of("PATH", System.getenv("PATH")), tmp);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }
}
