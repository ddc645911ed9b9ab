package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.emulator.state.Directory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.sts.StsClient;

/** A directory file replaces the built-in user and accounts, non-ASCII names and bare accounts included. */
class DirectoryFileTest {
    @TempDir
    Path tmp;

    @Test
    void aCustomDirectoryIsServedAsWritten() throws Exception {
        Path file = Files.writeString(tmp.resolve("directory.json"), "{\n"
                + "  \"user\": {\"email\": \"zoë@example.com\"},\n"
                + "  \"accounts\": [\n"
                + "    {\"accountId\": \"111122223333\", \"accountName\": \"Produktion – Größe 🚀\","
                + " \"emailAddress\": \"prod@example.com\", \"roles\": [\"Admin\"]},\n"
                + "    {\"accountId\": \"444455556666\", \"roles\": [\"ReadOnly\", \"Billing\"]}\n"
                + "  ]\n}\n", StandardCharsets.UTF_8);
        try (Emulator emulator = Emulator.builder().directory(file).pollInterval(Duration.ZERO).start()) {
            SsoOidcClient oidc = SdkClients.oidc(emulator);
            SsoClient sso = SdkClients.sso(emulator);
            RegisterClientResponse client = oidc.registerClient(r -> r.clientName("c").clientType("public"));
            StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(r -> r
                    .clientId(client.clientId()).clientSecret(client.clientSecret()).startUrl("https://x"));
            emulator.approveAll();
            String token = oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                    .grantType("urn:ietf:params:oauth:grant-type:device_code").deviceCode(device.deviceCode()))
                    .accessToken();

            List<AccountInfo> accounts = sso.listAccounts(r -> r.accessToken(token)).accountList();
            assertThat(accounts).hasSize(2);
            assertThat(accounts.get(0).accountName()).isEqualTo("Produktion – Größe 🚀");
            assertThat(accounts.get(1).accountId()).isEqualTo("444455556666");
            assertThat(accounts.get(1).accountName()).isNull();
            assertThat(accounts.get(1).emailAddress()).isNull();
            assertThat(sso.listAccountRoles(r -> r.accessToken(token).accountId("444455556666")).roleList())
                    .extracting(role -> role.roleName()).containsExactly("ReadOnly", "Billing");
            assertThat(sso.listAccountRoles(r -> r.accessToken(token).accountId("999999999999")).roleList())
                    .isEmpty();

            var credentials = sso.getRoleCredentials(r -> r.accessToken(token).accountId("444455556666")
                    .roleName("Billing")).roleCredentials();
            try (StsClient sts = SdkClients.sts(emulator, credentials)) {
                assertThat(sts.getCallerIdentity().arn()).matches("arn:aws:sts::444455556666:assumed-role/"
                        + "AWSReservedSSO_Billing_[0-9a-f]{16}/zoë@example\\.com");
            }
        }
    }

    @Test
    void invalidDirectoriesSayWhatIsWrong() {
        assertThatThrownBy(() -> Directory.parse("[]")).hasMessage("the document must be an object");
        assertThatThrownBy(() -> Directory.parse("{\"accounts\": []}")).hasMessage("\"user\" must be an object");
        assertThatThrownBy(() -> Directory.parse("{\"user\": {\"email\": \"\"}, \"accounts\": []}"))
                .hasMessage("\"user.email\" must be a non-empty string");
        assertThatThrownBy(() -> Directory.parse("{\"user\": {\"email\": \"a\"}}"))
                .hasMessage("\"accounts\" must be a list");
        assertThatThrownBy(() -> Directory.parse("{\"user\": {\"email\": \"a\"}, \"accounts\": [{\"accountId\":"
                + " \"111122223333\", \"roles\": [\"A\"]}, {\"accountId\": \"111122223333\", \"roles\": []}]}"))
                .hasMessage("duplicate account 111122223333");
        assertThatThrownBy(() -> Directory.parse("{\"user\": {\"email\": \"a\"}, \"accounts\": [{\"accountId\":"
                + " \"111122223333\", \"roles\": [3]}]}"))
                .hasMessage("\"accounts[0].roles\" item must be a non-empty string");
        assertThatThrownBy(() -> Directory.parse("{\"user\": ")).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void theBuiltInDirectoryHasTheExampleAccounts() {
        Directory directory = Directory.defaults();
        assertThat(directory.userEmail()).isEqualTo("alice@example.com");
        assertThat(directory.accounts()).extracting(Directory.Account::accountId)
                .containsExactly("123456789012", "210987654321", "555555555555");
        assertThat(directory.account("123456789012").orElseThrow().roles())
                .containsExactly("AdministratorAccess", "DataScientist", "ReadOnly");
        assertThat(directory.isAssigned("555555555555", "ReadOnly")).isTrue();
        assertThat(directory.isAssigned("555555555555", "AdministratorAccess")).isFalse();
    }
}
