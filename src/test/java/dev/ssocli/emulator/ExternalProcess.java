package dev.ssocli.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A client we did not write (boto3, the AWS CLI), run as a process with a temp HOME and no inherited AWS_* settings. */
final class ExternalProcess implements AutoCloseable {
    /** The outcome of a finished process. */
    record Result(int exitCode, String out, String err) {
    }

    private final Process process;
    private final BufferedReader stdout;
    private final Path stderrFile;
    private final StringBuilder out = new StringBuilder();

    private ExternalProcess(Process process, Path stderrFile) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderrFile = stderrFile;
    }

    /** The environment of this JVM without HOME and AWS_* variables, with {@code home} as HOME. */
    static Map<String, String> cleanEnvironment(Path home) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("AWS_") && !k.equals("HOME")) {
                env.put(k, v);
            }
        });
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    static ExternalProcess start(List<String> command, Map<String, String> env, Path workDir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        builder.redirectError(stderr.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return new ExternalProcess(builder.start(), stderr);
    }

    /** Reads stdout line by line until a line matches; returns the match (the test's timeout guards a hang). */
    Matcher awaitLine(Pattern pattern) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            out.append(line).append('\n');
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("process ended without printing " + pattern + "\nstdout:\n" + out + "\nstderr:\n"
                + stderr());
    }

    Result finish() throws IOException, InterruptedException {
        String line;
        while ((line = stdout.readLine()) != null) {
            out.append(line).append('\n');
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not finish");
        }
        return new Result(process.exitValue(), out.toString(), stderr());
    }

    private String stderr() {
        try {
            return Files.readString(stderrFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to completion. */
    static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        try (ExternalProcess process = start(command, env, workDir)) {
            return process.finish();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
