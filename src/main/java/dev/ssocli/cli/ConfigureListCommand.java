package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure list}. */
@Command(name = "list", description = "List the AWS CLI configuration data.")
public final class ConfigureListCommand extends LeafCommand {
    public ConfigureListCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure list is not available yet");
    }
}
