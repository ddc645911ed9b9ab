package dev.ssocli.emulator.http;

/**
 * A service error as AWS reports it: HTTP status, error type (the exception name clients map) and message.
 * Each {@link Protocol} renders it the way its real service does.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorType;

    public ApiException(int status, String errorType, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorType = errorType;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }
}
