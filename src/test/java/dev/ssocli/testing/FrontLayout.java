package dev.ssocli.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the launchers and the built jar in a temp directory, linked into a PATH of the test's own making (never
 * the machine's: its {@code aws} is someone else's), and the reference AWS CLI v2 ({@code AWS_REFERENCE_CLI}, else
 * {@code .cache/awscli-2.36.12/dist/aws} in the checkout).
 */
public final class FrontLayout {
    private static final List<String> LAUNCHER_FILES = List.of("aws", "aws-real-cli.sh", "aws_completer");
    private static final List<String> TOOLS = List.of("readlink", "dirname", "find", "mkdir", "rmdir", "sleep",
            "cat", "env", "pwd", "sh");

    private final Path dir;
    private final Path front;
    private final Path tools;

    private FrontLayout(Path dir, Path front, Path tools) {
        this.dir = dir;
        this.front = front;
        this.tools = tools;
    }

    /** Copies the launchers and jar under {@code dir}; {@code dir/front/aws} links to the copied {@code bin/aws}. */
    public static FrontLayout create(Path dir) throws IOException {
        Path project = Path.of(System.getProperty("project.basedir"));
        Path bin = Files.createDirectories(dir.resolve("install/bin"));
        for (String file : LAUNCHER_FILES) {
            Path source = project.resolve("bin").resolve(file);
            if (Files.exists(source)) {
                Files.copy(source, bin.resolve(file));
                Files.setPosixFilePermissions(bin.resolve(file), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createDirectories(dir.resolve("install/target"));
        Files.copy(CliJar.jar(), dir.resolve("install/target/aws-sso-java.jar"));
        Path front = Files.createDirectories(dir.resolve("front"));
        Files.createSymbolicLink(front.resolve("aws"), bin.resolve("aws"));
        Files.createSymbolicLink(front.resolve("aws_completer"), bin.resolve("aws_completer"));
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : TOOLS) {
            Files.copy(Path.of("/usr/bin", tool), tools.resolve(tool), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.createDirectories(dir.resolve("home"));
        return new FrontLayout(dir, front, tools);
    }

    /** The reference AWS CLI v2, or null when it is not at hand. */
    public static Path referenceCli() {
        String named = System.getenv("AWS_REFERENCE_CLI");
        Path cli = named != null && !named.isEmpty() ? Path.of(named)
                : Path.of(System.getProperty("project.basedir"), ".cache/awscli-2.36.12/dist/aws");
        return Files.isExecutable(cli) ? cli : null;
    }

    /** The directory linked first into PATH, holding {@code aws} (this front). */
    public Path front() {
        return front;
    }

    public Path home() {
        return dir.resolve("home");
    }

    /** A PATH: this front, then {@code entries}, then the tools the launchers use (no {@code aws} among them). */
    public String path(Path... entries) {
        StringBuilder path = new StringBuilder(front.toString());
        for (Path entry : entries) {
            path.append(':').append(entry);
        }
        return path.append(':').append(tools).toString();
    }

    /** A directory holding {@code aws}, a link to {@code target}. */
    public Path linkDir(String name, Path target) throws IOException {
        Path link = Files.createDirectories(dir.resolve(name));
        Files.createSymbolicLink(link.resolve("aws"), target);
        return link;
    }

    /** A directory holding an executable {@code aws} shell script with {@code body}. */
    public Path scriptDir(String name, String body) throws IOException {
        Path script = Files.createDirectories(dir.resolve(name)).resolve("aws");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.getParent();
    }

    /** A clean environment for the launcher: temp HOME, {@code path}, this JVM as its JVM, no class-data archive. */
    public Map<String, String> env(String path) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", path);
        env.put("HOME", home().toString());
        env.put("LANG", "C.UTF-8");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("AWS_SSO_JAVA_CDS", "off");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        return env;
    }

    /** Runs {@code command} in {@code cwd} with exactly {@code env}, feeding {@code stdin}; waits up to 2 minutes. */
    public static ExternalCommand.Result run(List<String> command, Map<String, String> env, Path cwd, String stdin)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("did not finish within 2 minutes: " + command);
        }
        return new ExternalCommand.Result(process.exitValue(), out.join(), err.join());
    }

    /** {@code dir/front/aws ARGS}. */
    public List<String> aws(String... args) {
        List<String> command = new ArrayList<>(List.of(front.resolve("aws").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
