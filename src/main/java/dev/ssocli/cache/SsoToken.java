package dev.ssocli.cache;

import dev.ssocli.python.PythonDateTimes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One SSO access token as cached in {@code ~/.aws/sso/cache} (docs/file-formats.md#token-cache). Timestamps read from a
 * file are kept as written ({@code registrationExpiresAt} is copied verbatim on refresh, as botocore does). {@link
 * #toString()} never shows the secrets.
 *
 * @param startUrl the configured start URL (may be null in files other tools wrote)
 * @param region the SSO region (may be null in files other tools wrote)
 * @param accessToken the bearer token
 * @param expiresAt when the access token expires
 * @param clientId the registration's client id, or null
 * @param clientSecret the registration's client secret, or null
 * @param registrationExpiresAt the registration's expiry as written, or null
 * @param refreshToken the refresh token, or null
 */
public record SsoToken(String startUrl, String region, String accessToken, Instant expiresAt, String clientId,
                       String clientSecret, String registrationExpiresAt, String refreshToken) {

    /** The record in botocore's key order; {@code refreshToken} only when present. */
    public Map<String, Object> toCacheRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("startUrl", startUrl);
        record.put("region", region);
        record.put("accessToken", accessToken);
        record.put("expiresAt", CacheTimestamps.format(expiresAt));
        record.put("clientId", clientId);
        record.put("clientSecret", clientSecret);
        record.put("registrationExpiresAt", registrationExpiresAt);
        if (refreshToken != null) {
            record.put("refreshToken", refreshToken);
        }
        return record;
    }

    /**
     * The token in a parsed cache file, or empty when {@code accessToken} or a readable {@code expiresAt} is
     * missing (botocore's "is invalid").
     */
    public static Optional<SsoToken> fromCacheRecord(Map<String, Object> record) {
        String accessToken = text(record, "accessToken");
        Optional<Instant> expiresAt = PythonDateTimes.parseInstant(text(record, "expiresAt"));
        if (accessToken == null || expiresAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SsoToken(text(record, "startUrl"), text(record, "region"), accessToken,
                expiresAt.get(), text(record, "clientId"), text(record, "clientSecret"),
                text(record, "registrationExpiresAt"), text(record, "refreshToken")));
    }

    /** The registration expiry, when present and readable. */
    public Optional<Instant> registrationExpiry() {
        return PythonDateTimes.parseInstant(registrationExpiresAt);
    }

    private static String text(Map<String, Object> record, String key) {
        Object value = record.get(key);
        return value instanceof String text ? text : null;
    }

    @Override
    public String toString() {
        return "SsoToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt
                + ", refreshToken=" + (refreshToken == null ? "absent" : "present") + "]";
    }
}
