package dev.ssocli.cli;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.runtime.CliContext;

/** The global options that shape SDK clients, turned into {@link ClientOptions} ({@code --ca-bundle} > {@code AWS_CA_BUNDLE}). */
final class ClientFlags {
    private ClientFlags() {
    }

    static ClientOptions of(GlobalOptions globals, CliContext ctx) {
        String caBundle = globals.caBundle != null ? globals.caBundle
                : ctx.env().nonEmpty("AWS_CA_BUNDLE").orElse(null);
        return ClientOptions.fromFlags(globals.cliConnectTimeout, globals.cliReadTimeout, globals.noVerifySsl,
                caBundle);
    }
}
