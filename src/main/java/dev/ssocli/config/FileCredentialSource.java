package dev.ssocli.config;

import dev.ssocli.runtime.Environment;
import java.util.Optional;

/**
 * Static keys as botocore's chain finds them without any network: {@code AWS_ACCESS_KEY_ID}/{@code
 * AWS_SECRET_ACCESS_KEY} (not when {@code --profile} is given), then the credentials file, then the config file.
 */
public final class FileCredentialSource implements CredentialSource {
    private final Environment env;

    public FileCredentialSource(Environment env) {
        this.env = env;
    }

    @Override
    public Optional<ListedCredentials> resolve(ProfileName profile, AwsConfig config) {
        if (profile.source() != ProfileName.Source.FLAG) {
            String key = env.get("AWS_ACCESS_KEY_ID");
            String secret = env.get("AWS_SECRET_ACCESS_KEY");
            if (key != null && !key.isEmpty() && secret != null && !secret.isEmpty()) {
                return Optional.of(new ListedCredentials(key, secret, "env"));
            }
        }
        Optional<ListedCredentials> shared = keys(config.credentialsFileProfile(profile.name()),
                "shared-credentials-file");
        if (shared.isPresent()) {
            return shared;
        }
        return keys(config.profile(profile.name()), "config-file");
    }

    private static Optional<ListedCredentials> keys(Optional<ConfigSection> section, String method) {
        return section.flatMap(s -> s.get("aws_access_key_id").flatMap(key -> s.get("aws_secret_access_key")
                .map(secret -> new ListedCredentials(key, secret, method))));
    }
}
