package dev.ssocli.runtime;

/** Opens a URL for the user; a failure to open is reported as false, never thrown. */
@FunctionalInterface
public interface BrowserLauncher {
    boolean open(String url);
}
