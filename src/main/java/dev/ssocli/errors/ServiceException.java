package dev.ssocli.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service answered with an error: exit 254,
 * {@code An error occurred (Code) when calling the Operation operation: Message}.
 */
public final class ServiceException extends CliException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;
    private final String operation;
    private final String serviceMessage;
    private final transient Map<String, Object> errorDocument;

    public ServiceException(String errorCode, String operation, String serviceMessage, Throwable cause) {
        this(errorCode, operation, 0, serviceMessage, null, cause);
    }

    /**
     * A service error after the retries ran out: botocore then says {@code operation (reached max retries: N): }.
     *
     * @param exhaustedRetries the retries made when the limit was reached, else 0
     */
    public ServiceException(String errorCode, String operation, int exhaustedRetries, String serviceMessage,
                            Map<String, Object> errorDocument, Throwable cause) {
        super("An error occurred (" + errorCode + ") when calling the " + operation + " operation"
                + (exhaustedRetries > 0 ? " (reached max retries: " + exhaustedRetries + ")" : "") + ": "
                + (serviceMessage == null ? "Unknown" : serviceMessage), cause);
        this.errorCode = errorCode;
        this.operation = operation;
        this.serviceMessage = serviceMessage == null ? "Unknown" : serviceMessage;
        if (errorDocument == null) {
            errorDocument = new LinkedHashMap<>();
            errorDocument.put("Code", errorCode);
            errorDocument.put("Message", this.serviceMessage);
        }
        this.errorDocument = Collections.unmodifiableMap(new LinkedHashMap<>(errorDocument));
    }

    /** What the structured error formats print: {@code Code}, {@code Message} and the error's modeled members. */
    public Map<String, Object> errorDocument() {
        return errorDocument;
    }

    public String errorCode() {
        return errorCode;
    }

    public String operation() {
        return operation;
    }

    /** The service's own message ({@code Unknown} when it sent none): the {@code Message} of structured errors. */
    public String serviceMessage() {
        return serviceMessage;
    }
}
