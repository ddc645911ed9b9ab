package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Authorization;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed guide's "Check Login Status" section, verbatim with {@code bin/aws} in place of {@code aws}, on the
 * guide's own config, against the emulator: {@code aws sso list-accounts --profile my-dev-profile} and
 * {@code aws sts get-caller-identity --profile my-dev-profile}, then the "credentials expired" case.
 */
class SeedCheckLoginStatusIT {
    private static final Pattern USER_CODE = Pattern.compile("^([A-Z]{4}-[A-Z]{4})$");
    private static final String SEED_CONFIG = "[profile my-dev-profile]\n"
            + "sso_session = my-sso\n"
            + "sso_account_id = 123456789012\n"
            + "sso_role_name = AdministratorAccess\n"
            + "region = eu-west-2\n"
            + "output = json\n"
            + "[sso-session my-sso]\n"
            + "sso_start_url = https://my-company.awsapps.com/start\n"
            + "sso_region = eu-west-1\n"
            + "sso_registration_scopes = sso:account:access\n";

    @TempDir
    Path home;

    @Test
    @Timeout(180)
    void checkLoginStatusWorksAsTheGuideShows() throws Exception {
        String aws = Path.of(System.getProperty("project.basedir")).resolve("bin/aws").toString();
        try (Emulator emulator = Emulator.builder().start()) {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), SEED_CONFIG);
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            try (ExternalCommand login = ExternalCommand.start(List.of(aws, "sso", "login", "--profile",
                    "my-dev-profile", "--use-device-code", "--no-browser"), env, home)) {
                Matcher code = login.awaitLine(USER_CODE);
                assertThat(emulator.approveAll()).extracting(Authorization::userCode).containsExactly(code.group(1));
                ExternalCommand.Result result = login.finish();
                assertThat(result.exitCode()).as(result.err()).isZero();
            }

            ExternalCommand.Result accounts = ExternalCommand.run(List.of("sh", "-c",
                    aws + " sso list-accounts --profile my-dev-profile"), env, home);
            assertThat(accounts.exitCode()).as(accounts.err()).isZero();
            assertThat(accounts.out()).startsWith("{\n    \"accountList\": [\n        {\n"
                    + "            \"accountId\": \"123456789012\",\n            \"accountName\": \"Account1\",\n");

            ExternalCommand.Result identity = ExternalCommand.run(List.of("sh", "-c",
                    aws + " sts get-caller-identity --profile my-dev-profile"), env, home);
            assertThat(identity.exitCode()).as(identity.err()).isZero();
            assertThat(identity.out()).matches("\\{\n    \"UserId\": \"AROA[A-Z2-7]{17}:alice@example\\.com\",\n"
                    + "    \"Account\": \"123456789012\",\n    \"Arn\": \"arn:aws:sts::123456789012:assumed-role/"
                    + "AWSReservedSSO_AdministratorAccess_[0-9a-f]{16}/alice@example\\.com\"\n}\n");

            ExternalCommand.Result account = ExternalCommand.run(List.of("sh", "-c", aws
                    + " sts get-caller-identity --profile my-dev-profile --query Account --output text"), env, home);
            assertThat(account.out()).isEqualTo("123456789012\n");

            // "If credentials expired": the session is revoked and the cached role credentials are gone.
            emulator.expireAccessTokens();
            try (var files = Files.list(home.resolve(".aws/cli/cache"))) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            ExternalCommand.Result expired = ExternalCommand.run(List.of("sh", "-c",
                    aws + " sts get-caller-identity --profile my-dev-profile"), env, home);
            assertThat(expired.exitCode()).isEqualTo(255);
            assertThat(expired.err()).isEqualTo("\naws: [ERROR]: The SSO session associated with this profile has expired or is "
                    + "otherwise invalid. To refresh this SSO session run aws sso login with the corresponding "
                    + "profile.\n");
            assertThat(expired.out()).isEmpty();
        }
    }
}
