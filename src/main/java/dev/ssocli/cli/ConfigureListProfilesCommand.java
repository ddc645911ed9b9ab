package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.runtime.CliContext;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code aws configure list-profiles}: one profile name per line (docs/cli-surface.md#configure-list-profiles). */
@Command(name = "list-profiles", description = "List the profiles available to the AWS CLI.")
public final class ConfigureListProfilesCommand extends LeafCommand {
    public ConfigureListProfilesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        PrintStream out = ctx.console().out();
        for (String profile : AwsConfig.load(ctx.paths()).profileNames()) {
            out.print(profile + "\n");
        }
        return ExitCodes.OK;
    }
}
