package dev.ssocli.emulator.state;

import java.time.Instant;
import java.util.List;

/** An authorization-code (PKCE) request started by the browser at {@code GET /authorize}. */
public final class AuthorizationRequest extends UserAuthorization {
    private final String redirectUri;
    private final String state;
    private final String codeChallenge;
    private final List<String> scopes;
    private String code;

    AuthorizationRequest(String id, ClientRegistration client, Instant expiresAt, String redirectUri, String state,
            String codeChallenge, List<String> scopes) {
        super(id, client, expiresAt);
        this.redirectUri = redirectUri;
        this.state = state;
        this.codeChallenge = codeChallenge;
        this.scopes = List.copyOf(scopes);
    }

    /** The redirect URI exactly as the browser sent it (with the loopback port). */
    public String redirectUri() {
        return redirectUri;
    }

    public String state() {
        return state;
    }

    public String codeChallenge() {
        return codeChallenge;
    }

    public List<String> scopes() {
        return scopes;
    }

    /** The authorization code, once approved. */
    public synchronized String code() {
        return code;
    }

    synchronized void code(String code) {
        this.code = code;
    }
}
