package dev.ssocli.cli;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.runtime.CliContext;

/** The global options that shape SDK clients, turned into {@link ClientOptions} ({@code --ca-bundle} > {@code AWS_CA_BUNDLE}). */
final class ClientFlags {
    private ClientFlags() {
    }

    static ClientOptions of(GlobalOptions globals, CliContext ctx) {
        // Set but empty counts: botocore refuses it (ClientOptions.requireUsableCaBundle).
        String caBundle = globals.caBundle != null ? globals.caBundle : ctx.env().get("AWS_CA_BUNDLE");
        return ClientOptions.fromFlags(globals.cliConnectTimeout, globals.cliReadTimeout, globals.noVerifySsl,
                caBundle);
    }
}
