package dev.ssocli.errors;

/** The configured pager cannot be started: exit 253, reported with the error code {@code Pager}. */
public final class PagerException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    public PagerException(String message, Throwable cause) {
        super(message, cause);
    }
}
