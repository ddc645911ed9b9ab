package dev.ssocli.creds;

import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.sso.SsoSessionConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SSO settings of a profile as botocore's {@code SSOProvider} resolves them (docs/file-formats.md#sso-keys): used
 * when the profile has {@code sso_role_name} or {@code sso_account_id}; an {@code sso_session} reference pulls in the
 * session's keys, which must not contradict the profile's.
 *
 * @param profile the profile name
 * @param roleName {@code sso_role_name}
 * @param accountId {@code sso_account_id}
 * @param startUrl {@code sso_start_url}
 * @param ssoRegion {@code sso_region}
 * @param sessionName {@code sso_session}, or null for a legacy profile
 * @param registrationScopes the session's raw {@code sso_registration_scopes}, or null
 */
public record SsoCredentialConfig(String profile, String roleName, String accountId, String startUrl,
                                  String ssoRegion, String sessionName, String registrationScopes) {
    private static final List<String> REQUIRED = List.of("sso_role_name", "sso_account_id", "sso_start_url",
            "sso_region");

    /** The profile's SSO settings; empty when it is not an SSO profile; the CLI's errors when they are incomplete. */
    public static Optional<SsoCredentialConfig> of(String profileName, CredentialProfiles profiles) {
        Map<String, String> profile = profiles.properties(profileName);
        if (!profile.containsKey("sso_role_name") && !profile.containsKey("sso_account_id")) {
            return Optional.empty();
        }
        Map<String, String> resolved = new LinkedHashMap<>(profile);
        List<String> required = new ArrayList<>(REQUIRED);
        String sessionName = profile.get("sso_session");
        if (sessionName != null) {
            ConfigSection session = profiles.ssoSession(sessionName).orElseThrow(() -> new GeneralException(
                    "The specified sso-session does not exist: \"" + sessionName + "\""));
            for (Map.Entry<String, String> entry : session.properties().entrySet()) {
                String mine = resolved.get(entry.getKey());
                if (mine != null && !mine.equals(entry.getValue())) {
                    throw new GeneralException("The value for " + entry.getKey() + " is inconsistent between "
                            + "profile (" + mine + ") and sso-session (" + entry.getValue() + ").");
                }
                resolved.put(entry.getKey(), entry.getValue());
            }
            required.add("sso_session");
        }
        List<String> missing = required.stream().filter(key -> !resolved.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new GeneralException("The profile \"" + profileName + "\" is configured to use SSO but is "
                    + "missing required configuration: " + String.join(", ", missing));
        }
        return Optional.of(new SsoCredentialConfig(profileName, resolved.get("sso_role_name"),
                resolved.get("sso_account_id"), resolved.get("sso_start_url"), resolved.get("sso_region"),
                sessionName, sessionName == null ? null : resolved.get("sso_registration_scopes")));
    }

    /** The token this profile's credentials are fetched with. */
    public SsoSessionConfig tokenConfig() {
        return sessionName == null ? SsoSessionConfig.legacy(startUrl, ssoRegion)
                : SsoSessionConfig.session(sessionName, startUrl, ssoRegion, registrationScopes);
    }
}
