package dev.ssocli.creds;

import dev.ssocli.config.ConfigSection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code aws_access_key_id} / {@code aws_secret_access_key} (and {@code aws_security_token} or
 * {@code aws_session_token}) of a profile in one file: botocore's {@code SharedCredentialProvider} for the
 * credentials file and {@code ConfigProvider} for the config file.
 */
final class StaticKeyCredentials implements CredentialSource {
    static final String CREDENTIALS_FILE = "shared-credentials-file";
    static final String CONFIG_FILE = "config-file";

    private final String method;
    private final String profile;
    private final Function<String, Optional<ConfigSection>> lookup;

    StaticKeyCredentials(String method, String profile, Function<String, Optional<ConfigSection>> lookup) {
        this.method = method;
        this.profile = profile;
        this.lookup = lookup;
    }

    @Override
    public ResolvedCredentials load() {
        Map<String, String> section = lookup.apply(profile).map(ConfigSection::properties).orElse(Map.of());
        String accessKey = section.get("aws_access_key_id");
        if (accessKey == null) {
            return null;
        }
        String secretKey = section.get("aws_secret_access_key");
        if (secretKey == null) {
            throw new PartialCredentialsException(method, "aws_secret_access_key");
        }
        String token = section.containsKey("aws_security_token") ? section.get("aws_security_token")
                : section.get("aws_session_token");
        return ResolvedCredentials.fixed(method, new AwsCredentials(accessKey, secretKey, token, null));
    }

    /** Whether a profile has static keys, the way the assume-role provider asks. */
    static boolean hasStaticKeys(Map<String, String> profile) {
        return profile.containsKey("aws_secret_access_key") || profile.containsKey("aws_access_key_id");
    }
}
