package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.WireFault;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import dev.ssocli.testing.CliJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty processes at once mixing {@code sso login}, token refreshes, {@code sso logout} and {@code configure set}
 * (issue 14, "concurrency"): every run ends with its own outcome, no {@code configure set} is lost, every cache file
 * that remains is complete, and nothing hidden is left behind.
 */
class ConcurrencyIT {
    private static final int PROCESSES = 20;

    @TempDir
    Path home;

    @Test
    void loginRefreshLogoutAndConfigureSetAtOnce() throws Exception {
        int rounds = Hardening.iterations(1, 10);
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.MANUAL).clock(Clock.systemUTC())
                .start()) {
            Map<String, String> env = Hardening.ssoHome(home, emulator);
            for (int round = 0; round < rounds; round++) {
                runRound(emulator, env, round);
            }
        }
    }

    @Test
    void aHangingRefreshEndpointCostsOneAttemptNotAQueue() throws Exception {
        // issue 14, case 6: six processes, a token in its last 10 minutes, CreateToken never answering
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.MANUAL).clock(Clock.systemUTC())
                .start()) {
            Map<String, String> env = Hardening.ssoHome(home, emulator);
            Path tokenFile = Hardening.logIn(home, env);
            Hardening.expireIn(tokenFile, Duration.ofMinutes(5));
            for (int i = 0; i < 18; i++) {
                emulator.injectFault("CreateToken", WireFault.hang(Duration.ofSeconds(30)));
            }
            emulator.clearRequests();
            long start = System.nanoTime();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ProcessBuilder builder = new ProcessBuilder(CliJar.command("sts", "get-caller-identity", "--profile",
                        "dev", "--cli-read-timeout", "2"));
                builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
                builder.environment().put("HOME", home.toString());
                builder.environment().putAll(env);
                builder.redirectErrorStream(true);
                processes.add(builder.start());
            }
            for (Process process : processes) {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as(output).isZero();
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            long refreshes = emulator.requests().stream().filter(r -> "refresh_token".equals(r.grantType())).count();
            System.out.println("hanging refresh: 6 processes done in " + seconds + " s, " + refreshes
                    + " CreateToken requests");
            // one refresh attempt (three tries of 2 s), not six queued ones (about 40 s)
            assertThat(refreshes).isEqualTo(3);
            assertThat(seconds).isLessThan(25);
        }
    }

    private void runRound(Emulator emulator, Map<String, String> env, int round) throws Exception {
        Path tokenFile = Hardening.logIn(home, env);
        // five minutes left: every reader wants a refresh
        Hardening.expireIn(tokenFile, Duration.ofMinutes(5));
        List<Process> processes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            String kind = switch (i % 5) {
                case 0 -> "set";
                case 1, 2 -> "refresh";
                case 3 -> i == 3 ? "logout" : "set";
                default -> "login";
            };
            List<String> args = switch (kind) {
                case "set" -> List.of("configure", "set", "key_" + round + "_" + i, "v" + i, "--profile", "dev");
                case "refresh" -> List.of("configure", "export-credentials", "--profile", "dev");
                case "logout" -> List.of("sso", "logout");
                default -> List.of("sso", "login", "--profile", "dev", "--use-device-code", "--no-browser");
            };
            ProcessBuilder builder = new ProcessBuilder(CliJar.command(args.toArray(String[]::new)));
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().put("HOME", home.toString());
            builder.environment().putAll(env);
            builder.redirectErrorStream(true);
            processes.add(builder.start());
            kinds.add(kind);
        }
        Thread approver = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                emulator.approveAll();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        approver.start();
        try {
            for (int i = 0; i < PROCESSES; i++) {
                Process process = processes.get(i);
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String kind = kinds.get(i);
                assertThat(output).as(kind + ": " + output).doesNotContain("\tat ").doesNotContain("Exception");
                if (kind.equals("refresh")) {
                    // a refresh after the logout finds no token: the CLI's error, nothing else
                    assertThat(process.exitValue() == 0 || output.contains("Error loading SSO Token")
                            || output.contains("has expired")).as(kind + ": " + output).isTrue();
                } else {
                    assertThat(process.exitValue()).as(kind + ": " + output).isZero();
                }
            }
        } finally {
            approver.interrupt();
            approver.join();
        }
        var dev = AwsConfig.load(AwsPaths.from(new Environment(Map.of("HOME", home.toString())))).profile("dev")
                .orElseThrow();
        for (int i = 0; i < PROCESSES; i++) {
            if (kinds.get(i).equals("set")) {
                assertThat(dev.get("key_" + round + "_" + i)).contains("v" + i);
            }
        }
        for (Path dir : List.of(home.resolve(".aws"), home.resolve(".aws/sso/cache"), home.resolve(".aws/cli/cache"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    assertThat(name).doesNotEndWith(".lock").doesNotEndWith(".tmp");
                    if (name.endsWith(".json")) {
                        String text = Files.readString(file);
                        assertThat(text).doesNotContain("null");
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
                    }
                }
            }
        }
    }
}
