package dev.ssocli.service;

import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.NoRegionException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.sso.SsoConfigResolver;
import dev.ssocli.sso.SsoSessionConfig;
import dev.ssocli.sso.SsoTokenProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * The SSO portal operations of the generated {@code aws sso} commands, each returning the response as the CLI
 * prints it (the model's member order; absent members left out). As in the CLI, the session's credentials are
 * resolved first (so a broken profile fails the same way) but never used: these calls are unsigned.
 *
 * <p>The bearer token is {@code --access-token} when given, sent to the portal of the command's region, as the
 * CLI does. Without it (an extension: the CLI insists on the option), the token cached for the profile's SSO
 * configuration is used (refreshed if needed) at the portal of that configuration's {@code sso_region}, where the
 * token is valid, and a rejected token gets the CLI's "SSO session ... has expired" message.
 */
public final class SsoPortalOperations {
    private final ServiceSession session;
    private final String accessTokenFlag;
    private SsoSessionConfig profileSso;
    private String accessToken;
    private String region;

    public SsoPortalOperations(ServiceSession session, String accessTokenFlag) {
        this.session = session;
        this.accessTokenFlag = accessTokenFlag;
    }

    /**
     * Whether a bearer token is available: {@code --access-token}, or an SSO configuration (sso-session or legacy
     * keys) in the active profile. When false the command should fail as the CLI does for a missing required option.
     */
    public static boolean profileHasSsoConfig(ServiceSession session) {
        Optional<ConfigSection> profile = session.config().profile(session.profileName().name());
        return profile.map(p -> p.get("sso_session").isPresent() || p.get("sso_start_url").isPresent())
                .orElse(false);
    }

    public LinkedHashMap<String, Object> listAccounts(String nextToken, Integer maxResults) {
        SsoClient client = client();
        validateMaxResults(maxResults);
        ListAccountsResponse response = call("ListAccounts", () -> client.listAccounts(r -> r
                .accessToken(accessToken).nextToken(nextToken).maxResults(maxResults)));
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        StsOperations.putIfPresent(result, "nextToken", response.nextToken());
        if (response.hasAccountList()) {
            List<Object> accounts = new ArrayList<>();
            for (AccountInfo account : response.accountList()) {
                LinkedHashMap<String, Object> item = new LinkedHashMap<>();
                StsOperations.putIfPresent(item, "accountId", account.accountId());
                StsOperations.putIfPresent(item, "accountName", account.accountName());
                StsOperations.putIfPresent(item, "emailAddress", account.emailAddress());
                accounts.add(item);
            }
            result.put("accountList", accounts);
        }
        return result;
    }

    public LinkedHashMap<String, Object> listAccountRoles(String accountId, String nextToken, Integer maxResults) {
        SsoClient client = client();
        validateMaxResults(maxResults);
        ListAccountRolesResponse response = call("ListAccountRoles", () -> client.listAccountRoles(r -> r
                .accessToken(accessToken).accountId(accountId).nextToken(nextToken).maxResults(maxResults)));
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        StsOperations.putIfPresent(result, "nextToken", response.nextToken());
        if (response.hasRoleList()) {
            List<Object> roles = new ArrayList<>();
            for (RoleInfo role : response.roleList()) {
                LinkedHashMap<String, Object> item = new LinkedHashMap<>();
                StsOperations.putIfPresent(item, "roleName", role.roleName());
                StsOperations.putIfPresent(item, "accountId", role.accountId());
                roles.add(item);
            }
            result.put("roleList", roles);
        }
        return result;
    }

    public LinkedHashMap<String, Object> getRoleCredentials(String roleName, String accountId) {
        SsoClient client = client();
        GetRoleCredentialsResponse response = call("GetRoleCredentials", () -> client.getRoleCredentials(r -> r
                .roleName(roleName).accountId(accountId).accessToken(accessToken)));
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        RoleCredentials credentials = response.roleCredentials();
        if (credentials != null) {
            LinkedHashMap<String, Object> item = new LinkedHashMap<>();
            StsOperations.putIfPresent(item, "accessKeyId", credentials.accessKeyId());
            StsOperations.putIfPresent(item, "secretAccessKey", credentials.secretAccessKey());
            StsOperations.putIfPresent(item, "sessionToken", credentials.sessionToken());
            StsOperations.putIfPresent(item, "expiration", credentials.expiration());
            result.put("roleCredentials", item);
        }
        return result;
    }

    /**
     * The CLI's checks before the first call, in its order: the profile, the region (or, without
     * {@code --access-token}, the profile's SSO configuration), the credential chain, the token.
     */
    public void connect() {
        client();
    }

    /** The portal client, after the CLI's checks (profile, credentials, region) and the token lookup. */
    private SsoClient client() {
        if (region == null) {
            if (accessTokenFlag != null) {
                region = session.region();
                session.credentials();
                session.checkSsoTokenProvider();
                if (region == null) {
                    throw new NoRegionException();
                }
                accessToken = accessTokenFlag;
            } else {
                profileSso = SsoConfigResolver.forLogin(session.config(), session.profileName(), null);
                session.credentials();
                region = profileSso.region();
                accessToken = new SsoTokenProvider(new TokenCache(session.ssoCacheDir()), session.clients(),
                        session.clock()).token(profileSso).accessToken();
            }
        }
        return session.clients().portal(region, session.options().endpointUrl());
    }

    /** botocore's parameter validation of {@code maxResults} (model minimum 1), before anything is sent. */
    private static void validateMaxResults(Integer maxResults) {
        if (maxResults != null && maxResults < 1) {
            throw new ParamValidationException("Parameter validation failed:\nInvalid value for parameter "
                    + "maxResults, value: " + maxResults + ", valid min value: 1");
        }
    }

    private <T> T call(String operation, Supplier<T> call) {
        try {
            return SdkCalls.call(operation, call);
        } catch (ServiceException e) {
            if (profileSso != null && "UnauthorizedException".equals(e.errorCode())) {
                throw new GeneralException(SsoTokenProvider.SESSION_EXPIRED_MESSAGE, e);
            }
            throw e;
        }
    }
}
