package dev.ssocli.it;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temp HOME shared by our jar, the real AWS CLI 2.9.19 ({@code /usr/bin/aws}, sent to the emulator through
 * endpoint rule sets under {@code AWS_DATA_PATH}, docs/wire-protocols.md#older-clients), boto3 ({@code
 * AWS_ENDPOINT_URL_*}) and the AWS SDK for Java v2 (a child JVM with that HOME), all talking to one emulator.
 */
final class Interop {
    static final String AWS = "/usr/bin/aws";
    static final String CONFIG = """
            [profile dev]
            sso_session = my-sso
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            region = us-east-1
            [sso-session my-sso]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            [profile legacy]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 210987654321
            sso_role_name = AdministratorAccess
            region = us-east-1
            """;

    final Path root;
    final Path home;
    final Emulator emulator;

    Interop(Path root, Emulator emulator) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("home"));
        this.emulator = emulator;
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
        writeRuleSets(root.resolve("data"), emulator.endpoint());
    }

    /** This JVM's environment without HOME and AWS variables, plus the emulator endpoints for SDK-based tools. */
    Map<String, String> env() {
        Map<String, String> env = ExternalCommand.cleanEnvironment(home);
        env.remove("BROWSER");
        env.remove("DISPLAY");
        env.put("AWS_DATA_PATH", root.resolve("data").toString());
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        return env;
    }

    /** Our CLI as a process; {@code browser} is {@code $BROWSER}. */
    Tool ours(String browser, String... args) throws IOException {
        Map<String, String> env = env();
        if (browser != null) {
            env.put("BROWSER", browser);
        }
        return Tool.start(CliJar.command(args), env, root);
    }

    Tool aws(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(AWS));
        command.addAll(List.of(args));
        return Tool.start(command, env(), root);
    }

    /** boto3 resolving {@code profile}'s credentials and calling STS GetCallerIdentity; prints the account. */
    Tool boto3CallerIdentity(String profile) throws IOException {
        return Tool.start(List.of("python3", "-c", "import boto3, sys\n"
                + "s = boto3.Session(profile_name=sys.argv[1])\n"
                + "print(s.client('sts', region_name='us-east-1').get_caller_identity()['Account'])\n", profile),
                env(), root);
    }

    /** The AWS SDK for Java v2's ProfileCredentialsProvider in a child JVM whose HOME is ours. */
    Tool javaSdkCallerIdentity(String profile) throws IOException {
        return Tool.start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), JavaSdkProbe.class.getName(), profile), env(), root);
    }

    String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** Endpoint rule sets that send every call to the emulator unless an explicit endpoint is given. */
    static void writeRuleSets(Path dataPath, String endpoint) throws IOException {
        ExternalCommand.awsCliDataPath(dataPath, endpoint);
    }

    /** A child process with line-by-line access to its stdout. */
    static final class Tool implements AutoCloseable {
        final Process process;
        private final BufferedReader stdout;
        private final Path stderr;
        private final StringBuilder seen = new StringBuilder();

        private Tool(Process process, Path stderr) {
            this.process = process;
            this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.stderr = stderr;
        }

        static Tool start(List<String> command, Map<String, String> env, Path dir) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            Path stderr = Files.createTempFile(dir, "stderr", ".txt");
            builder.redirectError(stderr.toFile());
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            return new Tool(builder.start(), stderr);
        }

        /** Reads stdout until a line matches. */
        Matcher awaitLine(String regex) throws IOException {
            Pattern pattern = Pattern.compile(regex);
            String line;
            while ((line = stdout.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            throw new IOException("no line matching " + regex + " in:\n" + seen + "stderr: " + Files.readString(stderr));
        }

        Result finish() throws IOException, InterruptedException {
            char[] buffer = new char[8192];
            int n;
            while ((n = stdout.read(buffer)) >= 0) {
                seen.append(buffer, 0, n);
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("process did not end: " + seen);
            }
            return new Result(process.exitValue(), seen.toString(), Files.readString(stderr));
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** How a tool ended. */
    record Result(int exitCode, String out, String err) {
    }
}
