package dev.ssocli.emulator.state;

import java.security.SecureRandom;
import java.util.Base64;

/** Generates the opaque identifiers and secrets the emulator hands out, shaped like the real ones. */
public final class Identifiers {
    /** Consonants and digits that cannot be confused, as in the user codes the real service prints. */
    private static final String USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random = new SecureRandom();

    /** A URL-safe random string of {@code bytes} random bytes, after {@code prefix}. */
    public String opaque(String prefix, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@code XXXX-XXXX}. */
    public String userCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(USER_CODE_ALPHABET.charAt(random.nextInt(USER_CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A temporary access key id: {@code ASIA} and 16 upper-case characters, 20 in all. */
    public String accessKeyId() {
        StringBuilder id = new StringBuilder("ASIA");
        for (int i = 0; i < 16; i++) {
            id.append(KEY_ID_ALPHABET.charAt(random.nextInt(KEY_ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** A 40-character secret access key. */
    public String secretAccessKey() {
        byte[] b = new byte[30];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /** A long session token in the base64 alphabet, as STS session tokens are. */
    public String sessionToken() {
        byte[] b = new byte[300];
        random.nextBytes(b);
        return "IQoJb3JpZ2luX2Vj" + Base64.getEncoder().encodeToString(b);
    }
}
