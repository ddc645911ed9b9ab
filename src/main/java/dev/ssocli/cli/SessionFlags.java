package dev.ssocli.cli;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.SessionOptions;

/** The global options of a service command, as a {@link SessionOptions}. */
final class SessionFlags {
    private SessionFlags() {
    }

    static SessionOptions of(GlobalOptions globals, CliContext ctx) {
        ClientOptions client = ClientFlags.of(globals, ctx);
        // The service commands make their client before they look for credentials or a region.
        client.requireUsableCaBundle();
        return new SessionOptions(globals.profile, globals.region, globals.endpointUrl, globals.noSignRequest, client);
    }
}
