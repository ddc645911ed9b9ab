package dev.ssocli.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external programs (the real AWS CLI, python3, the built jar) with a controlled environment. */
public final class Processes {
    /** The real AWS CLI v2 (Debian 2.9.19); never the pyenv v1 on PATH. */
    public static final Path REAL_AWS = Path.of("/usr/bin/aws");

    private Processes() {
    }

    /** What a process printed and returned. */
    public record Outcome(int exitCode, String out, String err) {
    }

    public static boolean realAwsAvailable() {
        return Files.isExecutable(REAL_AWS);
    }

    public static boolean pythonHasBoto3() {
        try {
            return run(List.of("python3", "-c", "import boto3"), Map.of(), "").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code command} with only PATH, LANG and {@code env}; feeds {@code stdin}; waits up to a minute. */
    public static Outcome run(List<String> command, Map<String, String> env, String stdin) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[][] streams = new byte[2][];
        Thread errReader = new Thread(() -> {
            try {
                streams[1] = process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                streams[1] = new byte[0];
            }
        });
        errReader.start();
        streams[0] = process.getInputStream().readAllBytes();
        try {
            errReader.join();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Outcome(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }
}
