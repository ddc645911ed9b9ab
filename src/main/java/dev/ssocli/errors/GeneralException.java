package dev.ssocli.errors;

/** Any other failure the CLI reports with a message (missing profile, SSO token errors, connection errors): exit 255. */
public class GeneralException extends CliException {
    private static final long serialVersionUID = 1L;

    public GeneralException(String message) {
        super(message);
    }

    public GeneralException(String message, Throwable cause) {
        super(message, cause);
    }
}
