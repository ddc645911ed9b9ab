package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssocli.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** boto3 (botocore 1.43, honours AWS_ENDPOINT_URL_*) cannot tell the emulator from the service for our calls. */
class Boto3FidelityTest {
    @TempDir
    Path home;

    @Test
    @Timeout(180)
    void boto3SignsInRefreshesListsGetsCredentialsAndCallsSts() throws Exception {
        Path script = Path.of(getClass().getResource("/emulator/boto3_fidelity.py").toURI());
        try (Emulator emulator = Emulator.builder().pollInterval(Duration.ZERO).start()) {
            Map<String, String> env = ExternalCommand.cleanEnvironment(home);
            env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
            env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
            ExternalCommand.Result result = ExternalCommand.run(List.of("python3", script.toString()), env, home);
            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode out = new ObjectMapper().readTree(result.out());

            assertThat(out.get("pending").asText()).isEqualTo("AuthorizationPendingException");
            assertThat(out.get("approved")).extracting(JsonNode::asText)
                    .containsExactly(out.get("userCode").asText());
            assertThat(out.get("verificationUriComplete").asText())
                    .isEqualTo(emulator.endpoint() + "/device?user_code=" + out.get("userCode").asText());
            assertThat(out.get("tokenType").asText()).isEqualTo("Bearer");
            assertThat(out.get("expiresIn").asInt()).isEqualTo(8 * 3600);
            assertThat(out.get("refreshRotated").asBoolean()).isTrue();
            assertThat(out.get("reusedRefresh").asText()).isEqualTo("InvalidGrantException");

            assertThat(out.get("accountPages").asInt()).isEqualTo(3);
            assertThat(out.get("accounts").toString()).isEqualTo("[{\"accountId\":\"123456789012\","
                    + "\"accountName\":\"Account1\",\"emailAddress\":\"account1@example.com\"},"
                    + "{\"accountId\":\"210987654321\",\"accountName\":\"Account2\","
                    + "\"emailAddress\":\"account2@example.com\"},{\"accountId\":\"555555555555\","
                    + "\"accountName\":\"Account3\",\"emailAddress\":\"account3@example.com\"}]");
            assertThat(out.get("firstPageHasNextToken").asBoolean()).isTrue();
            assertThat(out.get("roles")).extracting(JsonNode::asText)
                    .containsExactly("AdministratorAccess", "DataScientist", "ReadOnly");
            assertThat(out.get("credentialsExpiration").asLong()).isPositive();
            assertThat(out.get("forbidden").get("code").asText()).isEqualTo("ForbiddenException");
            assertThat(out.get("forbidden").get("status").asInt()).isEqualTo(403);
            assertThat(out.get("unauthorized").get("code").asText()).isEqualTo("UnauthorizedException");
            assertThat(out.get("unauthorized").get("message").asText()).isEqualTo("Session token not found or invalid");

            assertThat(out.get("identity").get("Account").asText()).isEqualTo("123456789012");
            assertThat(out.get("identity").get("Arn").asText()).matches("arn:aws:sts::123456789012:assumed-role/"
                    + "AWSReservedSSO_AdministratorAccess_[0-9a-f]{16}/alice@example\\.com");
            assertThat(out.get("wrongSecret").get("code").asText()).isEqualTo("SignatureDoesNotMatch");
            assertThat(out.get("assumedArn").asText())
                    .isEqualTo("arn:aws:sts::210987654321:assumed-role/Deploy/boto3");

            assertThat(out.get("profileArn").asText()).matches("arn:aws:sts::210987654321:assumed-role/"
                    + "AWSReservedSSO_ReadOnly_[0-9a-f]{16}/alice@example\\.com");
            assertThat(out.get("cacheRefreshed").asBoolean()).isTrue();
            assertThat(out.get("afterLogout").get("code").asText()).isEqualTo("InvalidClientTokenId");

            assertThat(out.get("requests").toString())
                    .contains("{\"method\":\"POST\",\"path\":\"/token\",\"operation\":\"CreateToken\","
                            + "\"grantType\":\"refresh_token\"}");
            assertThat(emulator.requests()).extracting(RecordedRequest::operation).containsSubsequence(
                    "CreateToken", "GetRoleCredentials", "GetCallerIdentity", "Logout", "GetCallerIdentity");
            assertThat(Files.exists(home.resolve(".aws/cli"))).isFalse();
        }
    }
}
