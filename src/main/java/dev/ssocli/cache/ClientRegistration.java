package dev.ssocli.cache;

import dev.ssocli.python.PythonDateTimes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OIDC client registration as cached next to the tokens (docs/file-formats.md#client-registration-cache). {@code
 * expiresAt} is kept as written because the token record copies it verbatim. {@link #toString()} never shows the
 * secret.
 *
 * @param clientId the client id
 * @param clientSecret the client secret
 * @param expiresAt the secret's expiry as written ({@code %Y-%m-%dT%H:%M:%SZ} when we write it)
 * @param scopes the scopes, or null when none were configured (device flow)
 * @param grantTypes the grant types, or null for a device-flow registration
 */
public record ClientRegistration(String clientId, String clientSecret, String expiresAt, List<String> scopes,
                                 List<String> grantTypes) {

    public ClientRegistration {
        scopes = scopes == null ? null : List.copyOf(scopes);
        grantTypes = grantTypes == null ? null : List.copyOf(grantTypes);
    }

    /** The record in botocore's key order: {@code scopes} and {@code grantTypes} only when present. */
    public Map<String, Object> toCacheRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("clientId", clientId);
        record.put("clientSecret", clientSecret);
        record.put("expiresAt", expiresAt);
        if (scopes != null) {
            record.put("scopes", scopes);
        }
        if (grantTypes != null) {
            record.put("grantTypes", grantTypes);
        }
        return record;
    }

    /** The registration in a parsed cache file, or empty when a required field is missing or malformed. */
    public static Optional<ClientRegistration> fromCacheRecord(Map<String, Object> record) {
        if (!(record.get("clientId") instanceof String id) || !(record.get("clientSecret") instanceof String secret)
                || !(record.get("expiresAt") instanceof String expires)
                || PythonDateTimes.parseInstant(expires).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClientRegistration(id, secret, expires, strings(record.get("scopes")),
                strings(record.get("grantTypes"))));
    }

    /** When the client secret expires. */
    public Instant expiry() {
        return PythonDateTimes.parseInstant(expiresAt).orElse(Instant.EPOCH);
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    @Override
    public String toString() {
        return "ClientRegistration[expiresAt=" + expiresAt + ", scopes=" + scopes + ", grantTypes=" + grantTypes + "]";
    }
}
