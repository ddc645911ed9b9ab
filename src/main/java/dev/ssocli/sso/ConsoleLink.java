package dev.ssocli.sso;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The IAM Identity Center access portal's shortcut link that signs a user into the console as one account and role:
 * {@code START_URL/#/console?account_id=...&role_name=...[&destination=...]}. The portal does the sign-in with its
 * own session, so the link carries no credentials and works with the console's multi-session sign-in.
 */
public final class ConsoleLink {
    private ConsoleLink() {
    }

    /** The link for {@code profile}'s account and role, optionally landing on {@code destination}. */
    public static String forProfile(AwsConfig config, ProfileName profile, String destination) {
        SsoSessionConfig sso = SsoConfigResolver.forLogin(config, profile, null);
        ConfigSection section = config.profile(profile.name()).orElseThrow();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("sso_account_id", "sso_role_name")) {
            if (section.get(key).filter(v -> !v.isEmpty()).isEmpty()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw SsoConfigResolver.missingProfileValues(missing);
        }
        StringBuilder link = new StringBuilder(sso.startUrl());
        if (!sso.startUrl().endsWith("/")) {
            link.append('/');
        }
        link.append("#/console?account_id=").append(encode(section.get("sso_account_id").orElseThrow()))
                .append("&role_name=").append(encode(section.get("sso_role_name").orElseThrow()));
        if (destination != null) {
            link.append("&destination=").append(encode(destination));
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
