package dev.ssocli.aws;

import dev.ssocli.errors.GeneralException;

/**
 * The members a response must have before anything is built or cached from it. botocore indexes the parsed response
 * ({@code response['expiresIn']}), so an answer without one fails with the key as a Python {@code KeyError} prints it,
 * {@code 'expiresIn'} (exit 255), and nothing is written.
 */
public final class ResponseKeys {
    private ResponseKeys() {
    }

    /** {@code value}, or the CLI's error naming {@code key} when the response had no such member. */
    public static <T> T require(T value, String key) {
        if (value == null) {
            throw new GeneralException("'" + key + "'");
        }
        return value;
    }
}
