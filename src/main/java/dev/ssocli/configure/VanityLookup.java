package dev.ssocli.configure;

import dev.ssocli.runtime.DebugLog;
import dev.ssocli.sso.StartUrlResolver;
import java.util.Optional;

/**
 * The configure wizards' optional start-URL lookup ({@code configure/sso_commands.py}): only for a host AWS does not
 * own, without a configured region; any failure is logged at debug level and the region is then prompted for.
 */
final class VanityLookup {
    private static final String LOGGER = "awscli.customizations.configure.sso_commands";

    private VanityLookup() {
    }

    static Optional<StartUrlResolver.Resolution> tryResolve(StartUrlResolver resolver, String startUrl) {
        if (startUrl == null || !StartUrlResolver.isVanity(startUrl)) {
            return Optional.empty();
        }
        try {
            return Optional.of(resolver.resolve(startUrl, null));
        } catch (RuntimeException e) {
            DebugLog.debug(LOGGER, "Failed to resolve vanity URL '" + startUrl + "': " + e.getMessage()
                    + ". Falling back to region prompt.");
            return Optional.empty();
        }
    }
}
