package dev.ssocli.emulator.state;

import dev.ssocli.emulator.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Device authorizations and PKCE authorization requests, and the OAuth rules for redeeming them. */
public final class PendingRequests {
    /** Expired requests still answer ExpiredTokenException for this long before they are forgotten. */
    private static final Duration PURGE_AFTER = Duration.ofDays(1);

    private final Map<String, UserAuthorization> byId = new LinkedHashMap<>();
    private final Map<String, DeviceAuthorization> byDeviceCode = new LinkedHashMap<>();
    private final Map<String, DeviceAuthorization> byUserCode = new LinkedHashMap<>();
    private final Map<String, AuthorizationRequest> byCode = new LinkedHashMap<>();
    private final Identifiers ids;
    private final Settings settings;

    public PendingRequests(Identifiers ids, Settings settings) {
        this.ids = ids;
        this.settings = settings;
    }

    public synchronized DeviceAuthorization startDevice(ClientRegistration client, String startUrl) {
        purgeExpired();
        String userCode;
        do {
            userCode = ids.userCode();
        } while (byUserCode.containsKey(userCode));
        DeviceAuthorization device = new DeviceAuthorization(ids.opaque("", 16), client,
                now().plus(settings.deviceCodeTtl()), ids.opaque("", 64), userCode, startUrl, settings.pollInterval());
        byId.put(device.id(), device);
        byDeviceCode.put(device.deviceCode(), device);
        byUserCode.put(userCode, device);
        return device;
    }

    public synchronized AuthorizationRequest startAuthorization(ClientRegistration client, String redirectUri,
            String state, String codeChallenge, List<String> scopes) {
        purgeExpired();
        AuthorizationRequest request = new AuthorizationRequest(ids.opaque("", 16), client,
                now().plus(settings.deviceCodeTtl()), redirectUri, state, codeChallenge, scopes);
        byId.put(request.id(), request);
        return request;
    }

    /** The device authorization a user code names (case and hyphen do not matter), if it has not expired. */
    public synchronized Optional<DeviceAuthorization> byUserCode(String userCode) {
        if (userCode == null) {
            return Optional.empty();
        }
        String normalised = userCode.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (normalised.length() == 8) {
            normalised = normalised.substring(0, 4) + "-" + normalised.substring(4);
        }
        DeviceAuthorization device = byUserCode.get(normalised);
        return device == null || device.isExpired(now()) ? Optional.empty() : Optional.of(device);
    }

    public synchronized Optional<UserAuthorization> byId(String id) {
        UserAuthorization request = id == null ? null : byId.get(id);
        return request == null || request.isExpired(now()) ? Optional.empty() : Optional.of(request);
    }

    /** Records the user's decision; false if the request is no longer pending. */
    public synchronized boolean decide(UserAuthorization request, boolean allow) {
        if (request.status() != UserAuthorization.Status.PENDING || request.isExpired(now())) {
            return false;
        }
        request.status(allow ? UserAuthorization.Status.APPROVED : UserAuthorization.Status.DENIED);
        if (allow && request instanceof AuthorizationRequest) {
            AuthorizationRequest pkce = (AuthorizationRequest) request;
            pkce.code(ids.opaque("", 48));
            byCode.put(pkce.code(), pkce);
        }
        return true;
    }

    /** Decides every pending, unexpired request; returns them in the order they were started. */
    public synchronized List<UserAuthorization> decideAll(boolean allow) {
        List<UserAuthorization> decided = new ArrayList<>();
        for (UserAuthorization request : pending()) {
            if (decide(request, allow)) {
                decided.add(request);
            }
        }
        return decided;
    }

    public synchronized List<UserAuthorization> pending() {
        Instant now = now();
        List<UserAuthorization> pending = new ArrayList<>();
        for (UserAuthorization request : byId.values()) {
            if (request.status() == UserAuthorization.Status.PENDING && !request.isExpired(now)) {
                pending.add(request);
            }
        }
        return pending;
    }

    /**
     * One CreateToken poll with the device-code grant (RFC 8628 §3.5): returns the authorization when approved
     * (consuming it), otherwise throws the error the service sends. A decided request answers before the rate
     * limit is applied, so a client that polls too fast still completes once the user has decided.
     */
    public synchronized DeviceAuthorization pollDevice(ClientRegistration client, String deviceCode) {
        DeviceAuthorization device = deviceCode == null ? null : byDeviceCode.get(deviceCode);
        if (device == null || !device.client().clientId().equals(client.clientId())) {
            throw new ApiException(400, "InvalidGrantException", "Invalid device code provided");
        }
        Instant now = now();
        if (device.isExpired(now)) {
            throw new ApiException(400, "ExpiredTokenException", "Device code has expired");
        }
        switch (device.status()) {
            case APPROVED -> {
                device.status(UserAuthorization.Status.REDEEMED);
                return device;
            }
            case DENIED -> throw new ApiException(400, "AccessDeniedException", "Authorization request was denied");
            case REDEEMED -> throw new ApiException(400, "InvalidGrantException", "Device code has already been used");
            default -> {
                if (device.pollTooFast(now)) {
                    throw new ApiException(400, "SlowDownException", "Client is polling too quickly");
                }
                throw new ApiException(400, "AuthorizationPendingException", "Authorization is still pending");
            }
        }
    }

    /** Redeems an authorization code (RFC 6749 §4.1.3 with RFC 7636 S256); consumes it on success. */
    public synchronized AuthorizationRequest redeemCode(ClientRegistration client, String code, String redirectUri,
            String codeVerifier) {
        AuthorizationRequest request = code == null ? null : byCode.get(code);
        if (request == null || request.status() != UserAuthorization.Status.APPROVED
                || !request.client().clientId().equals(client.clientId())) {
            throw new ApiException(400, "InvalidGrantException", "Invalid authorization code provided");
        }
        if (request.isExpired(now())) {
            throw new ApiException(400, "InvalidGrantException", "Authorization code has expired");
        }
        if (!request.redirectUri().equals(redirectUri)) {
            throw new ApiException(400, "InvalidGrantException", "Redirect URI does not match the authorization request");
        }
        if (codeVerifier == null || !s256(codeVerifier).equals(request.codeChallenge())) {
            throw new ApiException(400, "InvalidGrantException", "Code verifier does not match the code challenge");
        }
        request.status(UserAuthorization.Status.REDEEMED);
        byCode.remove(code);
        return request;
    }

    /** BASE64URL(SHA-256(ASCII(verifier))) without padding (RFC 7636 §4.2). */
    public static String s256(String codeVerifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets requests that expired long ago, so a long-running emulator does not grow without bound. */
    private void purgeExpired() {
        Instant cutoff = now().minus(PURGE_AFTER);
        byId.values().removeIf(r -> r.expiresAt().isBefore(cutoff));
        byDeviceCode.values().removeIf(r -> r.expiresAt().isBefore(cutoff));
        byUserCode.values().removeIf(r -> r.expiresAt().isBefore(cutoff));
        byCode.values().removeIf(r -> r.expiresAt().isBefore(cutoff));
    }

    private Instant now() {
        return settings.clock().instant();
    }
}
