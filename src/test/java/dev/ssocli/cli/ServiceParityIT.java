package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.ReferenceCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built CLI and the reference AWS CLI ({@link ReferenceCli}, 2.36.12) call the emulator side by side, sharing one
 * logged-in HOME (the AWS CLI
 * logged in; its token and role credentials are used by both): stdout, stderr and exit code must be identical.
 * {@code TOKEN} in a case stands for the cached access token.
 */
class ServiceParityIT {
    private static final Pattern USER_CODE = Pattern.compile("^([A-Z]{4}-[A-Z]{4})$");

    @TempDir
    static Path tmp;
    private static Emulator emulator;
    private static Path home;
    private static Map<String, String> theirEnv;
    private static Map<String, String> ourEnv;
    private static String token;

    @BeforeAll
    static void login() throws Exception {
        assumeTrue(ReferenceCli.available(), ReferenceCli.missing());
        emulator = Emulator.builder().start();
        home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile dev]\n"
                + "sso_session = my-sso\n"
                + "sso_account_id = 123456789012\n"
                + "sso_role_name = ReadOnly\n"
                + "region = eu-west-2\n"
                + "[sso-session my-sso]\n"
                + "sso_start_url = " + Emulator.START_URL + "\n"
                + "sso_region = us-east-1\n");
        ourEnv = ExternalCommand.cleanEnvironment(home);
        ourEnv.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        ourEnv.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        ourEnv.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        theirEnv = ourEnv;
        try (ExternalCommand login = ExternalCommand.start(List.of(ReferenceCli.path().toString(), "sso", "login",
                "--profile", "dev", "--no-browser", "--use-device-code"), theirEnv, home)) {
            login.awaitLine(USER_CODE);
            emulator.approveAll();
            assertThat(login.finish().exitCode()).isZero();
        }
        try (var files = Files.list(home.resolve(".aws/sso/cache"))) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("\"accessToken\": \"([^\"]+)\"").matcher(Files.readString(file));
                if (m.find()) {
                    token = m.group(1);
                }
            }
        }
        assertThat(token).isNotNull();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @Timeout(120)
    @ValueSource(strings = {
        "sts get-caller-identity --profile dev",
        "sts get-caller-identity --profile dev --output text",
        "sts get-caller-identity --profile dev --output table",
        "sts get-caller-identity --profile dev --output yaml",
        "sts get-caller-identity --profile dev --output yaml-stream",
        "sts get-caller-identity --profile dev --query Account --output text",
        "sts get-caller-identity --profile dev --query [Account,Arn] --output text",
        "sts get-caller-identity --profile dev --query Nope",
        "sso list-accounts --access-token TOKEN --region us-east-1",
        "sso list-accounts --access-token TOKEN --region us-east-1 --output text",
        "sso list-accounts --access-token TOKEN --region us-east-1 --output table",
        "sso list-accounts --access-token TOKEN --region us-east-1 --output yaml",
        "sso list-accounts --access-token TOKEN --region us-east-1 --max-items 1",
        "sso list-accounts --access-token TOKEN --region us-east-1 --max-items 2 --output text",
        "sso list-accounts --access-token TOKEN --region us-east-1 --page-size 1 --output yaml-stream",
        "sso list-accounts --access-token TOKEN --region us-east-1 --page-size 2 --query accountList[].accountId --output text",
        "sso list-accounts --access-token TOKEN --region us-east-1 --max-results 1",
        "sso list-accounts --access-token TOKEN --region us-east-1 --no-paginate",
        "sso list-accounts --access-token bogus --region us-east-1",
        "sso list-account-roles --access-token TOKEN --region us-east-1 --account-id 123456789012",
        "sso list-account-roles --access-token TOKEN --region us-east-1 --account-id 123456789012 --output table",
        "sso list-account-roles --access-token TOKEN --region us-east-1 --account-id 999999999999",
        "sso get-role-credentials --access-token TOKEN --region us-east-1 --account-id 123456789012 --role-name Nope",
    })
    void sameOutputAsTheAwsCli(String testCase) throws Exception {
        List<String> words = new ArrayList<>();
        for (String word : testCase.split(" ")) {
            words.add(word.equals("TOKEN") ? token : word);
        }
        List<String> theirs = new ArrayList<>(List.of(ReferenceCli.path().toString()));
        theirs.addAll(words);
        List<String> ours = new ArrayList<>(List.of("java", "-cp", System.getProperty("cli.jar"), "dev.ssocli.Main"));
        ours.addAll(words);
        ExternalCommand.Result expected = ExternalCommand.run(theirs, theirEnv, home);
        ExternalCommand.Result actual = ExternalCommand.run(ours, ourEnv, home);
        assertThat(actual.err()).as("stderr").isEqualTo(expected.err());
        assertThat(actual.out()).as("stdout").isEqualTo(expected.out());
        assertThat(actual.exitCode()).as("exit code").isEqualTo(expected.exitCode());
    }
}
