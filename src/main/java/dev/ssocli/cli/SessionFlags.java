package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.SessionOptions;

/** The global options of a service command, as a {@link SessionOptions}. */
final class SessionFlags {
    private SessionFlags() {
    }

    static SessionOptions of(GlobalOptions globals, CliContext ctx) {
        return new SessionOptions(globals.profile, globals.region, globals.endpointUrl, globals.noSignRequest,
                ClientFlags.of(globals, ctx));
    }
}
