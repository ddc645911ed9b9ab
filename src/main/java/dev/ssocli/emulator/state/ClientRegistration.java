package dev.ssocli.emulator.state;

import java.time.Instant;
import java.util.List;

/** A client registered through sso-oidc:RegisterClient. */
public record ClientRegistration(String clientId, String clientSecret, String clientName, List<String> scopes,
        List<String> redirectUris, List<String> grantTypes, Instant issuedAt, Instant expiresAt) {

    public ClientRegistration {
        scopes = List.copyOf(scopes);
        redirectUris = List.copyOf(redirectUris);
        grantTypes = List.copyOf(grantTypes);
    }

    /** Refresh tokens are issued to clients registered with scopes or the refresh_token grant, as AWS does. */
    public boolean receivesRefreshTokens() {
        return !scopes.isEmpty() || grantTypes.contains("refresh_token");
    }

    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId + ", clientName=" + clientName + ", expiresAt=" + expiresAt
                + "]";
    }
}
