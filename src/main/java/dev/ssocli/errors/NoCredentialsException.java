package dev.ssocli.errors;

/** No credential source produced credentials: exit 253 with the CLI's fixed text. */
public final class NoCredentialsException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    public NoCredentialsException() {
        super("Unable to locate credentials. You can configure credentials by running \"aws login\".");
    }
}
