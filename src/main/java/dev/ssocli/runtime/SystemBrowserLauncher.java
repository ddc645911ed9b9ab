package dev.ssocli.runtime;

/** Opens URLs the way Python's {@code webbrowser} does: {@code $BROWSER} first, then the platform opener. */
public final class SystemBrowserLauncher implements BrowserLauncher {
    private final Environment env;

    public SystemBrowserLauncher(Environment env) {
        this.env = env;
    }

    @Override
    public boolean open(String url) {
        return false;
    }
}
