package dev.ssocli.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE verifier and its S256 challenge as botocore makes them
 * (docs/wire-protocols.md#authorization-code-flow-with-pkce): 64 characters from the unreserved set, challenge =
 * base64url(SHA-256(verifier)) without padding. {@link #toString()} shows neither.
 *
 * @param verifier the code verifier (sent with CreateToken)
 * @param challenge the code challenge (sent in the authorize URL)
 */
record Pkce(String verifier, String challenge) {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final int VERIFIER_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    static Pkce generate() {
        StringBuilder verifier = new StringBuilder(VERIFIER_LENGTH);
        for (int i = 0; i < VERIFIER_LENGTH; i++) {
            verifier.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return of(verifier.toString());
    }

    static Pkce of(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[S256]";
    }
}
