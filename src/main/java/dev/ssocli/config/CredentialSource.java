package dev.ssocli.config;

import java.util.Optional;

/**
 * Finds the credentials {@code aws configure list} shows for a profile. The CLI layer plugs in the full
 * credential chain (environment, files, SSO, role assumption, processes).
 */
@FunctionalInterface
public interface CredentialSource {
    /**
     * The profile's credentials, or empty when there are none. May throw the error the CLI prints when resolution
     * fails (e.g. an SSO token error); {@code configure list} has printed its first rows by then, as the CLI has.
     */
    Optional<ListedCredentials> resolve(ProfileName profile, AwsConfig config);
}
