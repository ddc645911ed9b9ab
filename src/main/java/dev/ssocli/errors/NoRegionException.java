package dev.ssocli.errors;

/** A regional service was called with no region configured: exit 253 with the CLI's fixed text. */
public final class NoRegionException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    public NoRegionException() {
        super("You must specify a region. You can also configure your region by running \"aws configure\".");
    }
}
