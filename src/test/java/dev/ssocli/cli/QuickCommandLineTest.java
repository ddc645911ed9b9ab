package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line the picocli-free fast path takes gives the same output, stderr and exit code as picocli's path. */
class QuickCommandLineTest {
    private static final String CONFIG = """
            [default]
            region = us-east-1
            [profile keys]
            aws_access_key_id = AKIAEXAMPLEKEY123456
            aws_secret_access_key = secretEXAMPLE
            region = eu-west-1
            output = text
            s3 =
                max_concurrent_requests = 20
            [profile sso]
            sso_session = missing
            sso_account_id = 123456789012
            sso_role_name = ReadOnly
            """;

    private static Emulator emulator;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() throws IOException {
        emulator = Emulator.builder().start();
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), CONFIG);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static Stream<String> lines() {
        return Stream.of(
                "configure list-profiles",
                "--profile keys configure list-profiles --no-cli-pager",
                "configure get region",
                "configure get region --profile keys",
                "configure get output --profile keys",
                "configure get s3 --profile keys",
                "configure get s3.max_concurrent_requests --profile keys",
                "configure get nothing --profile keys",
                "configure get region --profile nope",
                "configure export-credentials --profile keys",
                "configure export-credentials --profile keys --format env",
                "configure export-credentials --format powershell --profile keys",
                "configure export-credentials --profile keys --format bogus",
                "configure export-credentials --profile sso",
                "configure export-credentials --profile nope",
                "sts get-caller-identity --profile keys",
                "sts get-caller-identity --profile keys --output json --query Account",
                "sts get-caller-identity --profile keys --query [",
                "sts get-caller-identity --profile keys --output bogus",
                "sts get-caller-identity --profile keys --color bogus",
                "sts get-caller-identity --profile sso --region eu-west-2",
                "sts get-caller-identity --profile nope",
                "sts get-caller-identity --profile keys --profile keys",
                "sso status",
                "sso status --output text --min-valid 1h",
                "sso status --sso-session missing",
                "sso status --profile keys --query Sessions",
                "sso status --min-valid never",
                "sso status --format env",
                "configure get region --profile",
                "configure list-profiles extra");
    }

    @ParameterizedTest
    @MethodSource("lines")
    void fastPathMatchesPicocli(String line) {
        String[] args = line.split(" ");
        CliRun.Result quick = run(true, args);
        CliRun.Result picocli = run(false, args);
        assertThat(quick).isEqualTo(picocli);
    }

    @ParameterizedTest
    @MethodSource("lines")
    void fastPathTakesOnlyWellFormedLines(String line) {
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        boolean taken = QuickCommandLine.match(null, args.toArray(String[]::new)) != null;
        boolean malformed = line.endsWith("--profile") || line.endsWith("extra") || line.contains("--profile keys --profile")
                || line.equals("sso status --format env");
        assertThat(taken).isEqualTo(!malformed);
    }

    private static CliRun.Result run(boolean quickPath, String... args) {
        return CliRun.in(home).env("AWS_ENDPOINT_URL_STS", emulator.endpoint())
                .env("AWS_ENDPOINT_URL_SSO", emulator.endpoint()).quickPath(quickPath).run(args);
    }
}
