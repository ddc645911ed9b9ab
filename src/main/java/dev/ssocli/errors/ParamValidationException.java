package dev.ssocli.errors;

/** A parameter value is invalid (`Parameter validation failed`, a bad `--query`, a bad `--endpoint-url`): exit 252. */
public class ParamValidationException extends CliException {
    private static final long serialVersionUID = 1L;

    public ParamValidationException(String message) {
        super(message);
    }

    public ParamValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
