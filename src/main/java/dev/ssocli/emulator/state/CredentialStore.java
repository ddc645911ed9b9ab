package dev.ssocli.emulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The AWS credentials issued by GetRoleCredentials and AssumeRole, looked up by access key id for SigV4. */
public final class CredentialStore {
    private final Map<String, IssuedCredentials> byAccessKeyId = new ConcurrentHashMap<>();
    private final Identifiers ids;
    private final Settings settings;

    public CredentialStore(Identifiers ids, Settings settings) {
        this.ids = ids;
        this.settings = settings;
    }

    public IssuedCredentials issue(CallerIdentity identity, LoginSession session, Duration lifetime) {
        IssuedCredentials credentials = new IssuedCredentials(ids.accessKeyId(), ids.secretAccessKey(),
                ids.sessionToken(), settings.clock().instant().plus(lifetime), identity, session);
        byAccessKeyId.put(credentials.accessKeyId(), credentials);
        return credentials;
    }

    public IssuedCredentials find(String accessKeyId) {
        return accessKeyId == null ? null : byAccessKeyId.get(accessKeyId);
    }

    /** Makes every issued credential expired now. */
    public void expireAll() {
        Instant now = settings.clock().instant();
        byAccessKeyId.values().forEach(c -> c.expiresAt(now));
    }
}
