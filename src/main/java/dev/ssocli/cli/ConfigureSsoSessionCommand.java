package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure sso-session}. */
@Command(name = "sso-session", description = "Configures an [sso-session] section.")
public final class ConfigureSsoSessionCommand extends LeafCommand {
    public ConfigureSsoSessionCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure sso-session is not available yet");
    }
}
