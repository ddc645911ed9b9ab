package dev.ssocli.emulator.state;

import java.time.Instant;

/** A request waiting for the user's Allow or Deny: a device authorization or a PKCE authorization request. */
public abstract class UserAuthorization {
    /** Where a request is in its life. */
    public enum Status { PENDING, APPROVED, DENIED, REDEEMED }

    private final String id;
    private final ClientRegistration client;
    private final Instant expiresAt;
    private Status status = Status.PENDING;

    UserAuthorization(String id, ClientRegistration client, Instant expiresAt) {
        this.id = id;
        this.client = client;
        this.expiresAt = expiresAt;
    }

    /** The id the approval page's form carries; not a secret that grants a token. */
    public String id() {
        return id;
    }

    public ClientRegistration client() {
        return client;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public synchronized Status status() {
        return status;
    }

    synchronized void status(Status status) {
        this.status = status;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
