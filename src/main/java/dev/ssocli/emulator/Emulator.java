package dev.ssocli.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.oidc.ApprovalPages;
import dev.ssocli.emulator.state.AuthorizationRequest;
import dev.ssocli.emulator.state.DeviceAuthorization;
import dev.ssocli.emulator.state.Directory;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.Settings;
import dev.ssocli.emulator.state.UserAuthorization;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local IAM Identity Center (SSO OIDC and SSO portal) and STS on one loopback port, for tests and offline trials.
 *
 * <pre>{@code
 * try (Emulator emu = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
 *     String endpoint = emu.endpoint();   // http://127.0.0.1:PORT for OIDC, portal and STS
 * }
 * }</pre>
 */
public final class Emulator implements AutoCloseable {
    /**
     * The start URL to configure; any start URL is accepted, and an AWS-owned host is never contacted
     * (docs/wire-protocols.md#vanity-start-urls).
     */
    public static final String START_URL = "https://d-0000000000.awsapps.com/start";
    /** The SSO region to configure; any region is accepted. */
    public static final String REGION = "us-east-1";

    /** How pending authorizations get approved. */
    public enum Approve {
        /** A person (or a test, through the control API or a browser) clicks Allow or Deny. */
        MANUAL,
        /** Opening the approval page approves at once, so a {@code curl -sL} browser can sign in. */
        AUTO
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorState state;
    private final Router router;
    private final String endpoint;
    private final VanityFront vanityFront;

    private Emulator(Builder builder) throws IOException {
        Directory directory = builder.directory == null ? Directory.defaults() : readDirectory(builder.directory);
        Settings settings = new Settings(builder.clock, builder.approve == Approve.AUTO, builder.tokenTtl,
                builder.roleCredentialsTtl, builder.pollInterval, builder.deviceCodeTtl, builder.registrationTtl);
        this.state = EmulatorState.create(settings, directory);
        InetAddress address = InetAddress.getByName(builder.host);
        this.server = HttpServer.create(new InetSocketAddress(address, builder.port), 64);
        InetAddress urlAddress = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        String host = urlAddress instanceof Inet6Address ? "[" + urlAddress.getHostAddress() + "]"
                : urlAddress.getHostAddress();
        this.endpoint = "http://" + host + ":" + server.getAddress().getPort();
        this.router = new Router(state, endpoint, new ControlApi(this), builder.log);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "aws-sso-emulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
        VanityFront front = null;
        if (builder.vanityMode != null) {
            try {
                front = VanityFront.start(urlAddress, builder.vanityTarget, builder.vanityMode, executor);
            } catch (IOException | RuntimeException e) {
                server.stop(0);
                executor.shutdownNow();
                throw e;
            }
        }
        this.vanityFront = front;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT}: the endpoint of SSO OIDC, the SSO portal and STS alike. */
    public String endpoint() {
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The vanity start URL's host, when the builder asked for one ({@link Builder#vanityFront}). */
    public Optional<VanityFront> vanityFront() {
        return Optional.ofNullable(vanityFront);
    }

    /** Approves every pending device authorization and PKCE request; returns them (PKCE ones with their redirect). */
    public List<Authorization> approveAll() {
        return views(state.requests().decideAll(true));
    }

    /** Denies every pending request: device CreateToken then fails with AccessDeniedException. */
    public List<Authorization> denyAll() {
        return views(state.requests().decideAll(false));
    }

    /** The requests waiting for a decision. */
    public List<Authorization> pending() {
        return views(state.requests().pending());
    }

    /** Makes every access token issued so far expired now (refresh tokens keep working). */
    public void expireAccessTokens() {
        state.tokens().expireAll();
    }

    /** Makes every AWS credential issued so far expired now. */
    public void expireRoleCredentials() {
        state.credentials().expireAll();
    }

    /**
     * Makes the next call of {@code operation} (e.g. {@code CreateToken}, {@code GetRoleCredentials},
     * {@code GetCallerIdentity}) fail once with this error, rendered as that operation's service renders errors.
     * Several injections for one operation fail that many calls, in order.
     */
    public void injectError(String operation, int status, String errorType, String message) {
        if (!Router.OPERATIONS.containsKey(operation)) {
            throw new IllegalArgumentException("unknown operation " + operation + "; known: "
                    + new TreeSet<>(Router.OPERATIONS.keySet()));
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400-599");
        }
        router.inject(operation, new ApiException(status, Objects.requireNonNull(errorType, "errorType"),
                Objects.requireNonNullElse(message, "")));
    }

    /** Drops the injected errors no call has used yet. */
    public void clearInjectedErrors() {
        router.clearInjected();
    }

    /**
     * Makes the next call of {@code operation} answer with {@code fault} instead (queued with {@link #injectError}
     * injections, in order).
     */
    public void injectFault(String operation, WireFault fault) {
        if (!Router.OPERATIONS.containsKey(operation)) {
            throw new IllegalArgumentException("unknown operation " + operation + "; known: "
                    + new TreeSet<>(Router.OPERATIONS.keySet()));
        }
        router.inject(operation, Objects.requireNonNull(fault, "fault"));
    }

    /** Every request received so far (control API calls excluded), oldest first. */
    public List<RecordedRequest> requests() {
        return router.recorded();
    }

    public void clearRequests() {
        router.clearRecorded();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        if (vanityFront != null) {
            vanityFront.close();
        }
        executor.shutdownNow();
    }

    private List<Authorization> views(List<UserAuthorization> authorizations) {
        List<Authorization> views = new ArrayList<>();
        for (UserAuthorization a : authorizations) {
            String status = a.status().name().toLowerCase(Locale.ROOT);
            if (a instanceof DeviceAuthorization device) {
                views.add(new Authorization(a.id(), "device_code", device.userCode(), a.client().clientName(), status,
                        null));
            } else if (a instanceof AuthorizationRequest pkce) {
                String redirect = a.status() == UserAuthorization.Status.PENDING ? null
                        : ApprovalPages.redirectFor(pkce);
                views.add(new Authorization(a.id(), "authorization_code", null, a.client().clientName(), status,
                        redirect));
            }
        }
        return views;
    }

    private static Directory readDirectory(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read directory file " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read directory file " + file + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw new IOException("cannot read directory file " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new IOException("cannot read directory file " + file + ": " + e.getMessage(), e);
        }
        try {
            return Directory.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid directory file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Configures and starts an {@link Emulator}; the defaults are the real service's. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Approve approve = Approve.MANUAL;
        private Duration tokenTtl = Duration.ofHours(8);
        private Duration roleCredentialsTtl = Duration.ofHours(1);
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration deviceCodeTtl = Duration.ofMinutes(10);
        private Duration registrationTtl = Duration.ofDays(90);
        private Clock clock = Clock.systemUTC();
        private Path directory;
        private PrintStream log;
        private String vanityTarget = VanityFront.DEFAULT_TARGET;
        private VanityFront.Mode vanityMode;

        private Builder() {
        }

        /**
         * Also serves a vanity start URL ({@link VanityFront}) on another loopback port, over HTTPS, that answers as
         * {@code mode} says, redirecting to {@code target} (null: {@link VanityFront#DEFAULT_TARGET}).
         */
        public Builder vanityFront(String target, VanityFront.Mode mode) {
            this.vanityTarget = target == null ? VanityFront.DEFAULT_TARGET : target;
            this.vanityMode = Objects.requireNonNull(mode);
            return this;
        }

        /** The address to bind (default {@code 127.0.0.1}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The port to bind (default 0: any free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535");
            }
            this.port = port;
            return this;
        }

        public Builder approve(Approve approve) {
            this.approve = Objects.requireNonNull(approve);
            return this;
        }

        /** Access-token lifetime (default 8 hours). */
        public Builder tokenTtl(Duration ttl) {
            this.tokenTtl = positive(ttl, "tokenTtl");
            return this;
        }

        /** Lifetime of GetRoleCredentials credentials, and of AssumeRole credentials without DurationSeconds (1 hour). */
        public Builder roleCredentialsTtl(Duration ttl) {
            this.roleCredentialsTtl = positive(ttl, "roleCredentialsTtl");
            return this;
        }

        /**
         * The device-code polling interval (default 1 second, as AWS answers). Polling a pending code faster gets
         * {@code slow_down}; {@link Duration#ZERO} turns that off for clients whose sleeps are simulated.
         */
        public Builder pollInterval(Duration interval) {
            if (interval == null || interval.isNegative()) {
                throw new IllegalArgumentException("pollInterval must not be negative");
            }
            this.pollInterval = interval;
            return this;
        }

        /** Lifetime of device codes and of PKCE authorization requests (default 10 minutes). */
        public Builder deviceCodeTtl(Duration ttl) {
            this.deviceCodeTtl = positive(ttl, "deviceCodeTtl");
            return this;
        }

        /** Lifetime of client registrations (default 90 days). */
        public Builder registrationTtl(Duration ttl) {
            this.registrationTtl = positive(ttl, "registrationTtl");
            return this;
        }

        /** The clock every expiry is measured with. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** A JSON directory file replacing the built-in user and accounts (format: README, "Try it without AWS"). */
        public Builder directory(Path jsonFile) {
            this.directory = jsonFile;
            return this;
        }

        /** Where to log one line per request (method, path, operation, status; never secrets). Default: nowhere. */
        public Builder log(PrintStream log) {
            this.log = log;
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @throws UncheckedIOException     if the port cannot be bound or the directory file cannot be read
         * @throws IllegalArgumentException if the directory file is invalid
         */
        public Emulator start() {
            try {
                return new Emulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
