package dev.ssocli.creds;

import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.CacheKeys;
import dev.ssocli.cache.RoleCredentialCache;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ServiceException;
import dev.ssocli.sso.SsoTokenProvider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;

/**
 * SSO role credentials for a profile, as CLI v2 gets them (docs/file-formats.md#role-credential-cache,
 * docs/wire-protocols.md#token-refresh, #role-credentials): from {@code ~/.aws/cli/cache} while at least 15 minutes
 * remain, else GetRoleCredentials in the SSO region with the cached (refreshed if needed) token, then written back to
 * the cache so the real CLI and we share them. Deferred: nothing is read or called until the credentials are used. The
 * chain under an assume-role profile keeps them in memory only, as the CLI does.
 */
final class SsoRoleCredentials implements CredentialSource {
    static final String METHOD = "sso";

    private final String profile;
    private final CredentialContext ctx;
    private final RoleCredentialCache cache;

    SsoRoleCredentials(String profile, CredentialContext ctx, RoleCredentialCache cache) {
        this.profile = profile;
        this.ctx = ctx;
        this.cache = cache;
    }

    @Override
    public ResolvedCredentials load() {
        Optional<SsoCredentialConfig> config = SsoCredentialConfig.of(profile, ctx.profiles());
        return config.map(c -> ResolvedCredentials.deferred(METHOD, () -> fetch(c), ctx.clock())).orElse(null);
    }

    private AwsCredentials fetch(SsoCredentialConfig config) {
        String key = CacheKeys.roleCredentials(config.roleName(), config.accountId(), config.sessionName(),
                config.startUrl());
        if (cache == null) {
            return fetchFromPortal(config, key);
        }
        Optional<AwsCredentials> cached = CachedCredentialRecord.usable(cache.read(key), key, ctx.clock());
        if (cached.isPresent()) {
            return cached.get();
        }
        return cache.locked(key, () -> CachedCredentialRecord.usable(cache.read(key), key, ctx.clock())
                .orElseGet(() -> fetchFromPortal(config, key)));
    }

    private AwsCredentials fetchFromPortal(SsoCredentialConfig config, String key) {
        String accessToken = new SsoTokenProvider(new TokenCache(ctx.ssoCacheDir()), ctx.clients().get(), ctx.clock())
                .token(config.tokenConfig()).accessToken();
        GetRoleCredentialsResponse response;
        try {
            response = SdkCalls.call("GetRoleCredentials", () -> ctx.clients().get().portal(config.ssoRegion())
                    .getRoleCredentials(r -> r.roleName(config.roleName()).accountId(config.accountId())
                            .accessToken(accessToken)));
        } catch (ServiceException e) {
            if ("UnauthorizedException".equals(e.errorCode())) {
                throw new GeneralException(SsoTokenProvider.SESSION_EXPIRED_MESSAGE, e);
            }
            throw e;
        }
        // botocore's SSOCredentialFetcher reads these members in this order; nothing is cached without them.
        RoleCredentials role = ResponseKeys.require(response.roleCredentials(), "roleCredentials");
        String accessKeyId = ResponseKeys.require(role.accessKeyId(), "accessKeyId");
        String secretAccessKey = ResponseKeys.require(role.secretAccessKey(), "secretAccessKey");
        String sessionToken = ResponseKeys.require(role.sessionToken(), "sessionToken");
        long expirationMillis = ResponseKeys.require(role.expiration(), "expiration");
        // botocore keeps whole seconds: strftime('%Y-%m-%dT%H:%M:%SZ') of expiration / 1000.
        Instant expiration = Instant.ofEpochMilli(expirationMillis).truncatedTo(ChronoUnit.SECONDS);
        if (cache != null) {
            cache.writeSso(key, accessKeyId, secretAccessKey, sessionToken, expiration, config.accountId());
        }
        return new AwsCredentials(accessKeyId, secretAccessKey, sessionToken,
                OffsetDateTime.ofInstant(expiration, ZoneOffset.UTC));
    }
}
