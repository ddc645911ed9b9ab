package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.WireFault;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation the CLI calls, answered with every kind of broken answer (issue 14, "wire-fault matrix"): the
 * user sees one AWS-style message and the CLI's exit code, never a stack trace, and no file changes unless the
 * operation succeeded. The expectations per fault class are AWS CLI 2.36.12's: an unusable {@code 200} is a client
 * error (255), any error status a service error (254, after the retries for 429/5xx), no answer at all a connection
 * error (255).
 */
class WireFaultMatrixTest {
    /** Faults and the exit code they end a command with, when the operation's failure ends the command. */
    enum Fault {
        EMPTY_200(WireFault.raw(200, null, ""), 255, 1),
        HTML_200(WireFault.raw(200, "text/html", "<html><body>Proxy login</body></html>"), 255, 1),
        HTML_502(WireFault.raw(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"), 254, 3),
        UNKNOWN_ERROR_CODE(WireFault.raw(400, "application/json", "{\"__type\": \"BrandNewException\", "
                + "\"message\": \"new\"}"), 254, 1),
        STATUS_401(WireFault.raw(401, "application/json", "{\"message\": \"no\"}"), 254, 1),
        STATUS_403(WireFault.raw(403, "application/json", "{\"message\": \"forbidden\"}"), 254, 1),
        STATUS_429(WireFault.raw(429, "application/json", "{\"message\": \"slow down\"}"), 254, 3),
        STATUS_500(WireFault.raw(500, "application/json", "{\"message\": \"oops\"}"), 254, 3),
        STATUS_503(WireFault.raw(503, null, ""), 254, 3),
        TRUNCATED_JSON(WireFault.raw(200, "application/json", "{\"accessToken\": \"abc"), 255, 1),
        // HttpURLConnection itself resends a request whose connection broke, so these are queued for every try
        TRUNCATED_BODY(WireFault.truncated(200, "application/json", "{\"accessToken\": \"abcdefgh\"}"), 255, 6),
        RESET(WireFault.reset(), 255, 6),
        TIMEOUT(WireFault.hang(Duration.ofMillis(2500)), 255, 3);

        final WireFault wire;
        final int exitCode;
        final int attempts;

        Fault(WireFault wire, int exitCode, int attempts) {
            this.wire = wire;
            this.exitCode = exitCode;
            this.attempts = attempts;
        }

        boolean isServiceError() {
            return exitCode == 254;
        }
    }

    /** One operation, the command that calls it and what the world looks like before. */
    enum Operation {
        REGISTER_CLIENT("RegisterClient", false),
        START_DEVICE_AUTHORIZATION("StartDeviceAuthorization", false),
        CREATE_TOKEN("CreateToken", false),
        REFRESH_TOKEN("CreateToken", true),
        GET_ROLE_CREDENTIALS("GetRoleCredentials", true),
        LIST_ACCOUNTS("ListAccounts", true),
        GET_CALLER_IDENTITY("GetCallerIdentity", true),
        LOGOUT("Logout", true);

        final String name;
        final boolean loggedIn;

        Operation(String name, boolean loggedIn) {
            this.name = name;
            this.loggedIn = loggedIn;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            for (Fault fault : Fault.values()) {
                // each timeout costs three read timeouts; CI keeps one per kind of caller
                boolean slow = fault == Fault.TIMEOUT && !EnumSet.of(Operation.CREATE_TOKEN, Operation.REFRESH_TOKEN,
                        Operation.GET_CALLER_IDENTITY, Operation.LOGOUT).contains(operation);
                if (!slow || Hardening.isLong()) {
                    cases.add(Arguments.of(operation, fault));
                }
            }
        }
        return cases.stream();
    }

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0} answered with {1}")
    @MethodSource("matrix")
    void oneLineTheCliExitCodeAndNoFileChangedUnlessTheOperationSucceeded(Operation operation, Fault fault)
            throws Exception {
        try (SsoWorld world = SsoWorld.start(home).config(SsoWorld.CONFIG)) {
            if (operation.loggedIn) {
                assertThat(world.cli().run("sso", "login", "--profile", "dev").exitCode()).isZero();
            }
            if (operation == Operation.REFRESH_TOKEN) {
                world.clock.advance(Duration.ofHours(7).plusMinutes(55));
            }
            String accessToken = operation.loggedIn ? world.read(world.tokenFile("my-sso"))
                    .replaceAll(".*\"accessToken\": \"([^\"]+)\".*", "$1") : null;
            Map<String, String> before = snapshot(home.resolve(".aws"));
            for (int i = 0; i < fault.attempts; i++) {
                world.emulator.injectFault(operation.name, fault.wire);
            }

            CliRun.Result result = world.cli().run(command(operation, accessToken));

            assertThat(result.err()).as("stderr").doesNotContain("\tat ").doesNotContain("Exception:")
                    .doesNotContain("java.").doesNotContain("null");
            Map<String, String> after = snapshot(home.resolve(".aws"));
            switch (operation) {
                case REGISTER_CLIENT, START_DEVICE_AUTHORIZATION, CREATE_TOKEN -> {
                    assertThat(result.exitCode()).isEqualTo(fault.exitCode);
                    assertOneMessage(result);
                    assertThat(world.tokenFile("my-sso")).doesNotExist();
                }
                case REFRESH_TOKEN -> {
                    // the token still has five minutes: it is used, the cache keeps every byte
                    assertThat(result.exitCode()).isZero();
                    assertThat(after.get(relative(world.tokenFile("my-sso"))))
                            .isEqualTo(before.get(relative(world.tokenFile("my-sso"))));
                }
                case GET_ROLE_CREDENTIALS, GET_CALLER_IDENTITY -> {
                    assertThat(result.exitCode()).isEqualTo(fault.exitCode);
                    assertOneMessage(result);
                    assertThat(result.out()).isEmpty();
                    if (operation == Operation.GET_ROLE_CREDENTIALS) {
                        assertThat(after).isEqualTo(before);
                    }
                }
                case LIST_ACCOUNTS -> {
                    boolean unusable200 = fault.wire.kind() == WireFault.Kind.RAW && fault.wire.status() == 200;
                    assertThat(result.exitCode()).isEqualTo(unusable200 ? 0 : fault.exitCode);
                    if (!unusable200) {
                        assertOneMessage(result);
                    }
                    assertThat(after).isEqualTo(before);
                }
                case LOGOUT -> {
                    if (fault.isServiceError() || fault.wire.kind() == WireFault.Kind.RAW) {
                        // botocore ignores a ClientError from Logout: the local session goes anyway
                        assertThat(result.exitCode()).isZero();
                        assertThat(world.tokenFile("my-sso")).doesNotExist();
                    } else {
                        // no answer at all: the CLI stops before deleting, so the token can still be logged out
                        assertThat(result.exitCode()).isEqualTo(255);
                        assertOneMessage(result);
                        assertThat(world.tokenFile("my-sso")).exists();
                    }
                }
                default -> throw new AssertionError(operation);
            }
        }
    }

    private String relative(Path file) {
        return home.resolve(".aws").relativize(file).toString();
    }

    private static String[] command(Operation operation, String accessToken) {
        List<String> args = new ArrayList<>(switch (operation) {
            case REGISTER_CLIENT, START_DEVICE_AUTHORIZATION, CREATE_TOKEN -> List.of("sso", "login", "--profile",
                    "dev", "--use-device-code");
            case REFRESH_TOKEN, GET_CALLER_IDENTITY -> List.of("sts", "get-caller-identity", "--profile", "dev");
            case GET_ROLE_CREDENTIALS -> List.of("configure", "export-credentials", "--profile", "dev");
            case LIST_ACCOUNTS -> List.of("sso", "list-accounts", "--access-token", accessToken, "--region",
                    SsoWorld.REGION);
            case LOGOUT -> List.of("sso", "logout");
        });
        args.addAll(List.of("--cli-read-timeout", "1"));
        return args.toArray(String[]::new);
    }

    /** One message: a blank line, then text that is all on one line (botocore's parse error adds the body line). */
    private static void assertOneMessage(CliRun.Result result) {
        String err = result.err();
        assertThat(err).startsWith("\n").endsWith("\n");
        String text = err.substring(1, err.length() - 1);
        assertThat(text).isNotBlank();
        assertThat(text.lines().count()).as(err).isLessThanOrEqualTo(2);
    }

    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
