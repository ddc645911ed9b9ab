package dev.ssocli.emulator.state;

import dev.ssocli.emulator.http.ApiException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Access and refresh tokens: issue, rotate, check, expire and revoke. */
public final class TokenStore {
    private static final String INVALID_SESSION = "Session token not found or invalid";

    private final Map<String, AccessToken> accessTokens = new HashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new HashMap<>();
    private final Identifiers ids;
    private final Settings settings;

    private static final class AccessToken {
        final LoginSession session;
        Instant expiresAt;

        AccessToken(LoginSession session, Instant expiresAt) {
            this.session = session;
            this.expiresAt = expiresAt;
        }
    }

    private record RefreshToken(LoginSession session, String clientId) {
    }

    public TokenStore(Identifiers ids, Settings settings) {
        this.ids = ids;
        this.settings = settings;
    }

    /** Signs the user in for a client: a new session with its first tokens. */
    public synchronized TokenGrant signIn(ClientRegistration client, String userEmail) {
        return issue(client, new LoginSession(userEmail));
    }

    /** The refresh_token grant: rotates the refresh token (the old one stops working) and issues a new access token. */
    public synchronized TokenGrant refresh(ClientRegistration client, String refreshToken) {
        RefreshToken token = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (token == null || !token.clientId().equals(client.clientId()) || token.session().isRevoked()) {
            throw new ApiException(400, "InvalidGrantException", "Invalid refresh token provided");
        }
        refreshTokens.remove(refreshToken);
        return issue(client, token.session());
    }

    /** The session an access token belongs to, or the portal's UnauthorizedException. */
    public synchronized LoginSession authenticate(String accessToken) {
        AccessToken token = accessToken == null ? null : accessTokens.get(accessToken);
        if (token == null || token.session.isRevoked() || !settings.clock().instant().isBefore(token.expiresAt)) {
            throw new ApiException(401, "UnauthorizedException", INVALID_SESSION);
        }
        return token.session;
    }

    /** sso:Logout: revokes the token's whole session, including the role credentials issued for it. */
    public synchronized void logout(String accessToken) {
        authenticate(accessToken).revoke();
    }

    /** Makes every access token expired now; refresh tokens keep working. */
    public synchronized void expireAll() {
        Instant now = settings.clock().instant();
        accessTokens.values().forEach(t -> t.expiresAt = now);
    }

    private TokenGrant issue(ClientRegistration client, LoginSession session) {
        Instant now = settings.clock().instant();
        String accessToken = ids.opaque("aoa", 96);
        accessTokens.put(accessToken, new AccessToken(session, now.plus(settings.tokenTtl())));
        String refreshToken = null;
        if (client.receivesRefreshTokens()) {
            refreshToken = ids.opaque("aor", 96);
            refreshTokens.put(refreshToken, new RefreshToken(session, client.clientId()));
        }
        return new TokenGrant(accessToken, settings.tokenTtl().toSeconds(), refreshToken);
    }
}
