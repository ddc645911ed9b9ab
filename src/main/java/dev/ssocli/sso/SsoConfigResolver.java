package dev.ssocli.sso;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.ProfileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the SSO settings a login is for, as {@code aws sso login} does (docs/cli-surface.md#sso-login, the CLI's
 * {@code BaseSSOCommand._get_sso_config}): {@code --sso-session}, else the profile's {@code sso_session}, else the
 * profile's legacy {@code sso_start_url}/{@code sso_region}. A key counts as present even when empty, as in the CLI.
 */
public final class SsoConfigResolver {
    private static final List<String> REQUIRED = List.of("sso_start_url", "sso_region");

    private SsoConfigResolver() {
    }

    /** The settings {@code aws sso login [--sso-session S]} uses for {@code profile}. */
    public static SsoSessionConfig forLogin(AwsConfig config, ProfileName profile, String ssoSessionFlag) {
        Optional<ConfigSection> section = config.profile(profile.name());
        if (section.isEmpty() && profile.explicit()) {
            throw new ProfileNotFoundException(profile.name());
        }
        String sessionName = ssoSessionFlag;
        if (sessionName == null) {
            sessionName = section.flatMap(s -> s.get("sso_session")).orElse(null);
        }
        if (sessionName != null && !sessionName.isEmpty()) {
            return session(config, sessionName);
        }
        List<String> missing = missing(section);
        if (!missing.isEmpty()) {
            throw missingProfileValues(missing);
        }
        return SsoSessionConfig.legacy(section.get().get("sso_start_url").orElseThrow(),
                section.get().get("sso_region").orElseThrow());
    }

    /** The {@code [sso-session NAME]} settings, or the CLI's configuration errors (exit 253). */
    public static SsoSessionConfig session(AwsConfig config, String name) {
        Optional<ConfigSection> section = config.ssoSession(name);
        if (section.isEmpty()) {
            throw new ConfigurationException("The specified sso-session does not exist: \"" + name + "\"");
        }
        List<String> missing = missing(section);
        if (!missing.isEmpty()) {
            // the trailing space is the CLI's
            throw new ConfigurationException("Missing the following required SSO configuration values: "
                    + String.join(", ", missing) + ". ");
        }
        ConfigSection values = section.get();
        return SsoSessionConfig.session(name, values.get("sso_start_url").orElseThrow(),
                values.get("sso_region").orElseThrow(), values.get("sso_registration_scopes").orElse(null));
    }

    /** The CLI's error for a profile that lacks SSO keys it needs (exit 253). */
    static ConfigurationException missingProfileValues(List<String> keys) {
        return new ConfigurationException("Missing the following required SSO configuration values: "
                + String.join(", ", keys) + ". To make sure this profile is properly configured to use SSO, "
                + "please run: aws configure sso");
    }

    private static List<String> missing(Optional<ConfigSection> section) {
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (section.flatMap(s -> s.get(key)).isEmpty()) {
                missing.add(key);
            }
        }
        return missing;
    }
}
