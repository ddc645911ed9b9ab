package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random points of every writer (issue 14, "crash safety"): after each kill the file is the old
 * or the new one, complete and with its mode, and the next command leaves no temp or lock file behind. CI runs a
 * few kills per writer; {@code -Dhardening.long=true} runs hundreds (see README "Guarantees").
 */
class CrashSafetyIT {
    private static final int PROFILES = 3000;

    @TempDir
    Path home;
    private final Random random = new Random(Long.getLong("hardening.seed", System.nanoTime()));

    private Process start(Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(CliJar.command(args));
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** How long one uninterrupted run takes: kills are spread over it. */
    private int runMillis(Map<String, String> env, String... args) throws Exception {
        long start = System.nanoTime();
        Process run = start(env, args);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        return (int) Math.max(50, (System.nanoTime() - start) / 1_000_000);
    }

    /** Kills {@code process} with SIGKILL after a random part of {@code windowMillis}; true if it was still running. */
    private boolean killSomewhereIn(Process process, int windowMillis) throws InterruptedException {
        boolean done = process.waitFor(random.nextInt(windowMillis), TimeUnit.MILLISECONDS);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return !done;
    }

    private static List<String> hidden(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".lock"))
                    .toList();
        }
    }

    @Test
    void theConfigWriterLeavesTheOldOrTheNewFileWithItsMode() throws Exception {
        Path config = home.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        StringBuilder text = new StringBuilder("# a user's file\n");
        for (int i = 0; i < PROFILES; i++) {
            text.append("[profile p").append(i).append("]\nregion = eu-west-1\noutput = json\n\n");
        }
        Files.writeString(config, text);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));
        int window = runMillis(Map.of(), "configure", "set", "warm", "up", "--profile", "p1");
        int iterations = Hardening.iterations(6, 300);
        int killed = 0;
        for (int i = 0; i < iterations; i++) {
            String before = Files.readString(config);
            Process run = start(Map.of(), "configure", "set", "k" + i, "v" + i, "--profile", "p" + (i % PROFILES));
            if (killSomewhereIn(run, window)) {
                killed++;
            }
            String after = Files.readString(config);
            String section = "[profile p" + (i % PROFILES) + "]";
            String added = "k" + i + " = v" + i + "\n";
            if (!after.equals(before)) {
                // the new file: the one line added inside the section, every other byte as it was
                int at = after.indexOf(added);
                assertThat(at).isGreaterThan(before.indexOf(section));
                assertThat(after.substring(0, at) + after.substring(at + added.length())).isEqualTo(before);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-r-----");
        }
        Process last = start(Map.of(), "configure", "set", "final", "yes", "--profile", "p0");
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(hidden(config.getParent())).isEmpty();
        assertThat(AwsConfig.load(AwsPaths.from(new Environment(Map.of("HOME", home.toString())))).profile("p0")
                .orElseThrow().get("final")).contains("yes");
        System.out.println("config writer: " + iterations + " runs, " + killed + " killed mid-run");
        assertThat(killed).isGreaterThan(0);
    }

    @Test
    void tokenAndRoleCredentialWritersLeaveCompleteFiles() throws Exception {
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.MANUAL).clock(Clock.systemUTC())
                .start()) {
            Map<String, String> env = Hardening.ssoHome(home, emulator);
            Path tokenFile = Hardening.logIn(home, env);
            Path cliCache = home.resolve(".aws/cli/cache");
            int window = runMillis(env, "configure", "export-credentials", "--profile", "dev");
            int iterations = Hardening.iterations(6, 300);
            int killed = 0;
            for (int i = 0; i < iterations; i++) {
                // every run refreshes the token (five minutes left) and fetches role credentials
                Hardening.expireIn(tokenFile, Duration.ofMinutes(5));
                deleteJson(cliCache);
                Process run = start(env, "configure", "export-credentials", "--profile", "dev");
                if (killSomewhereIn(run, window)) {
                    killed++;
                }
                assertCompleteJson(tokenFile, "accessToken");
                try (Stream<Path> files = Files.isDirectory(cliCache) ? Files.list(cliCache) : Stream.empty()) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        assertCompleteJson(file, "SecretAccessKey");
                    }
                }
            }
            // The last run writes both files too, so it sweeps what killed writers left (a run killed after its
            // token write but before its sweep leaves a token that needs no refresh).
            Hardening.expireIn(tokenFile, Duration.ofMinutes(5));
            deleteJson(cliCache);
            Process last = start(env, "configure", "export-credentials", "--profile", "dev");
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            assertThat(hidden(home.resolve(".aws/sso/cache"))).isEmpty();
            assertThat(hidden(cliCache)).isEmpty();
            System.out.println("token and role-credential writers: " + iterations + " runs, " + killed
                    + " killed mid-run");
            assertThat(killed).isGreaterThan(0);
        }
    }

    @Test
    void theRegistrationWriterLeavesCompleteFiles() throws Exception {
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).clock(Clock.systemUTC()).start()) {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), SsoWorld.CONFIG);
            Path browser = home.resolve("browser");
            Files.writeString(browser, "#!/bin/sh\nexec curl -sL -o /dev/null \"$1\"\n");
            Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
            Map<String, String> env = Map.of("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint(),
                    "AWS_ENDPOINT_URL_SSO", emulator.endpoint(), "AWS_ENDPOINT_URL_STS", emulator.endpoint(),
                    "BROWSER", browser.toString());
            Path ssoCache = home.resolve(".aws/sso/cache");
            int window = runMillis(env, "sso", "login", "--profile", "dev");
            int iterations = Hardening.iterations(6, 300);
            int killed = 0;
            for (int i = 0; i < iterations; i++) {
                // no cached registration: every login registers a client and writes it, then the token
                deleteJson(ssoCache);
                Process run = start(env, "sso", "login", "--profile", "dev");
                if (killSomewhereIn(run, window)) {
                    killed++;
                }
                try (Stream<Path> files = Files.isDirectory(ssoCache) ? Files.list(ssoCache) : Stream.empty()) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        assertCompleteJson(file, Files.readString(file).contains("\"accessToken\"") ? "accessToken"
                                : "clientSecret");
                    }
                }
            }
            Process last = start(env, "sso", "login", "--profile", "dev");
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            assertThat(hidden(ssoCache)).isEmpty();
            System.out.println("registration writer: " + iterations + " runs, " + killed + " killed mid-run");
            assertThat(killed).isGreaterThan(0);
        }
    }

    private static void deleteJson(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void assertCompleteJson(Path file, String secretKey) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{").endsWith("}").contains("\"" + secretKey + "\": \"")
                .doesNotContain("null");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
