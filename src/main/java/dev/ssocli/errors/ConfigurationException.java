package dev.ssocli.errors;

/** The configuration or environment is invalid (missing SSO settings, no credentials, recursion guard): exit 253. */
public class ConfigurationException extends CliException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
