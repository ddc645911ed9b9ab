package dev.ssocli.creds;

/** One provider of the CLI's credential chain (botocore's {@code CredentialProvider}). */
interface CredentialSource {
    /**
     * What this source has for the profile, or null to let the next source try; throws the CLI's errors for a
     * source that applies but is misconfigured (these surface when the chain is resolved).
     */
    ResolvedCredentials load();
}
