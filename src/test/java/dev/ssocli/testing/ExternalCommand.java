package dev.ssocli.testing;

import java.io.BufferedReader;
import java.io.File;
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

/**
 * A process for black-box tests (the built jar, the real AWS CLI, boto3): a temp HOME, no inherited AWS settings,
 * stdin from {@code /dev/null}, stdout readable line by line while it runs; or, through {@link #runIsolated}, with
 * only PATH, LANG and the given variables and a given stdin.
 */
public final class ExternalCommand implements AutoCloseable {
    /** The real AWS CLI v2 (Debian 2.9.19); never the pyenv v1 on PATH. */
    public static final Path REAL_AWS = Path.of("/usr/bin/aws");

    /** What a finished process printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private final Process process;
    private final BufferedReader stdout;
    private final Path stderrFile;
    private final StringBuilder out = new StringBuilder();

    private ExternalCommand(Process process, Path stderrFile) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderrFile = stderrFile;
    }

    /**
     * This JVM's environment without HOME and {@code AWS_*} (except the launcher's own {@code AWS_SSO_JAVA_*}, so
     * the build's {@code AWS_SSO_JAVA_CDS=off} reaches {@code bin/aws}), with {@code home} as HOME and IMDS off.
     */
    public static Map<String, String> cleanEnvironment(Path home) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if ((!k.startsWith("AWS_") || k.startsWith("AWS_SSO_JAVA_")) && !k.equals("HOME") && !k.startsWith("_AWS_")) {
                env.put(k, v);
            }
        });
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        return env;
    }

    public static ExternalCommand start(List<String> command, Map<String, String> env, Path workDir)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path stderr = Files.createTempFile(workDir, "stderr", ".txt");
        builder.redirectError(stderr.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return new ExternalCommand(builder.start(), stderr);
    }

    public static boolean realAwsAvailable() {
        return Files.isExecutable(REAL_AWS);
    }

    public static boolean pythonHasBoto3() {
        try {
            return runIsolated(List.of("python3", "-c", "import boto3"), Map.of(), "").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code command} with only PATH, LANG and {@code env}; feeds {@code stdin}; waits up to a minute. */
    public static Result runIsolated(List<String> command, Map<String, String> env, String stdin) throws IOException {
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
        return new Result(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    public static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        try (ExternalCommand process = start(command, env, workDir)) {
            return process.finish();
        }
    }

    /** Reads stdout until a line matches (the test's timeout guards a hang). */
    public Matcher awaitLine(Pattern pattern) throws IOException {
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

    public Result finish() throws IOException, InterruptedException {
        char[] buffer = new char[8192];
        int n;
        while ((n = stdout.read(buffer)) >= 0) {
            out.append(buffer, 0, n);
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

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /**
     * An {@code AWS_DATA_PATH} directory that points the Debian AWS CLI 2.9.19 (which predates
     * {@code AWS_ENDPOINT_URL_*}) at {@code endpoint} for SSO OIDC, the SSO portal and STS
     * (docs/wire-protocols.md#older-clients).
     */
    public static Path awsCliDataPath(Path dir, String endpoint) throws IOException {
        for (String service : List.of("sso-oidc/2019-06-10", "sso/2019-06-10", "sts/2011-06-15")) {
            String parameters = "\"Region\": {\"builtIn\": \"AWS::Region\", \"required\": false, \"type\": \"String\"},"
                    + " \"UseDualStack\": {\"builtIn\": \"AWS::UseDualStack\", \"required\": true, \"default\": false,"
                    + " \"type\": \"Boolean\"}, \"UseFIPS\": {\"builtIn\": \"AWS::UseFIPS\", \"required\": true,"
                    + " \"default\": false, \"type\": \"Boolean\"}, \"Endpoint\": {\"builtIn\": \"SDK::Endpoint\","
                    + " \"required\": false, \"type\": \"String\"}"
                    + (service.startsWith("sts") ? ", \"UseGlobalEndpoint\": {\"builtIn\": "
                    + "\"AWS::STS::UseGlobalEndpoint\", \"required\": true, \"default\": false, \"type\": \"Boolean\"}"
                    : "");
            String ruleSet = "{\"version\": \"1.0\", \"parameters\": {" + parameters + "}, \"rules\": ["
                    + "{\"conditions\": [{\"fn\": \"isSet\", \"argv\": [{\"ref\": \"Endpoint\"}]}],"
                    + " \"endpoint\": {\"url\": {\"ref\": \"Endpoint\"}, \"properties\": {}, \"headers\": {}},"
                    + " \"type\": \"endpoint\"}, {\"conditions\": [], \"endpoint\": {\"url\": \"" + endpoint
                    + "\", \"properties\": {}, \"headers\": {}}, \"type\": \"endpoint\"}]}";
            Path target = Files.createDirectories(dir.resolve(service));
            Files.writeString(target.resolve("endpoint-rule-set-1.json"), ruleSet, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
