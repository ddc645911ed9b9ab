package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure set}. */
@Command(name = "set", description = "Set a configuration value in the config file.")
public final class ConfigureSetCommand extends LeafCommand {
    public ConfigureSetCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure set is not available yet");
    }
}
