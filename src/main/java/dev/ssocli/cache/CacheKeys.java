package dev.ssocli.cache;

import dev.ssocli.python.PythonJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file names botocore and the AWS CLI give their cache entries: lower-case SHA-1 hex
 * (docs/file-formats.md#token-cache, #client-registration-cache, #role-credential-cache).
 */
public final class CacheKeys {
    private CacheKeys() {
    }

    /** Token cache: the sso-session name, or for legacy profiles the start URL exactly as configured. */
    public static String token(String sessionNameOrStartUrl) {
        return sha1(sessionNameOrStartUrl);
    }

    /**
     * Client registration: {@code json.dumps(sort_keys=True)} of tool, start URL, region, the configured scopes
     * (null when none are configured) and the session name (null for legacy profiles).
     */
    public static String registration(String startUrl, String region, List<String> scopes, String sessionName) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("tool", "botocore");
        args.put("startUrl", startUrl);
        args.put("region", region);
        args.put("scopes", scopes);
        args.put("session_name", sessionName);
        return sha1(PythonJson.SORTED.dumps(args));
    }

    /**
     * Role credentials in {@code ~/.aws/cli/cache}: compact sorted JSON of role, account and either the session name
     * or (legacy profiles, {@code sessionName} null) the start URL.
     */
    public static String roleCredentials(String roleName, String accountId, String sessionName, String startUrl) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("roleName", roleName);
        args.put("accountId", accountId);
        if (sessionName != null) {
            args.put("sessionName", sessionName);
        } else {
            args.put("startUrl", startUrl);
        }
        return sha1(PythonJson.SORTED_COMPACT.dumps(args));
    }

    static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JVM", e);
        }
    }
}
