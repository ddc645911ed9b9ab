package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.FrontLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive ({@code target/aws-sso-java-VERSION-dist.tar.gz}) unpacked into a read-only directory with no
 * Maven and no sources: {@code --version}, configure commands, a login against the emulator and a service call, a
 * pass-through to the next {@code aws} on PATH, and a class-data archive made in the user's cache directory; not a
 * byte of the install changes.
 */
@Timeout(600)
class DistArchiveIT {
    @TempDir
    Path tmp;

    @Test
    void runsFromAReadOnlyInstall() throws Exception {
        Path archive = Path.of(System.getProperty("dist.archive"));
        assertThat(archive).as("built by ./mvnw package").isRegularFile();
        Path opt = Files.createDirectories(tmp.resolve("opt"));
        assertThat(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", opt.toString()).inheritIO().start()
                .waitFor()).isZero();
        Path install;
        try (Stream<Path> unpacked = Files.list(opt)) {
            install = unpacked.findFirst().orElseThrow();
        }
        assertThat(install.resolve("bin/aws")).isExecutable();
        assertThat(install.resolve("bin/aws_completer")).isExecutable();
        assertThat(install.resolve("bin/aws-sso-emulator")).isExecutable();
        assertThat(install.resolve("LICENSE")).isRegularFile();
        assertThat(install.resolve("INSTALL.md")).isRegularFile();
        assertThat(new ProcessBuilder("chmod", "-R", "a-w", install.toString()).start().waitFor()).isZero();
        Map<String, String> before = snapshot(install);

        Path bin = Files.createDirectories(tmp.resolve("path-bin"));
        Files.createSymbolicLink(bin.resolve("aws"), install.resolve("bin/aws"));
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("readlink", "dirname", "find", "mkdir", "rmdir", "sleep", "cat", "curl", "nohup",
                "nice", "grep", "mktemp", "rm", "mv", "cp", "chmod", "sed", "env")) {
            Files.copy(Path.of("/usr/bin", tool), tools.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("aws"), "#!/bin/sh\necho \"real CLI: $*\"\nexit 7\n");
        Files.setPosixFilePermissions(real.resolve("aws"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cache = tmp.resolve("cache");

        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("PATH", bin + ":" + real + ":" + tools);
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("XDG_CACHE_HOME", cache.toString());
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            env.put("BROWSER", "curl -sL -o /dev/null %s");
            env.remove("AWS_SSO_JAVA_CDS");

            ExternalCommand.Result version = run(env, "--version");
            assertThat(version.out()).contains("aws-sso-java/");
            assertThat(run(env, "configure", "set", "region", "eu-west-1", "--profile", "dev").exitCode()).isZero();
            Files.writeString(home.resolve(".aws/config"), "sso_session = corp\nsso_account_id = 123456789012\n"
                    + "sso_role_name = ReadOnly\n[sso-session corp]\nsso_start_url = " + Emulator.START_URL + "\n"
                    + "sso_region = " + Emulator.REGION + "\n", java.nio.file.StandardOpenOption.APPEND);
            assertThat(run(env, "configure", "get", "region", "--profile", "dev").out()).isEqualTo("eu-west-1\n");
            ExternalCommand.Result login = run(env, "sso", "login", "--profile", "dev");
            assertThat(login.out()).contains("Successfully logged into Start URL: " + Emulator.START_URL);
            assertThat(run(env, "sts", "get-caller-identity", "--profile", "dev", "--query", "Account", "--output",
                    "text").out()).isEqualTo("123456789012\n");
            ExternalCommand.Result passThrough = FrontLayout.run(List.of(bin.resolve("aws").toString(), "s3", "ls"),
                    env, tmp, "");
            assertThat(passThrough).isEqualTo(new ExternalCommand.Result(7, "real CLI: s3 ls\n", ""));

            // The class-data archive is made in the background, in the cache directory, not in the install.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (archives(cache).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(archives(cache)).as("class-data archive in " + cache).hasSize(1);
            assertThat(run(env, "--version").out()).contains("aws-sso-java/");
        }
        assertThat(snapshot(install)).isEqualTo(before);
    }

    private ExternalCommand.Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tmp.resolve("path-bin/aws").toString()));
        command.addAll(List.of(args));
        ExternalCommand.Result result = FrontLayout.run(command, env, tmp, "");
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private static List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
        }
    }

    /** Every path of the install with its size, mode and modification time. */
    private static Map<String, String> snapshot(Path install) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> files = Files.walk(install)) {
            for (Path file : files.toList()) {
                snapshot.put(install.relativize(file).toString(), Files.size(file) + " "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + " "
                        + Files.getLastModifiedTime(file));
            }
        }
        return snapshot;
    }
}
