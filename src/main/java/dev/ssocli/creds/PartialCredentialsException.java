package dev.ssocli.creds;

import dev.ssocli.errors.GeneralException;

/** botocore's {@code PartialCredentialsError}: a source has some of its keys but not all. */
final class PartialCredentialsException extends GeneralException {
    private static final long serialVersionUID = 1L;

    PartialCredentialsException(String provider, String missing) {
        super("Partial credentials found in " + provider + ", missing: " + missing);
    }
}
