package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure get}. */
@Command(name = "get", description = "Get a configuration value from the config file.")
public final class ConfigureGetCommand extends LeafCommand {
    public ConfigureGetCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure get is not available yet");
    }
}
