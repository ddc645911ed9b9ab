package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure sso}. */
@Command(name = "sso", description = "Configures a profile to use IAM Identity Center (SSO).")
public final class ConfigureSsoCommand extends LeafCommand {
    public ConfigureSsoCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure sso is not available yet");
    }
}
