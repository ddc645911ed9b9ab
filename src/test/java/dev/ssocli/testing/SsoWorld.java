package dev.ssocli.testing;

import dev.ssocli.cache.CacheKeys;
import dev.ssocli.cli.Cli;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temp HOME, an emulator on a loopback port sharing the test's clock, the test browser, and CLI runs wired to
 * them through {@code AWS_ENDPOINT_URL_*}.
 */
public final class SsoWorld implements AutoCloseable {
    public static final String START_URL = "https://d-1234567890.awsapps.com/start";
    public static final String REGION = "us-east-1";
    /** A config with an sso-session profile {@code dev} and a legacy profile {@code legacy}. */
    public static final String CONFIG = """
            [profile dev]
            sso_session = my-sso
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            region = eu-west-2
            [sso-session my-sso]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            [profile legacy]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            """;

    public final Path home;
    public final Emulator emulator;
    public final MutableClock clock;
    public EmulatorBrowser browser = EmulatorBrowser.allowing();
    private Runnable onSleep = () -> { };

    private SsoWorld(Path home, Emulator emulator, MutableClock clock) {
        this.home = home;
        this.emulator = emulator;
        this.clock = clock;
    }

    /** A world with the default emulator (manual approval, 8 h tokens, 5 s polling). */
    public static SsoWorld start(Path home) {
        return start(home, b -> { });
    }

    public static SsoWorld start(Path home, Consumer<Emulator.Builder> options) {
        MutableClock clock = MutableClock.at("2026-01-15T10:00:00Z");
        Emulator.Builder builder = Emulator.builder().approve(Emulator.Approve.MANUAL).clock(clock)
                .pollInterval(Duration.ofSeconds(5));
        options.accept(builder);
        return new SsoWorld(home, builder.start(), clock);
    }

    public SsoWorld config(String text) {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs after every sleep of the CLI (e.g. approving a device code with the control API). */
    public SsoWorld onSleep(Runnable action) {
        this.onSleep = action;
        return this;
    }

    /** A CLI run against the emulator with the test clock, sleeper and browser. */
    public CliRun cli() {
        return CliRun.in(home).clock(clock).sleeper(clock.sleeper(() -> onSleep.run())).browser(browser)
                .env("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint())
                .env("AWS_ENDPOINT_URL_SSO", emulator.endpoint())
                .env("AWS_ENDPOINT_URL_STS", emulator.endpoint());
    }

    /** The variables {@link #cli()} sets, for contexts built by hand. */
    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        return env;
    }

    /** A context like the one {@link #cli()} gives a command, with its output captured in {@code out}. */
    public CliContext context(ByteArrayOutputStream out) {
        Environment environment = new Environment(env());
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new CliContext(environment, AwsPaths.from(environment), new Console(
                new ByteArrayInputStream(new byte[0]), print, print, false, false), clock, clock.sleeper(), browser);
    }

    /** Runs {@code aws ARGS} on another thread, so a test can act on its output while it waits. */
    public Background background(Map<String, String> extraEnv, String... args) {
        Map<String, String> variables = env();
        variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        variables.putAll(extraEnv);
        Environment environment = new Environment(variables);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(environment, AwsPaths.from(environment), new Console(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false), clock,
                clock.sleeper(() -> onSleep.run()), browser);
        return new Background(ctx, out, err, args);
    }

    /** A CLI run on its own thread with live output. */
    public static final class Background {
        private final ByteArrayOutputStream out;
        private final ByteArrayOutputStream err;
        private final Thread thread;
        private volatile int exitCode = -1;

        Background(CliContext ctx, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
            this.out = out;
            this.err = err;
            this.thread = new Thread(() -> exitCode = new Cli(ctx).run(args), "cli-under-test");
            thread.start();
        }

        /** Waits (up to 30 s) until stdout matches {@code pattern}; returns group 1 (or the whole match). */
        public String awaitOutput(String pattern) throws InterruptedException {
            Pattern compiled = Pattern.compile(pattern);
            for (int i = 0; i < 600; i++) {
                Matcher matcher = compiled.matcher(out.toString(StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
                }
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no output matching " + pattern + "; out=" + out + " err=" + err);
        }

        /** Waits (up to 30 s) until the run is parked waiting for one of our file locks. */
        public void awaitBlocked() throws InterruptedException {
            for (int i = 0; i < 3000; i++) {
                if (thread.getState() == Thread.State.WAITING && java.util.Arrays.stream(thread.getStackTrace())
                        .anyMatch(f -> f.getClassName().equals("dev.ssocli.fs.AtomicFile"))) {
                    return;
                }
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the CLI never waited for a lock; out=" + out + " err=" + err);
        }

        public void interrupt() {
            thread.interrupt();
        }

        /** Waits for the run to end (up to 30 s). */
        public CliRun.Result join() throws InterruptedException {
            thread.join(30_000);
            if (thread.isAlive()) {
                throw new AssertionError("the CLI did not finish; out=" + out + " err=" + err);
            }
            return new CliRun.Result(exitCode, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    public Path ssoCache() {
        return home.resolve(".aws/sso/cache");
    }

    public Path tokenFile(String sessionNameOrStartUrl) {
        return ssoCache().resolve(CacheKeys.token(sessionNameOrStartUrl) + ".json");
    }

    public Path registrationFile(java.util.List<String> scopes, String sessionName) {
        return ssoCache().resolve(CacheKeys.registration(START_URL, REGION, scopes, sessionName) + ".json");
    }

    public String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        emulator.close();
    }
}
