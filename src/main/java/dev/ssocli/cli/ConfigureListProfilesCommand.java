package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure list-profiles}. */
@Command(name = "list-profiles", description = "List the profiles available to the AWS CLI.")
public final class ConfigureListProfilesCommand extends LeafCommand {
    public ConfigureListProfilesCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure list-profiles is not available yet");
    }
}
