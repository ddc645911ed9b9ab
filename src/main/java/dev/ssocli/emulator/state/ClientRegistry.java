package dev.ssocli.emulator.state;

import dev.ssocli.emulator.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registered OIDC clients. */
public final class ClientRegistry {
    private final Map<String, ClientRegistration> clients = new ConcurrentHashMap<>();
    private final Identifiers ids;
    private final Settings settings;

    public ClientRegistry(Identifiers ids, Settings settings) {
        this.ids = ids;
        this.settings = settings;
    }

    public ClientRegistration register(String clientName, List<String> scopes, List<String> redirectUris,
            List<String> grantTypes) {
        Instant now = settings.clock().instant();
        ClientRegistration client = new ClientRegistration(ids.opaque("", 16), ids.opaque("", 96), clientName,
                scopes, redirectUris, grantTypes, now, now.plus(settings.registrationTtl()));
        clients.put(client.clientId(), client);
        return client;
    }

    /** The client with this id and secret, or InvalidClientException as the real service answers. */
    public ClientRegistration authenticate(String clientId, String clientSecret) {
        ClientRegistration client = clientId == null ? null : clients.get(clientId);
        if (client == null || clientSecret == null || !constantTimeEquals(client.clientSecret(), clientSecret)) {
            throw new ApiException(401, "InvalidClientException", "Invalid client credentials");
        }
        if (!settings.clock().instant().isBefore(client.expiresAt())) {
            throw new ApiException(401, "InvalidClientException", "Client registration has expired");
        }
        return client;
    }

    /** The client with this id, if registered and not expired (the browser-facing authorize page). */
    public ClientRegistration find(String clientId) {
        ClientRegistration client = clientId == null ? null : clients.get(clientId);
        if (client == null || !settings.clock().instant().isBefore(client.expiresAt())) {
            return null;
        }
        return client;
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
