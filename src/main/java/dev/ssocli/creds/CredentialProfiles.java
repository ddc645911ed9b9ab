package dev.ssocli.creds;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.runtime.AwsPaths;
import java.util.Map;
import java.util.Optional;

/**
 * The views of the shared files that credential resolution needs (docs/file-formats.md#config-file): botocore's merged
 * {@code full_config} (credentials-file keys over config-file keys) that the assume-role, SSO and process providers
 * read, and each file on its own for the two static-key providers, which sit at different places in the chain.
 * Files are read once, on first use.
 */
public final class CredentialProfiles {
    private final AwsPaths paths;
    private final AwsConfig merged;
    private AwsConfig configFile;
    private AwsConfig credentialsFile;

    private CredentialProfiles(AwsPaths paths, AwsConfig merged) {
        this.paths = paths;
        this.merged = merged;
    }

    /** The files under {@code paths}; {@code merged} is the already loaded {@code AwsConfig.load(paths)}. */
    public static CredentialProfiles of(AwsPaths paths, AwsConfig merged) {
        return new CredentialProfiles(paths, merged);
    }

    /** The profile as botocore's {@code full_config} has it. */
    public Optional<ConfigSection> profile(String name) {
        return merged.profile(name);
    }

    /** An {@code [sso-session NAME]} section. */
    public Optional<ConfigSection> ssoSession(String name) {
        return merged.ssoSession(name);
    }

    /** The profile's section in the config file alone. */
    public synchronized Optional<ConfigSection> configFileProfile(String name) {
        if (configFile == null) {
            configFile = AwsConfig.from(AwsConfig.read(paths.configFile()), paths.configFile(), null, null);
        }
        return configFile.profile(name);
    }

    /** The section named {@code name} in the credentials file alone. */
    public synchronized Optional<ConfigSection> credentialsFileProfile(String name) {
        if (credentialsFile == null) {
            credentialsFile = AwsConfig.from(null, null, AwsConfig.read(paths.credentialsFile()), paths.credentialsFile());
        }
        return credentialsFile.profile(name);
    }

    /** The merged configuration. */
    public AwsConfig config() {
        return merged;
    }

    /** A profile's scalar keys, empty when it does not exist. */
    Map<String, String> properties(String name) {
        return profile(name).map(ConfigSection::properties).orElse(Map.of());
    }
}
