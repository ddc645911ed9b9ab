package dev.ssocli.sso;

import dev.ssocli.errors.GeneralException;

/** botocore's {@code PendingAuthorizationExpiredError} in current CLI v2 wording: the login took too long (exit 255). */
public final class PendingAuthorizationExpiredException extends GeneralException {
    private static final long serialVersionUID = 1L;

    public PendingAuthorizationExpiredException(Throwable cause) {
        super("The pending authorization to retrieve an SSO token has expired. "
                + "The login flow to retrieve an SSO token must be restarted.", cause);
    }
}
