package dev.ssocli.cache;

import dev.ssocli.python.PythonJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The AWS CLI v2 credential cache {@code ~/.aws/cli/cache}, shared with the real CLI: SSO role credentials under
 * {@link CacheKeys#roleCredentials} keys (docs/file-formats.md#role-credential-cache) and assume-role results under
 * {@link #assumeRoleKey} keys, each written as botocore's {@code JSONFileCache} writes them. Interpreting an entry
 * (expiry window, missing fields) is the credential provider's business.
 */
public final class RoleCredentialCache {
    private final JsonFileCache files;

    public RoleCredentialCache(Path cliCacheDir) {
        this.files = new JsonFileCache(cliCacheDir);
    }

    /** The file of {@code key}. */
    public Path path(String key) {
        return files.path(key);
    }

    /** The entry under {@code key}: missing, unparseable or a JSON object. */
    public JsonFileCache.Entry read(String key) {
        return files.read(key);
    }

    /**
     * Runs {@code action} holding the lock of {@code key}'s file, so concurrent runs that find no usable entry fetch
     * once: the second re-reads what the first wrote.
     */
    public <T> T locked(String key, Callable<T> action) {
        return files.locked(key, action);
    }

    /**
     * Stores SSO role credentials as current CLI v2 does:
     * {@code {"ProviderType": "sso", "Credentials": {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration",
     * "AccountId"}}} with the expiration truncated to seconds in {@code Z} form (2.9.19 omits {@code AccountId} and
     * ignores it when reading).
     */
    public void writeSso(String key, String accessKeyId, String secretAccessKey, String sessionToken,
                         Instant expiration, String accountId) {
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("AccessKeyId", accessKeyId);
        credentials.put("SecretAccessKey", secretAccessKey);
        credentials.put("SessionToken", sessionToken);
        credentials.put("Expiration", CacheTimestamps.format(expiration));
        credentials.put("AccountId", accountId);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ProviderType", "sso");
        record.put("Credentials", credentials);
        files.write(key, record);
    }

    /**
     * Stores an AssumeRole response as botocore's assume-role fetcher does: the parsed response in the model's
     * member order ({@code Credentials}, {@code AssumedRoleUser}), with {@code Expiration} in its {@code %Z} form.
     */
    public void writeAssumeRole(String key, String accessKeyId, String secretAccessKey, String sessionToken,
                                Instant expiration, String assumedRoleId, String arn) {
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("AccessKeyId", accessKeyId);
        credentials.put("SecretAccessKey", secretAccessKey);
        credentials.put("SessionToken", sessionToken);
        credentials.put("Expiration", AssumeRoleExpiration.FORMAT.format(expiration.truncatedTo(ChronoUnit.SECONDS)));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("Credentials", credentials);
        if (assumedRoleId != null || arn != null) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("AssumedRoleId", assumedRoleId);
            user.put("Arn", arn);
            record.put("AssumedRoleUser", user);
        }
        files.write(key, record);
    }

    /**
     * botocore's assume-role cache key: SHA-1 of {@code json.dumps(args, sort_keys=True)} of the AssumeRole
     * arguments ({@code RoleArn}, and when configured {@code RoleSessionName}, {@code ExternalId},
     * {@code SerialNumber}, {@code DurationSeconds}).
     */
    public static String assumeRoleKey(Map<String, Object> assumeRoleArguments) {
        return CacheKeys.sha1(PythonJson.SORTED.dumps(assumeRoleArguments));
    }

    /**
     * botocore's {@code strftime('%Y-%m-%dT%H:%M:%S%Z')} of an assume-role {@code Expiration} ({@code ...UTC}); in a
     * holder, so reading SSO role credentials does not build it (a pattern parse, ~2 ms before the JIT).
     */
    private static final class AssumeRoleExpiration {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'UTC'").withZone(ZoneOffset.UTC);
    }
}
