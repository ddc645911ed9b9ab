package dev.ssocli.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ssocli.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** The emulator as the AWS SDK for Java v2 sees it: every operation, its errors and its expiry rules. */
class EmulatorSdkTest {
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private final MutableClock clock = MutableClock.startingNow();
    private Emulator emulator;
    private SsoOidcClient oidc;
    private SsoClient sso;

    private void start(Emulator.Builder builder) {
        emulator = builder.clock(clock).start();
        oidc = SdkClients.oidc(emulator);
        sso = SdkClients.sso(emulator);
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private RegisterClientResponse register() {
        return oidc.registerClient(r -> r.clientName("botocore-client-test").clientType("public")
                .scopes("sso:account:access"));
    }

    private StartDeviceAuthorizationResponse startDevice(RegisterClientResponse client) {
        return oidc.startDeviceAuthorization(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .startUrl(Emulator.START_URL));
    }

    private CreateTokenResponse poll(RegisterClientResponse client, StartDeviceAuthorizationResponse device) {
        return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .grantType(DEVICE_GRANT).deviceCode(device.deviceCode()));
    }

    private CreateTokenResponse signIn(RegisterClientResponse client) {
        StartDeviceAuthorizationResponse device = startDevice(client);
        assertThat(emulator.approveAll()).extracting(Authorization::userCode).containsExactly(device.userCode());
        return poll(client, device);
    }

    private RoleCredentials roleCredentials(String accessToken, String accountId, String role) {
        return sso.getRoleCredentials(r -> r.accessToken(accessToken).accountId(accountId).roleName(role))
                .roleCredentials();
    }

    @Test
    void deviceFlowListsAccountsAndIssuesCredentialsThatStsAccepts() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        RegisterClientResponse client = register();
        assertThat(client.clientSecretExpiresAt()).isEqualTo(client.clientIdIssuedAt() + Duration.ofDays(90)
                .toSeconds());
        StartDeviceAuthorizationResponse device = startDevice(client);
        assertThat(device.userCode()).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(device.verificationUri()).isEqualTo(emulator.endpoint() + "/device");
        assertThat(device.verificationUriComplete()).isEqualTo(emulator.endpoint() + "/device?user_code="
                + device.userCode());
        assertThat(device.expiresIn()).isEqualTo(600);

        AuthorizationPendingException pending = catchThrowableOfType(AuthorizationPendingException.class,
                () -> poll(client, device));
        assertThat(pending.awsErrorDetails().errorCode()).isEqualTo("AuthorizationPendingException");
        assertThat(pending.error()).isEqualTo("authorization_pending");
        assertThat(pending.statusCode()).isEqualTo(400);
        assertThat(emulator.pending()).singleElement().satisfies(p -> {
            assertThat(p.flow()).isEqualTo("device_code");
            assertThat(p.clientName()).isEqualTo("botocore-client-test");
        });

        emulator.approveAll();
        CreateTokenResponse token = poll(client, device);
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.expiresIn()).isEqualTo((int) Duration.ofHours(8).toSeconds());
        assertThat(token.refreshToken()).isNotBlank();
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(InvalidGrantException.class);

        List<AccountInfo> accounts = sso.listAccountsPaginator(r -> r.accessToken(token.accessToken()).maxResults(1))
                .accountList().stream().toList();
        assertThat(accounts).extracting(AccountInfo::accountId, AccountInfo::accountName, AccountInfo::emailAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("123456789012", "Account1", "account1@example.com"),
                        org.assertj.core.groups.Tuple.tuple("210987654321", "Account2", "account2@example.com"),
                        org.assertj.core.groups.Tuple.tuple("555555555555", "Account3", "account3@example.com"));
        assertThat(emulator.requests()).filteredOn(r -> "ListAccounts".equals(r.operation())).hasSize(3);
        List<RoleInfo> roles = sso.listAccountRolesPaginator(r -> r.accessToken(token.accessToken())
                .accountId("123456789012").maxResults(2)).roleList().stream().toList();
        assertThat(roles).extracting(RoleInfo::roleName)
                .containsExactly("AdministratorAccess", "DataScientist", "ReadOnly");
        assertThat(roles).extracting(RoleInfo::accountId).containsOnly("123456789012");

        RoleCredentials credentials = roleCredentials(token.accessToken(), "123456789012", "DataScientist");
        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(credentials.expiration()).isEqualTo(clock.instant().plus(Duration.ofHours(1)).toEpochMilli());
        try (StsClient sts = SdkClients.sts(emulator, credentials)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            assertThat(identity.account()).isEqualTo("123456789012");
            assertThat(identity.arn()).matches("arn:aws:sts::123456789012:assumed-role/"
                    + "AWSReservedSSO_DataScientist_[0-9a-f]{16}/alice@example\\.com");
            assertThat(identity.userId()).matches("AROA[A-Z2-7]{17}:alice@example\\.com");
        }
        assertThat(emulator.requests()).extracting(RecordedRequest::operation).endsWith("GetRoleCredentials",
                "GetCallerIdentity");
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        RegisterClientResponse client = register();
        CreateTokenResponse first = signIn(client);
        CreateTokenResponse second = oidc.createToken(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).grantType("refresh_token").refreshToken(first.refreshToken()));
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(emulator.requests()).last().isEqualTo(new RecordedRequest("POST", "/token", "CreateToken",
                "refresh_token"));

        InvalidGrantException reused = catchThrowableOfType(InvalidGrantException.class,
                () -> oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                        .grantType("refresh_token").refreshToken(first.refreshToken())));
        assertThat(reused.error()).isEqualTo("invalid_grant");
        assertThat(sso.listAccounts(r -> r.accessToken(second.accessToken())).accountList()).hasSize(3);
    }

    @Test
    void clientsRegisteredWithoutScopesGetNoRefreshToken() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        RegisterClientResponse legacy = oidc.registerClient(r -> r.clientName("botocore-client-1700000000")
                .clientType("public"));
        assertThat(signIn(legacy).refreshToken()).isNull();
    }

    @Test
    void denyingTheRequestFailsTheNextPollWithAccessDenied() {
        start(Emulator.builder());
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse device = startDevice(client);
        assertThat(emulator.denyAll()).extracting(Authorization::status).containsExactly("denied");
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class, () -> poll(client, device));
        assertThat(denied.error()).isEqualTo("access_denied");
    }

    @Test
    void pollingFasterThanTheIntervalGetsSlowDownAndEachSlowDownAddsFiveSeconds() {
        start(Emulator.builder().pollInterval(Duration.ofSeconds(1)));
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse device = startDevice(client);
        assertThat(device.interval()).isEqualTo(1);
        // The CLI's check before printing and its first poll after printing come back to back
        // (docs/wire-protocols.md#device-code-flow).
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(AuthorizationPendingException.class);
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(AuthorizationPendingException.class);
        SlowDownException slow = catchThrowableOfType(SlowDownException.class, () -> poll(client, device));
        assertThat(slow.error()).isEqualTo("slow_down");

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(SlowDownException.class);
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> poll(client, device)).isInstanceOf(AuthorizationPendingException.class);

        emulator.approveAll();
        assertThat(poll(client, device).accessToken()).isNotBlank();
    }

    @Test
    void deviceCodesExpire() {
        start(Emulator.builder().pollInterval(Duration.ZERO).deviceCodeTtl(Duration.ofMinutes(2)));
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse device = startDevice(client);
        assertThat(device.expiresIn()).isEqualTo(120);
        clock.advance(Duration.ofMinutes(2));
        assertThat(emulator.approveAll()).isEmpty();
        ExpiredTokenException expired = catchThrowableOfType(ExpiredTokenException.class, () -> poll(client, device));
        assertThat(expired.error()).isEqualTo("expired_token");
    }

    @Test
    void registrationsExpire() {
        start(Emulator.builder().registrationTtl(Duration.ofDays(1)));
        RegisterClientResponse client = register();
        clock.advance(Duration.ofDays(1));
        InvalidClientException invalid = catchThrowableOfType(InvalidClientException.class,
                () -> startDevice(client));
        // HttpURLConnection drops the body of a 401 answer to a streamed POST, so only the header-borne code is seen.
        assertThat(invalid.statusCode()).isEqualTo(401);
        assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("InvalidClientException");
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        start(Emulator.builder());
        RegisterClientResponse client = register();
        assertThatThrownBy(() -> oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                .clientSecret("nope").startUrl(Emulator.START_URL))).isInstanceOf(InvalidClientException.class);
    }

    @Test
    void accessTokensExpireAfterTheirTtlAndRefreshStillWorks() {
        start(Emulator.builder().pollInterval(Duration.ZERO).tokenTtl(Duration.ofMinutes(30)));
        RegisterClientResponse client = register();
        CreateTokenResponse token = signIn(client);
        assertThat(token.expiresIn()).isEqualTo(1800);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sso.listAccounts(r -> r.accessToken(token.accessToken())).accountList()).hasSize(3);
        clock.advance(Duration.ofMinutes(1));
        UnauthorizedException unauthorized = catchThrowableOfType(UnauthorizedException.class,
                () -> sso.listAccounts(r -> r.accessToken(token.accessToken())));
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.awsErrorDetails().errorMessage()).isEqualTo("Session token not found or invalid");

        CreateTokenResponse refreshed = oidc.createToken(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).grantType("refresh_token").refreshToken(token.refreshToken()));
        assertThat(sso.listAccounts(r -> r.accessToken(refreshed.accessToken())).accountList()).hasSize(3);
    }

    @Test
    void expireAccessTokensExpiresEveryTokenNow() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        emulator.expireAccessTokens();
        assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken(token.accessToken())))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void roleCredentialsExpire() {
        start(Emulator.builder().pollInterval(Duration.ZERO).roleCredentialsTtl(Duration.ofMinutes(15)));
        CreateTokenResponse token = signIn(register());
        RoleCredentials credentials = roleCredentials(token.accessToken(), "555555555555", "ReadOnly");
        assertThat(credentials.expiration()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).toEpochMilli());
        try (StsClient sts = SdkClients.sts(emulator, credentials)) {
            assertThat(sts.getCallerIdentity().account()).isEqualTo("555555555555");
            clock.advance(Duration.ofMinutes(15));
            StsException expired = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
            assertThat(expired.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
            assertThat(expired.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is expired");
            assertThat(expired.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void aRoleNotAssignedToTheUserIsForbidden() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        AwsServiceException forbidden = catchThrowableOfType(AwsServiceException.class,
                () -> roleCredentials(token.accessToken(), "555555555555", "AdministratorAccess"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.awsErrorDetails().errorCode()).isEqualTo("ForbiddenException");
        assertThat(forbidden.awsErrorDetails().errorMessage()).isEqualTo("No access");
    }

    @Test
    void logoutRevokesTheTokenItsRefreshTokenAndEveryDerivedCredential() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        RegisterClientResponse client = register();
        CreateTokenResponse token = signIn(client);
        RoleCredentials credentials = roleCredentials(token.accessToken(), "123456789012", "ReadOnly");
        try (StsClient sts = SdkClients.sts(emulator, credentials)) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn("arn:aws:iam::210987654321:role/Deploy")
                    .roleSessionName("ci"));
            sso.logout(r -> r.accessToken(token.accessToken()));

            assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken(token.accessToken())))
                    .isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> oidc.createToken(r -> r.clientId(client.clientId())
                    .clientSecret(client.clientSecret()).grantType("refresh_token")
                    .refreshToken(token.refreshToken()))).isInstanceOf(InvalidGrantException.class);
            StsException revoked = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
            assertThat(revoked.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            try (StsClient chained = SdkClients.sts(emulator, assumed.credentials().accessKeyId(),
                    assumed.credentials().secretAccessKey(), assumed.credentials().sessionToken())) {
                assertThat(catchThrowableOfType(StsException.class, chained::getCallerIdentity).awsErrorDetails()
                        .errorCode()).isEqualTo("InvalidClientTokenId");
            }
        }
        assertThatThrownBy(() -> sso.logout(r -> r.accessToken(token.accessToken())))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void assumeRoleChainsFromIssuedCredentials() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        RoleCredentials credentials = roleCredentials(token.accessToken(), "123456789012", "AdministratorAccess");
        try (StsClient sts = SdkClients.sts(emulator, credentials)) {
            AssumeRoleResponse assumed = sts.assumeRole(r -> r.roleArn("arn:aws:iam::210987654321:role/ops/Deploy")
                    .roleSessionName("deploy-session").durationSeconds(900));
            assertThat(assumed.assumedRoleUser().arn())
                    .isEqualTo("arn:aws:sts::210987654321:assumed-role/Deploy/deploy-session");
            assertThat(assumed.credentials().expiration()).isEqualTo(clock.instant().plusSeconds(900)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            try (StsClient chained = SdkClients.sts(emulator, assumed.credentials().accessKeyId(),
                    assumed.credentials().secretAccessKey(), assumed.credentials().sessionToken())) {
                GetCallerIdentityResponse identity = chained.getCallerIdentity();
                assertThat(identity.arn()).isEqualTo("arn:aws:sts::210987654321:assumed-role/Deploy/deploy-session");
                assertThat(identity.account()).isEqualTo("210987654321");
                assertThat(identity.userId()).endsWith(":deploy-session")
                        .isEqualTo(assumed.assumedRoleUser().assumedRoleId());
            }
            StsException invalid = catchThrowableOfType(StsException.class, () -> sts.assumeRole(r -> r
                    .roleArn("arn:aws:iam::210987654321:role/Deploy").roleSessionName("x")));
            assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        }
    }

    @Test
    void stsRejectsCredentialsItDidNotIssueAndWrongSecrets() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        RoleCredentials credentials = roleCredentials(token.accessToken(), "123456789012", "ReadOnly");
        try (StsClient wrongSecret = SdkClients.sts(emulator, credentials.accessKeyId(),
                credentials.secretAccessKey().substring(1) + "x", credentials.sessionToken());
             StsClient unknown = SdkClients.sts(emulator, "ASIAAAAAAAAAAAAAAAAA", credentials.secretAccessKey(),
                     credentials.sessionToken())) {
            StsException mismatch = catchThrowableOfType(StsException.class, wrongSecret::getCallerIdentity);
            assertThat(mismatch.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(mismatch.statusCode()).isEqualTo(403);
            StsException invalid = catchThrowableOfType(StsException.class, unknown::getCallerIdentity);
            assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            assertThat(invalid.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
        }
    }

    @Test
    void anInjectedErrorFailsTheNextCallOnceInItsServicesFormat() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        emulator.injectError("ListAccounts", 429, "TooManyRequestsException", "Slow down there");
        emulator.injectError("ListAccountRoles", 404, "ResourceNotFoundException", "Gone");
        emulator.injectError("CreateToken", 400, "InvalidRequestException", "Injected");
        emulator.injectError("GetCallerIdentity", 403, "AccessDenied", "Not today");

        // The SDK retries throttling, so one injected 429 is invisible apart from the extra request.
        emulator.clearRequests();
        assertThat(sso.listAccounts(r -> r.accessToken(token.accessToken())).accountList()).hasSize(3);
        assertThat(emulator.requests()).extracting(RecordedRequest::operation).containsExactly("ListAccounts",
                "ListAccounts");
        AwsServiceException notFound = catchThrowableOfType(AwsServiceException.class,
                () -> sso.listAccountRoles(r -> r.accessToken(token.accessToken()).accountId("123456789012")));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(notFound.awsErrorDetails().errorMessage()).isEqualTo("Gone");
        assertThat(sso.listAccountRoles(r -> r.accessToken(token.accessToken()).accountId("123456789012"))
                .roleList()).hasSize(3);

        RegisterClientResponse client = register();
        InvalidRequestException fromToken = catchThrowableOfType(InvalidRequestException.class,
                () -> oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                        .grantType("refresh_token").refreshToken("x")));
        assertThat(fromToken.error()).isEqualTo("invalid_request");
        assertThat(fromToken.errorDescription()).isEqualTo("Injected");

        RoleCredentials credentials = roleCredentials(token.accessToken(), "123456789012", "ReadOnly");
        try (StsClient sts = SdkClients.sts(emulator, credentials)) {
            StsException denied = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("Not today");
            assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
        }
    }

    @Test
    void paginationHonoursMaxResults() {
        start(Emulator.builder().pollInterval(Duration.ZERO));
        CreateTokenResponse token = signIn(register());
        ListAccountsResponse first = sso.listAccounts(r -> r.accessToken(token.accessToken()).maxResults(2));
        assertThat(first.accountList()).extracting(AccountInfo::accountId).containsExactly("123456789012",
                "210987654321");
        assertThat(first.nextToken()).isNotBlank();
        ListAccountsResponse second = sso.listAccounts(r -> r.accessToken(token.accessToken()).maxResults(2)
                .nextToken(first.nextToken()));
        assertThat(second.accountList()).extracting(AccountInfo::accountId).containsExactly("555555555555");
        assertThat(second.nextToken()).isNull();
        AwsServiceException badToken = catchThrowableOfType(AwsServiceException.class,
                () -> sso.listAccounts(r -> r.accessToken(token.accessToken()).nextToken("garbage")));
        assertThat(badToken.awsErrorDetails().errorCode()).isEqualTo("InvalidRequestException");
        AwsServiceException tooMany = catchThrowableOfType(AwsServiceException.class,
                () -> sso.listAccounts(r -> r.accessToken(token.accessToken()).maxResults(101)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
    }

    @Test
    void theClockDrivesIssuedTimes() {
        start(Emulator.builder());
        Instant before = clock.instant();
        RegisterClientResponse client = register();
        assertThat(client.clientIdIssuedAt()).isEqualTo(before.getEpochSecond());
    }
}
