package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.cache.CacheJson;
import dev.ssocli.cache.CacheKeys;
import dev.ssocli.python.PythonJson;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.Sleeper;
import dev.ssocli.sso.SsoServices;
import dev.ssocli.sso.SsoSessionConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both directions of interoperability (issue 4): what we write, the real AWS CLI v2 2.9.19, boto3 and the AWS SDK
 * for Java v2 use without logging in again; what they write, we use, including their registrations and tokens to
 * refresh; and each side accepts the token file the other refreshed.
 */
@Timeout(300)
class LoginInteropIT {
    /** Python's webbrowser splits a $BROWSER entry only when it holds %s, so the arguments need it. */
    private static final String CURL = "curl -sL %s";
    private static final String SESSION = "my-sso";
    private static final String START_URL = "https://d-1234567890.awsapps.com/start";

    @TempDir
    Path tmp;

    private static List<String> logins(Emulator emulator) {
        return emulator.requests().stream().map(RecordedRequest::operation)
                .filter(op -> List.of("RegisterClient", "StartDeviceAuthorization", "CreateToken").contains(op))
                .toList();
    }

    private static String grantTypes(Emulator emulator) {
        return emulator.requests().stream().filter(r -> r.grantType() != null).map(RecordedRequest::grantType)
                .toList().toString();
    }

    @Test
    void weLogInAndTheAwsCliBoto3AndTheJavaSdkUseOurTokens() throws Exception {
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Interop world = new Interop(tmp, emulator);
            Interop.Result pkce = world.ours(CURL, "sso", "login", "--profile", "dev").finish();
            assertThat(pkce.exitCode()).as(pkce.err()).isZero();
            // curl prints the pages it fetched: none of it may reach our stdout
            assertThat(pkce.out()).doesNotContain("<").endsWith("Successfully logged into Start URL: " + START_URL
                    + "\n");
            Interop.Result device = world.ours(CURL, "sso", "login", "--profile", "legacy").finish();
            assertThat(device.exitCode()).as(device.err()).isZero();
            assertThat(grantTypes(emulator)).contains("authorization_code", "device_code");
            emulator.clearRequests();

            for (String[] profile : new String[][] {{"dev", "123456789012"}, {"legacy", "210987654321"}}) {
                Interop.Result cli = world.aws("sts", "get-caller-identity", "--profile", profile[0],
                        "--query", "Account", "--output", "text").finish();
                assertThat(cli.exitCode()).as(cli.err()).isZero();
                assertThat(cli.out()).isEqualTo(profile[1] + "\n");
                Interop.Result boto3 = world.boto3CallerIdentity(profile[0]).finish();
                assertThat(boto3.exitCode()).as(boto3.err()).isZero();
                assertThat(boto3.out()).isEqualTo(profile[1] + "\n");
                Interop.Result sdk = world.javaSdkCallerIdentity(profile[0]).finish();
                assertThat(sdk.exitCode()).as(sdk.err()).isZero();
                assertThat(sdk.out()).isEqualTo(profile[1] + "\n");
            }
            assertThat(logins(emulator)).isEmpty();
        }
    }

    @Test
    void theAwsCliLogsInAndWeUseItsTokensAndReuseItsRegistration() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Interop world = new Interop(tmp, emulator);
            awsCliDeviceLogin(world, "dev");
            awsCliDeviceLogin(world, "legacy");
            emulator.clearRequests();

            Interop.Result session = world.ours(null, "configure", "sso", "--profile", "again", "--sso-session-name",
                    SESSION, "--account-id", "123456789012", "--role-name", "ReadOnly", "--default-region", "",
                    "--default-output", "").finish();
            assertThat(session.exitCode()).as(session.err()).isZero();
            Interop.Result legacy = world.ours(null, "configure", "sso", "--profile", "old", "--sso-session-name",
                    "", "--sso-start-url", START_URL, "--sso-region", "us-east-1", "--account-id", "210987654321",
                    "--role-name", "AdministratorAccess", "--default-region", "", "--default-output", "").finish();
            assertThat(legacy.exitCode()).as(legacy.err()).isZero();
            assertThat(logins(emulator)).isEmpty();

            try (Interop.Tool login = world.ours(null, "sso", "login", "--profile", "dev", "--use-device-code",
                    "--no-browser")) {
                login.awaitLine("^[A-Z]{4}-[A-Z]{4}$");
                emulator.approveAll();
                Interop.Result result = login.finish();
                assertThat(result.exitCode()).as(result.err()).isZero();
            }
            assertThat(logins(emulator)).doesNotContain("RegisterClient").contains("StartDeviceAuthorization");
        }
    }

    @Test
    void weRefreshTheAwsCliTokenAndTheAwsCliAcceptsTheRewrittenFile() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Interop world = new Interop(tmp, emulator);
            awsCliDeviceLogin(world, "dev");
            Path token = world.home.resolve(".aws/sso/cache/" + CacheKeys.token(SESSION) + ".json");
            String theirs = world.read(token);
            assertThat(theirs).contains("\"refreshToken\": ");
            Files.writeString(token, expiringIn10Minutes(theirs));
            emulator.clearRequests();

            try (SsoServices services = services(world)) {
                String accessToken = services.tokenProvider().token(SsoSessionConfig.session(SESSION, START_URL,
                        "us-east-1", "sso:account:access")).accessToken();
                assertThat(world.read(token)).contains("\"accessToken\": \"" + accessToken + "\"")
                        .isNotEqualTo(theirs);
            }
            assertThat(grantTypes(emulator)).isEqualTo("[refresh_token]");

            Interop.Result cli = world.aws("sts", "get-caller-identity", "--profile", "dev", "--query", "Account",
                    "--output", "text").finish();
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(grantTypes(emulator)).isEqualTo("[refresh_token]");
        }
    }

    @Test
    void boto3RefreshesOurTokenInOurFormatAndWeAcceptIt() throws Exception {
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Interop world = new Interop(tmp, emulator);
            assertThat(world.ours(CURL, "sso", "login", "--profile", "dev").finish().exitCode()).isZero();
            Path token = world.home.resolve(".aws/sso/cache/" + CacheKeys.token(SESSION) + ".json");
            Files.writeString(token, expiringIn10Minutes(world.read(token)));
            String ours = world.read(token);
            emulator.clearRequests();

            Interop.Result boto3 = world.boto3CallerIdentity("dev").finish();
            assertThat(boto3.exitCode()).as(boto3.err()).isZero();
            assertThat(grantTypes(emulator)).isEqualTo("[refresh_token]");
            String rewritten = world.read(token);
            assertThat(rewritten).isNotEqualTo(ours);
            // byte for byte what we would have written
            Map<String, Object> record = CacheJson.parseObject(rewritten.getBytes(StandardCharsets.UTF_8)).orElseThrow();
            assertThat(PythonJson.DEFAULT.dumps(record)).isEqualTo(rewritten);
            assertThat(List.copyOf(record.keySet())).containsExactly("startUrl", "region", "accessToken", "expiresAt",
                    "clientId", "clientSecret", "registrationExpiresAt", "refreshToken");

            emulator.clearRequests();
            try (SsoServices services = services(world)) {
                String accessToken = services.tokenProvider().token(SsoSessionConfig.session(SESSION, START_URL,
                        "us-east-1", "sso:account:access")).accessToken();
                assertThat(record.get("accessToken")).isEqualTo(accessToken);
            }
            assertThat(emulator.requests()).isEmpty();
        }
    }

    @Test
    void ctrlCWhileWaitingForTheBrowserExits130AndClosesTheCallbackPort() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            Interop world = new Interop(tmp, emulator);
            try (Interop.Tool login = world.ours("true", "sso", "login", "--profile", "dev")) {
                Matcher url = login.awaitLine("127\\.0\\.0\\.1%3A(\\d+)%2Foauth%2Fcallback");
                int port = Integer.parseInt(url.group(1));
                assertThat(portOpen(port)).isTrue();
                new ProcessBuilder("kill", "-INT", Long.toString(login.process.pid())).inheritIO().start().waitFor();
                Interop.Result result = login.finish();
                assertThat(result.exitCode()).isEqualTo(130);
                assertThat(result.out()).endsWith("\n\n\n");
                assertThat(portOpen(port)).isFalse();
            }
            try (var files = Files.list(world.home.resolve(".aws/sso/cache"))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .noneMatch(name -> name.equals(CacheKeys.token(SESSION) + ".json") || name.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aNewUserConfiguresWithBinAwsAgainstTheEmulatorLauncherAndTheRealCliWorks() throws Exception {
        Path bin = Path.of(System.getProperty("project.basedir"), "bin");
        Interop.Tool emulatorProcess = Interop.Tool.start(List.of(bin.resolve("aws-sso-emulator").toString(),
                "--approve", "auto"), Map.of("PATH", System.getenv("PATH"), "HOME", tmp.toString()), tmp);
        try (emulatorProcess; Emulator unused = Emulator.builder().start()) {
            String endpoint = emulatorProcess.awaitLine("^export AWS_ENDPOINT_URL_SSO_OIDC=(\\S+)$").group(1);
            Interop world = new Interop(tmp, unused);
            Interop.writeRuleSets(tmp.resolve("data"), endpoint);
            Files.delete(world.home.resolve(".aws/config"));
            Map<String, String> env = world.env();
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", endpoint);
            env.put("AWS_ENDPOINT_URL_SSO", endpoint);
            env.put("AWS_ENDPOINT_URL_STS", endpoint);
            env.put("BROWSER", CURL);

            ProcessBuilder configure = new ProcessBuilder(bin.resolve("aws").toString(), "configure", "sso")
                    .directory(tmp.toFile()).redirectError(tmp.resolve("configure.err").toFile());
            configure.environment().clear();
            configure.environment().putAll(env);
            Process wizard = configure.start();
            wizard.getOutputStream().write(("my-sso\nhttps://d-0000000000.awsapps.com/start\nus-east-1\n\n"
                    + "1\nDataScientist\neu-west-2\njson\nX\n").getBytes(StandardCharsets.UTF_8));
            wizard.getOutputStream().close();
            String transcript = new String(wizard.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(wizard.waitFor()).as(transcript + Files.readString(tmp.resolve("configure.err"))).isZero();
            assertThat(transcript).endsWith("aws sts get-caller-identity --profile X\n");

            ProcessBuilder login = new ProcessBuilder(bin.resolve("aws").toString(), "sso", "login", "--profile", "X")
                    .directory(tmp.toFile()).redirectErrorStream(true);
            login.environment().clear();
            login.environment().putAll(env);
            Process loginProcess = login.start();
            String loginOut = new String(loginProcess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(loginProcess.waitFor()).as(loginOut).isZero();

            ProcessBuilder identity = new ProcessBuilder(Interop.AWS, "sts", "get-caller-identity", "--profile", "X",
                    "--query", "Arn", "--output", "text").directory(tmp.toFile()).redirectErrorStream(true);
            identity.environment().clear();
            identity.environment().putAll(env);
            Process cli = identity.start();
            String arn = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor()).as(arn).isZero();
            assertThat(arn).startsWith("arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_DataScientist_");
        }
    }

    @Test
    void theMenuWorksOnARealTerminalAndLeavesItAsItWas() throws Exception {
        try (Emulator emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start()) {
            Interop world = new Interop(tmp, emulator);
            Path driver = tmp.resolve("pty_drive.py");
            Files.writeString(driver, """
                    import os, pty, select, sys, termios, time
                    pid, fd = pty.fork()
                    if pid == 0:
                        os.execvp(sys.argv[1], sys.argv[1:])
                    out = b''
                    def until(token):
                        global out
                        end = time.time() + 60
                        while token not in out and time.time() < end:
                            if select.select([fd], [], [], 0.5)[0]:
                                try:
                                    data = os.read(fd, 4096)
                                except OSError:
                                    return
                                out += data
                    until(b'press Enter to select.')
                    time.sleep(0.5)
                    os.write(fd, b'\\x1b[B\\x1b[B\\x1b[B\\r')
                    until(b'roles available')
                    time.sleep(0.5)
                    os.write(fd, b'data\\r')
                    until(b'Default client Region')
                    echo = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
                    os.write(fd, b'\\n\\n')
                    until(b'get-caller-identity --profile tty')
                    status = None
                    for _ in range(300):
                        done, status = os.waitpid(pid, os.WNOHANG)
                        if done:
                            break
                        time.sleep(0.1)
                    else:
                        os.kill(pid, 9)
                        _, status = os.waitpid(pid, 0)
                    sys.stdout.write(out.decode('utf-8', 'replace'))
                    print('ECHO', echo, 'EXIT', os.waitstatus_to_exitcode(status))
                    """);
            List<String> command = new java.util.ArrayList<>(List.of("python3", driver.toString()));
            command.addAll(dev.ssocli.testing.CliJar.command("configure", "sso", "--profile", "tty",
                    "--sso-session-name", "s", "--sso-start-url", START_URL, "--sso-region", "us-east-1",
                    "--sso-registration-scopes", ""));
            Map<String, String> env = world.env();
            env.put("BROWSER", CURL);
            Interop.Result result = Interop.Tool.start(command, env, tmp).finish();

            assertThat(result.out()).contains("\u001b[2K> Account2, account2@example.com (210987654321)\r\n")
                    .contains("Using the account ID 123456789012")
                    .contains("Filter: data").contains("Using the role name \"DataScientist\"")
                    .endsWith("ECHO True EXIT 0\n");
            assertThat(world.read(world.home.resolve(".aws/config")))
                    .contains("sso_account_id = 123456789012\nsso_role_name = DataScientist\n");
        }
    }

    private static void awsCliDeviceLogin(Interop world, String profile) throws Exception {
        try (Interop.Tool login = world.aws("sso", "login", "--profile", profile, "--no-browser")) {
            login.awaitLine("^[A-Z]{4}-[A-Z]{4}$");
            world.emulator.approveAll();
            Interop.Result result = login.finish();
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
    }

    private static String expiringIn10Minutes(String token) {
        String soon = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        return token.replaceAll("\"expiresAt\": \"[^\"]+\"", "\"expiresAt\": \"" + soon + "\"");
    }

    private static SsoServices services(Interop world) {
        Environment env = new Environment(world.env());
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CliContext ctx = new CliContext(env, AwsPaths.from(env), new Console(new ByteArrayInputStream(new byte[0]),
                sink, sink, false, false), Clock.systemUTC(), Sleeper.system(), url -> false);
        return SsoServices.open(ctx, null, ClientOptions.defaults());
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
