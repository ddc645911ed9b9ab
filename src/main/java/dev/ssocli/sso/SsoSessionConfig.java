package dev.ssocli.sso;

import dev.ssocli.config.SsoSessionRules;
import java.util.List;

/**
 * The resolved SSO settings a token belongs to: an {@code [sso-session NAME]} (new format) or, when
 * {@code sessionName} is null, the legacy start URL and region of a profile (docs/file-formats.md#sso-keys).
 *
 * @param sessionName the sso-session name, or null for a legacy profile
 * @param startUrl the start URL exactly as configured
 * @param region the SSO region
 * @param registrationScopes the configured {@code sso_registration_scopes} parsed, or null when not configured
 */
public record SsoSessionConfig(String sessionName, String startUrl, String region, List<String> registrationScopes) {
    public SsoSessionConfig {
        registrationScopes = registrationScopes == null ? null : List.copyOf(registrationScopes);
    }

    /** A named sso-session. */
    public static SsoSessionConfig session(String name, String startUrl, String region, String rawScopes) {
        return new SsoSessionConfig(name, startUrl, region,
                rawScopes == null ? null : SsoSessionRules.parseScopes(rawScopes));
    }

    /** A legacy profile's start URL and region (no session, no scopes). */
    public static SsoSessionConfig legacy(String startUrl, String region) {
        return new SsoSessionConfig(null, startUrl, region, null);
    }

    /** The same settings with another SSO region (the one a vanity start URL resolved to). */
    public SsoSessionConfig withRegion(String newRegion) {
        return new SsoSessionConfig(sessionName, startUrl, newRegion, registrationScopes);
    }

    public boolean isLegacy() {
        return sessionName == null;
    }

    /** What the token cache is keyed by and error messages name: the session name, else the start URL. */
    public String tokenName() {
        return sessionName != null ? sessionName : startUrl;
    }

    /** The configured scopes when there are any, else null: what RegisterClient sends in the device flow. */
    public List<String> scopesIfConfigured() {
        return registrationScopes == null || registrationScopes.isEmpty() ? null : registrationScopes;
    }
}
