package dev.ssocli.emulator.state;

import java.time.Instant;

/** Temporary AWS credentials the emulator issued, with the identity they act as and the session they derive from. */
public final class IssuedCredentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;
    private final CallerIdentity identity;
    private final LoginSession session;
    private volatile Instant expiresAt;

    IssuedCredentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiresAt,
            CallerIdentity identity, LoginSession session) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.sessionToken = sessionToken;
        this.expiresAt = expiresAt;
        this.identity = identity;
        this.session = session;
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretAccessKey() {
        return secretAccessKey;
    }

    public String sessionToken() {
        return sessionToken;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    void expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public CallerIdentity identity() {
        return identity;
    }

    /** The sign-in these credentials derive from (through GetRoleCredentials, then any AssumeRole chain). */
    public LoginSession session() {
        return session;
    }

    @Override
    public String toString() {
        return "IssuedCredentials[accessKeyId=" + accessKeyId + ", arn=" + identity.arn() + ", expiresAt=" + expiresAt
                + "]";
    }
}
