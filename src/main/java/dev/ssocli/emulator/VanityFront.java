package dev.ssocli.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A vanity start URL's host: an HTTPS listener on loopback, with a self-signed certificate made at start (its PEM is
 * {@link #certificate()}, for {@code AWS_CA_BUNDLE}), that answers every path the way a company's sign-in alias
 * answers the AWS CLI's start-URL lookup (docs/wire-protocols.md#vanity-start-urls): by default a 302 to the AWS
 * access portal URL it was given, which is never contacted.
 */
public final class VanityFront implements AutoCloseable {
    /** The portal the front redirects to unless told otherwise: an AWS-owned host that names its region. */
    public static final String DEFAULT_TARGET = "https://d-0000000000.portal.eu-west-1.app.aws/start";
    private static final String PASSWORD = "changeit";

    /** How the front answers. */
    public enum Mode {
        /** HEAD and GET: 302 with {@code Location: target}. */
        REDIRECT,
        /** HEAD: 405; GET: 302 with {@code Location: target} (the CLI falls back to GET). */
        HEAD_NOT_ALLOWED,
        /** HEAD and GET: 302 without a Location header. */
        NO_LOCATION,
        /** HEAD and GET: 404. */
        NOT_FOUND,
        /** HEAD and GET: 200, no redirect (the start URL is then its own portal, and not an AWS-owned one). */
        NO_REDIRECT;

        /** The command-line spelling: {@code head-405}, {@code no-location}, ... */
        public String option() {
            return this == HEAD_NOT_ALLOWED ? "head-405" : name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Mode ofOption(String value) {
            for (Mode mode : values()) {
                if (mode.option().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("argument --vanity-mode: invalid choice: '" + value
                    + "' (choose from 'redirect', 'head-405', 'no-location', 'not-found', 'no-redirect')");
        }
    }

    private final HttpsServer server;
    private final Path directory;
    private final Path certificate;
    private final String target;
    private final Mode mode;
    private final List<String> requests = new ArrayList<>();

    private VanityFront(InetAddress address, String target, Mode mode, Executor executor) throws IOException {
        this.target = target;
        this.mode = mode;
        this.directory = Files.createTempDirectory("aws-sso-emulator-vanity");
        this.certificate = directory.resolve("vanity-front.pem");
        SSLContext tls = selfSignedContext(directory, certificate);
        this.server = HttpsServer.create(new InetSocketAddress(address, 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    static VanityFront start(InetAddress address, String target, Mode mode, Executor executor) throws IOException {
        return new VanityFront(address, target, mode, executor);
    }

    /** {@code https://127.0.0.1:PORT/start}: the vanity start URL to configure. */
    public String startUrl() {
        return "https://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/start";
    }

    /** The PEM file of the front's certificate (valid for 127.0.0.1 and localhost). */
    public Path certificate() {
        return certificate;
    }

    /** The redirect target. */
    public String target() {
        return target;
    }

    public Mode mode() {
        return mode;
    }

    /** The requests received so far, as {@code METHOD /path}. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            synchronized (this) {
                requests.add(method + " " + exchange.getRequestURI().getRawPath());
            }
            boolean head = "HEAD".equals(method);
            int status = switch (mode) {
                case REDIRECT, NO_LOCATION -> 302;
                case HEAD_NOT_ALLOWED -> head ? 405 : 302;
                case NOT_FOUND -> 404;
                case NO_REDIRECT -> 200;
            };
            if (status == 302 && mode != Mode.NO_LOCATION) {
                exchange.getResponseHeaders().add("Location", target);
            }
            byte[] body = head ? new byte[0] : ("<html><body>" + status + "</body></html>\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** A key pair and a self-signed certificate made with the JDK's keytool (no certificate API is public). */
    private static SSLContext selfSignedContext(Path directory, Path pem) throws IOException {
        Path keystore = directory.resolve("vanity-front.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("the vanity front needs the JDK's keytool, not found at " + keytool);
        }
        keytool(keytool, "-genkeypair", "-alias", "vanity", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "30",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool(keytool, "-exportcert", "-rfc", "-alias", "vanity", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-file", pem.toString());
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the vanity front's certificate: " + e.getMessage(), e);
        }
    }

    private static void keytool(Path keytool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IOException("keytool did not finish within 60 s: " + output.strip());
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while making the vanity front's certificate", e);
        }
    }
}
