package dev.ssocli.creds;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonDateTimes;
import dev.ssocli.python.PythonJsonDecoder;
import dev.ssocli.python.PythonValues;
import dev.ssocli.python.Shlex;
import dev.ssocli.runtime.Environment;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code credential_process}, run as botocore's {@code ProcessProvider} runs it: split with {@code shlex}, started
 * without a shell in the CLI's environment, stdout parsed as JSON. Every failure carries the CLI's exact message:
 * a non-zero exit gives {@code Error when retrieving credentials from custom-process: <its stderr>}, output that is
 * not JSON gives Python's decoder message, a wrong {@code Version} or a missing key their own texts.
 */
final class ProcessCredentials implements CredentialSource {
    static final String METHOD = "custom-process";

    private final String commandLine;
    private final Environment env;
    private final boolean inheritStdin;
    private final Clock clock;

    ProcessCredentials(String commandLine, Environment env, boolean inheritStdin, Clock clock) {
        this.commandLine = commandLine;
        this.env = env;
        this.inheritStdin = inheritStdin;
        this.clock = clock;
    }

    @Override
    public ResolvedCredentials load() {
        if (commandLine == null) {
            return null;
        }
        AwsCredentials credentials = run();
        if (credentials.expiration() != null) {
            return ResolvedCredentials.refreshable(METHOD, credentials, this::run, clock);
        }
        return ResolvedCredentials.fixed(METHOD, credentials);
    }

    private AwsCredentials run() {
        List<String> command = Shlex.split(commandLine);
        if (command.isEmpty()) {
            throw new GeneralException("list index out of range");
        }
        Result result = execute(command);
        if (result.exitCode != 0) {
            throw retrievalError(new String(result.stderr, StandardCharsets.UTF_8));
        }
        Object parsed;
        try {
            parsed = PythonJsonDecoder.loads(decodeUtf8(result.stdout));
        } catch (PythonJsonDecoder.DecodeError e) {
            throw new GeneralException(e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> response)) {
            throw new GeneralException("'" + PythonValues.typeName(parsed) + "' object has no attribute 'get'");
        }
        Object version = response.containsKey("Version") ? response.get("Version") : "<Version key not provided>";
        if (!PythonValues.equalsOne(version)) {
            throw retrievalError("Unsupported version '" + PythonValues.str(version)
                    + "' for credential process provider, supported versions: 1");
        }
        String accessKey = required(response, "AccessKeyId");
        String secretKey = required(response, "SecretAccessKey");
        Object token = response.get("SessionToken");
        Object expiry = response.get("Expiration");
        OffsetDateTime expiration = null;
        if (expiry != null) {
            if (!(expiry instanceof String text)) {
                throw new GeneralException("Parser must be a string or character stream, not "
                        + PythonValues.typeName(expiry));
            }
            expiration = PythonDateTimes.parse(text);
        }
        return new AwsCredentials(accessKey, secretKey, token == null ? null : PythonValues.str(token), expiration);
    }

    private static String required(Map<?, ?> response, String key) {
        if (!response.containsKey(key)) {
            throw retrievalError("Missing required key in response: '" + key + "'");
        }
        return PythonValues.str(response.get(key));
    }

    private static GeneralException retrievalError(String detail) {
        return new GeneralException("Error when retrieving credentials from " + METHOD + ": " + detail);
    }

    private record Result(int exitCode, byte[] stdout, byte[] stderr) {
    }

    private Result execute(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.command().set(0, executable(command.get(0)));
        builder.environment().clear();
        builder.environment().putAll(env.asMap());
        builder.redirectInput(inheritStdin ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw startFailure(command.get(0), e);
        }
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), stderr), "credential-process-stderr");
        errReader.setDaemon(true);
        errReader.start();
        try {
            byte[] stdout = process.getInputStream().readAllBytes();
            int exitCode = process.waitFor();
            errReader.join();
            return new Result(exitCode, stdout, stderr.toByteArray());
        } catch (InterruptedException | InterruptedIOException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new GeneralException("credential_process was interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Popen looks the program up in the child's {@code PATH}, which is ours, not the JVM's. */
    private String executable(String program) {
        if (program.contains("/")) {
            return program;
        }
        String path = env.get("PATH");
        if (path == null) {
            return program;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return program;
    }

    /** Python's {@code OSError} text: {@code [Errno 2] No such file or directory: 'prog'}. */
    private static GeneralException startFailure(String program, IOException e) {
        // Compiled here, on the error path: every profile's credential chain constructs this class.
        Matcher m = Pattern.compile("error=(\\d+), (.*)$").matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return new GeneralException("[Errno " + m.group(1) + "] " + m.group(2) + ": '" + program + "'", e);
        }
        return new GeneralException(String.valueOf(e.getMessage()), e);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The child closed its stderr early; what was read so far is what it said.
        }
    }

    /** {@code bytes.decode('utf-8')}, failing with Python's text. */
    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            int position = buffer.position();
            throw new GeneralException(String.format("'utf-8' codec can't decode byte 0x%02x in position %d: "
                    + "invalid start byte", bytes[position] & 0xff, position), e);
        } catch (CharacterCodingException e) {
            throw new GeneralException("'utf-8' codec can't decode the credential process output", e);
        }
    }
}
