package dev.ssocli.sso;

import dev.ssocli.cache.InvalidCacheEntryException;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The token status of the SSO configurations a user has, read from the config and the token cache only: every
 * {@code [sso-session]} in file order, then every distinct legacy start URL of a profile, or just the one a flag names.
 */
public final class SsoStatus {
    private SsoStatus() {
    }

    /** Every sso-session, then every legacy start URL (with its region) that a profile names. */
    public static List<SsoSessionConfig> all(AwsConfig config) {
        List<SsoSessionConfig> configs = new ArrayList<>();
        for (String name : config.ssoSessionNames()) {
            ConfigSection section = config.ssoSession(name).orElseThrow();
            Optional<String> startUrl = section.get("sso_start_url");
            Optional<String> region = section.get("sso_region");
            if (startUrl.isPresent() && region.isPresent()) {
                configs.add(SsoSessionConfig.session(name, startUrl.get(), region.get(),
                        section.get("sso_registration_scopes").orElse(null)));
            }
        }
        Set<String> legacyUrls = new LinkedHashSet<>();
        for (String name : config.profileNames()) {
            ConfigSection profile = config.profile(name).orElseThrow();
            if (profile.get("sso_session").isPresent()) {
                continue;
            }
            Optional<String> startUrl = profile.get("sso_start_url");
            Optional<String> region = profile.get("sso_region");
            if (startUrl.isPresent() && region.isPresent() && legacyUrls.add(startUrl.get())) {
                configs.add(SsoSessionConfig.legacy(startUrl.get(), region.get()));
            }
        }
        return configs;
    }

    /**
     * The configuration {@code --sso-session} or an explicit {@code --profile} names, as {@code aws sso login}
     * resolves it (with its configuration errors).
     */
    public static SsoSessionConfig named(AwsConfig config, String ssoSession, ProfileName profile) {
        if (ssoSession != null) {
            return SsoConfigResolver.session(config, ssoSession);
        }
        return SsoConfigResolver.forLogin(config, profile, null);
    }

    /** The status of each configuration's cached token at {@code now}. */
    public static List<TokenStatus> of(List<SsoSessionConfig> configs, TokenCache cache, Instant now,
                                       Duration minValid) {
        List<TokenStatus> statuses = new ArrayList<>();
        for (SsoSessionConfig config : configs) {
            statuses.add(TokenStatus.of(config, cached(cache, config), now, minValid));
        }
        return statuses;
    }

    /** The worst exit code among {@code statuses}; {@link TokenStatus#NEEDS_LOGIN} when there are none. */
    public static int exitCode(List<TokenStatus> statuses) {
        int code = statuses.isEmpty() ? TokenStatus.NEEDS_LOGIN : TokenStatus.USABLE;
        for (TokenStatus status : statuses) {
            code = Math.max(code, status.exitCode());
        }
        return code;
    }

    private static SsoToken cached(TokenCache cache, SsoSessionConfig config) {
        try {
            return cache.load(config.tokenName()).orElse(null);
        } catch (InvalidCacheEntryException e) {
            return null;
        }
    }
}
