package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.FrontLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive ({@code target/aws-sso-java-VERSION-dist.tar.gz}) unpacked into a read-only directory with no
 * Maven and no sources: {@code --version}, configure commands, a login against the emulator and a service call, a
 * pass-through to the next {@code aws} on PATH, and a class-data archive made in the user's cache directory; not a
 * byte of the install changes. The same for the archive with a bundled runtime
 * ({@code aws-sso-java-VERSION-linux-x86_64-runtime.tar.gz}, made by {@code src/dist/runtime-archive.sh} here when
 * {@code -Pruntime} did not make it), run by that runtime with no other Java on PATH.
 */
@Timeout(600)
class DistArchiveIT {
    @TempDir
    Path tmp;

    @Test
    void runsFromAReadOnlyInstall() throws Exception {
        Path archive = Path.of(System.getProperty("dist.archive"));
        assertThat(archive).as("built by ./mvnw package").isRegularFile();
        Path install = unpackReadOnly(archive);
        Map<String, String> before = snapshot(install);
        Path bin = tmp.resolve("path-bin");
        Path cache = tmp.resolve("cache");
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Map<String, String> env = environment(install, emulator);
            ExternalCommand.Result version = run(env, "--version");
            assertThat(version.out()).contains("aws-sso-java/");
            configureLoginAndCall(env);
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

    @Test
    void runsWithItsBundledRuntime() throws Exception {
        Path install = unpackReadOnly(runtimeArchive());
        Path runtime = install.resolve("runtime");
        Path java = runtime.resolve("bin/java");
        assertThat(java).isExecutable();
        String javaVersion = release(runtime, "JAVA_VERSION");
        assertThat(Integer.parseInt(javaVersion.replaceFirst("[.].*", ""))).isGreaterThanOrEqualTo(25);
        Map<String, String> before = snapshot(install);
        Path cache = tmp.resolve("cache");
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Map<String, String> env = environment(install, emulator);
            // The bundled runtime goes before JAVA_HOME (the test's JVM; PATH has no java); AWS_SSO_JAVA_HOME before it.
            Map<String, String> print = new HashMap<>(env);
            print.put("AWS_SSO_JAVA_CDS", "print");
            assertThat(run(print, "--version").out()).startsWith("cds_java=" + java + " cds_major=25 ");
            print.put("AWS_SSO_JAVA_HOME", System.getProperty("java.home"));
            assertThat(run(print, "--version").out())
                    .startsWith("cds_java=" + Path.of(System.getProperty("java.home"), "bin/java") + " ");

            assertThat(run(env, "--version").out()).contains(" aws-sso-java/").contains(" Java/" + javaVersion + " ");
            configureLoginAndCall(env);

            // Its AOT cache is made in the user's cache directory, named after the runtime, and the next runs use it
            // (AOTMode=on stops the JVM when the cache cannot be used).
            String archiveName = runtime.toRealPath().toString().substring(1).replace('/', '_') + "-"
                    + release(runtime, "JAVA_RUNTIME_VERSION") + ".aot";
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (archives(cache).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(archives(cache)).singleElement().extracting(p -> p.getFileName().toString())
                    .isEqualTo(archiveName);
            Map<String, String> strict = new HashMap<>(env);
            strict.put("AWS_SSO_JAVA_OPTS", "-XX:AOTMode=on");
            assertThat(run(strict, "sts", "get-caller-identity", "--profile", "dev", "--query", "Account", "--output",
                    "text").out()).isEqualTo("123456789012\n");
        }
        assertThat(snapshot(install)).isEqualTo(before);
    }

    /**
     * The archive with a bundled runtime: the one {@code -Pruntime} made for this build, else one made here from
     * {@code -Druntime.jdk} or the first JDK 25 or newer in /usr/lib/jvm; the test is skipped without such a JDK.
     */
    private Path runtimeArchive() throws Exception {
        Path dist = Path.of(System.getProperty("dist.archive"));
        assertThat(dist).as("built by ./mvnw package").isRegularFile();
        Path built = Path.of(System.getProperty("runtime.archive"));
        if (Files.isRegularFile(built) && Files.getLastModifiedTime(built).compareTo(Files.getLastModifiedTime(dist)) >= 0) {
            return built;
        }
        Optional<Path> jdk = runtimeJdk();
        Assumptions.assumeTrue(jdk.isPresent(),
                "no JDK 25 or newer with jlink (-Druntime.jdk=/path, or one in /usr/lib/jvm) to make the runtime archive");
        Path made = tmp.resolve("aws-sso-java-runtime.tar.gz");
        String script = Path.of(System.getProperty("project.basedir"), "src/dist/runtime-archive.sh").toString();
        ExternalCommand.Result result = ExternalCommand.run(
                List.of("sh", script, dist.toString(), made.toString(), jdk.get().toString()),
                Map.of("PATH", System.getenv("PATH")), tmp);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return made;
    }

    private static Optional<Path> runtimeJdk() throws IOException {
        String named = System.getProperty("runtime.jdk", "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                String version = Files.isExecutable(home.resolve("bin/jlink")) ? release(home, "JAVA_VERSION") : "";
                if (version.matches("(2[5-9]|[3-9][0-9])([.].*)?")) {
                    return Optional.of(home);
                }
            }
        }
        return Optional.empty();
    }

    /** A value of a Java home's {@code release} file, without its quotes; empty when it has none. */
    private static String release(Path home, String key) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return "";
        }
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).replace("\"", "");
            }
        }
        return "";
    }

    /** Unpacks a release archive into a fresh directory and makes it read-only; returns the install directory. */
    private Path unpackReadOnly(Path archive) throws Exception {
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
        return install;
    }

    /**
     * A clean environment for the install's bin/aws, linked into a PATH that holds no java (the test's JVM is
     * JAVA_HOME), a stand-in real CLI that exits 7 and the tools the launcher uses; the emulator's endpoints, a
     * browser that approves the sign-in and a cache directory in the temp folder.
     */
    private Map<String, String> environment(Path install, Emulator emulator) throws IOException {
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
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        env.put("PATH", bin + ":" + real + ":" + tools);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        env.put("BROWSER", "curl -sL -o /dev/null %s");
        env.remove("AWS_SSO_JAVA_CDS");
        env.remove("AWS_SSO_JAVA_HOME");
        return env;
    }

    /** configure set and get, a profile for the emulator's start URL, sso login and sts get-caller-identity. */
    private void configureLoginAndCall(Map<String, String> env) throws Exception {
        Path home = Path.of(env.get("HOME"));
        assertThat(run(env, "configure", "set", "region", "eu-west-1", "--profile", "dev").exitCode()).isZero();
        Files.writeString(home.resolve(".aws/config"), "sso_session = corp\nsso_account_id = 123456789012\n"
                + "sso_role_name = ReadOnly\n[sso-session corp]\nsso_start_url = " + Emulator.START_URL + "\n"
                + "sso_region = " + Emulator.REGION + "\n", StandardOpenOption.APPEND);
        assertThat(run(env, "configure", "get", "region", "--profile", "dev").out()).isEqualTo("eu-west-1\n");
        ExternalCommand.Result login = run(env, "sso", "login", "--profile", "dev");
        assertThat(login.out()).contains("Successfully logged into Start URL: " + Emulator.START_URL);
        assertThat(run(env, "sts", "get-caller-identity", "--profile", "dev", "--query", "Account", "--output",
                "text").out()).isEqualTo("123456789012\n");
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
