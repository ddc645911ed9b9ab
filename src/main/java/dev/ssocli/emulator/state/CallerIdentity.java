package dev.ssocli.emulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What sts:GetCallerIdentity reports for a set of credentials. */
public record CallerIdentity(String account, String arn, String userId) {
    private static final String ROLE_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /**
     * The identity of IAM Identity Center role credentials: the role IAM Identity Center provisions for a permission
     * set is {@code AWSReservedSSO_<permission set>_<16 hex>}, and the session name is the user's name (issue 3).
     * The hex suffix and role id are stable per account and role, as they are in AWS.
     */
    public static CallerIdentity ssoRole(String account, String permissionSet, String userEmail) {
        String roleName = "AWSReservedSSO_" + permissionSet + "_"
                + HexFormat.of().formatHex(digest("sso:" + account + ":" + permissionSet), 0, 8);
        return assumedRole(account, roleName, userEmail);
    }

    /** The identity of credentials from sts:AssumeRole of {@code arn:aws:iam::<account>:role/<path/>name}. */
    public static CallerIdentity assumedRole(String account, String roleName, String sessionName) {
        return new CallerIdentity(account,
                "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + sessionName,
                roleId(account, roleName) + ":" + sessionName);
    }

    /** {@code AROA} and 17 characters, derived from the role so that it is stable. */
    private static String roleId(String account, String roleName) {
        byte[] digest = digest("role:" + account + ":" + roleName);
        StringBuilder id = new StringBuilder("AROA");
        for (int i = 0; i < 17; i++) {
            id.append(ROLE_ID_ALPHABET.charAt((digest[i] & 0xff) % ROLE_ID_ALPHABET.length()));
        }
        return id.toString();
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
