package dev.ssocli.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/aws-sso-emulator}: starts an {@link Emulator}, prints shell exports for its endpoints and runs until
 * SIGINT or SIGTERM (exit 0). Bad input gives a one-line error and exit 2.
 */
public final class EmulatorMain {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;

    private static final String NAME = "aws-sso-emulator";
    private static final String USAGE = "usage: " + NAME + " [--host 127.0.0.1] [--port 0] [--directory FILE]"
            + " [--approve manual|auto] [--token-ttl DURATION] [--role-credentials-ttl DURATION]"
            + " [--poll-interval DURATION] [--device-code-ttl DURATION] [--registration-ttl DURATION]"
            + " [--vanity-front] [--vanity-redirect URL] [--vanity-mode MODE] [--verbose]";
    private static final String HELP = USAGE + "\n\n"
            + "A local IAM Identity Center (SSO OIDC, SSO portal) and STS on one port.\n"
            + "Prints export lines for AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL_SSO and AWS_ENDPOINT_URL_STS,\n"
            + "then serves until interrupted; --verbose logs one line per request on stderr.\n"
            + "DURATION is 90s, 15m, 8h, 90d, 500ms, plain seconds or ISO-8601 (PT8H).\n"
            + "--vanity-front (or --vanity-redirect URL, or --vanity-mode MODE) also serves a vanity start URL over\n"
            + "HTTPS on another port, with a self-signed certificate (exported as AWS_CA_BUNDLE), redirecting to URL\n"
            + "(default " + VanityFront.DEFAULT_TARGET + "); MODE is redirect, head-405,\n"
            + "no-location, not-found or no-redirect.\n"
            + "Control API: POST /_emulator/approve, /_emulator/deny, /_emulator/expire-tokens,\n"
            + "/_emulator/expire-credentials, /_emulator/inject-error; GET /_emulator/requests, /_emulator/pending.\n";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    private EmulatorMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, EmulatorMain::serveUntilSignalled);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /**
     * Parses {@code args}, starts the emulator, prints the exports, hands the running emulator to {@code serve}
     * and closes it when {@code serve} returns. Returns the exit code instead of exiting.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<Emulator> serve) {
        Emulator.Builder builder = Emulator.builder();
        boolean verbose = false;
        String vanityTarget = null;
        VanityFront.Mode vanityMode = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "-h", "--help" -> {
                        out.print(HELP);
                        out.flush();
                        return EXIT_OK;
                    }
                    case "--verbose" -> verbose = true;
                    case "--host" -> builder.host(value != null ? value : next(args, ++i, arg));
                    case "--port" -> builder.port(port(value != null ? value : next(args, ++i, arg)));
                    case "--directory" -> builder.directory(Path.of(value != null ? value : next(args, ++i, arg)));
                    case "--approve" -> builder.approve(approve(value != null ? value : next(args, ++i, arg)));
                    case "--token-ttl" -> builder.tokenTtl(duration(value != null ? value : next(args, ++i, arg),
                            arg));
                    case "--role-credentials-ttl" -> builder.roleCredentialsTtl(
                            duration(value != null ? value : next(args, ++i, arg), arg));
                    case "--poll-interval" -> builder.pollInterval(
                            duration(value != null ? value : next(args, ++i, arg), arg));
                    case "--device-code-ttl" -> builder.deviceCodeTtl(
                            duration(value != null ? value : next(args, ++i, arg), arg));
                    case "--registration-ttl" -> builder.registrationTtl(
                            duration(value != null ? value : next(args, ++i, arg), arg));
                    case "--vanity-front" -> vanityMode = vanityMode == null ? VanityFront.Mode.REDIRECT : vanityMode;
                    case "--vanity-redirect" -> {
                        vanityTarget = value != null ? value : next(args, ++i, arg);
                        vanityMode = vanityMode == null ? VanityFront.Mode.REDIRECT : vanityMode;
                    }
                    case "--vanity-mode" -> vanityMode = VanityFront.Mode.ofOption(
                            value != null ? value : next(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unrecognized arguments: " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        if (verbose) {
            builder.log(err);
        }
        if (vanityMode != null) {
            builder.vanityFront(vanityTarget, vanityMode);
        }
        Emulator emulator;
        try {
            emulator = builder.start();
        } catch (UncheckedIOException e) {
            return usageError(err, describe(e.getCause()));
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        try (emulator) {
            String endpoint = emulator.endpoint();
            out.println("export AWS_ENDPOINT_URL_SSO_OIDC=" + endpoint);
            out.println("export AWS_ENDPOINT_URL_SSO=" + endpoint);
            out.println("export AWS_ENDPOINT_URL_STS=" + endpoint);
            emulator.vanityFront().ifPresent(front -> {
                out.println("export AWS_CA_BUNDLE=" + front.certificate());
                out.println("# vanity sso_start_url=" + front.startUrl() + " (" + front.mode().option() + " to "
                        + front.target() + ")");
            });
            out.println("# sso_start_url=" + Emulator.START_URL + " sso_region=" + Emulator.REGION);
            out.flush();
            serve.accept(emulator);
        }
        return EXIT_OK;
    }

    /** Blocks until SIGINT/SIGTERM; the shutdown hook then closes the server and ends the process with 0. */
    private static void serveUntilSignalled(Emulator emulator) {
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            // A signal would otherwise end the JVM with 128+signal; the issue asks for exit 0.
            Runtime.getRuntime().halt(EXIT_OK);
        }, NAME + "-shutdown"));
        try {
            forever.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException("argument " + option + ": expected one argument");
        }
        return args[i];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("argument --port: invalid port: '" + value + "'");
    }

    private static Emulator.Approve approve(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "manual" -> Emulator.Approve.MANUAL;
            case "auto" -> Emulator.Approve.AUTO;
            default -> throw new IllegalArgumentException("argument --approve: invalid choice: '" + value
                    + "' (choose from 'manual', 'auto')");
        };
    }

    /** {@code 90s}, {@code 15m}, {@code 8h}, {@code 90d}, {@code 500ms}, plain seconds, or ISO-8601 {@code PT8H}. */
    static Duration duration(String value, String option) {
        Duration duration = parseDuration(value, option);
        if (duration.isNegative() || duration.isZero() && !"--poll-interval".equals(option)) {
            throw new IllegalArgumentException("argument " + option + ": must be positive: '" + value + "'");
        }
        return duration;
    }

    private static Duration parseDuration(String value, String option) {
        Matcher m = SHORT_DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("argument " + option + ": invalid duration: '" + value + "'");
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof BindException) {
            return "cannot listen on the requested address and port: " + cause.getMessage();
        }
        return cause.getMessage();
    }

    private static int usageError(PrintStream err, String message) {
        err.println(NAME + ": error: " + message);
        err.flush();
        return EXIT_USAGE;
    }
}
