package dev.ssocli.errors;

/**
 * The service answered with an error: exit 254,
 * {@code An error occurred (Code) when calling the Operation operation: Message}.
 */
public final class ServiceException extends CliException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;
    private final String operation;

    public ServiceException(String errorCode, String operation, String serviceMessage, Throwable cause) {
        super("An error occurred (" + errorCode + ") when calling the " + operation + " operation: "
                + (serviceMessage == null ? "Unknown" : serviceMessage), cause);
        this.errorCode = errorCode;
        this.operation = operation;
    }

    public String errorCode() {
        return errorCode;
    }

    public String operation() {
        return operation;
    }
}
