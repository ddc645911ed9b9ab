package dev.ssocli.runtime;

import java.util.Optional;

/** Opens a URL for the user; a failure to open is reported as false, never thrown. */
@FunctionalInterface
public interface BrowserLauncher {
    boolean open(String url);

    /**
     * Why no browser on this machine can be expected to open a URL and reach a {@code 127.0.0.1} callback (e.g. an
     * SSH session without a display), or empty when one can: then the loopback PKCE login cannot complete here.
     */
    default Optional<String> whyNoLocalBrowser() {
        return Optional.empty();
    }
}
