package dev.ssocli.cli;

import dev.ssocli.configure.ConfigList;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure list}: where the profile, keys and region come from (docs/cli-surface.md#configure-list). */
@Command(name = "list", description = "List the AWS CLI configuration data.")
public final class ConfigureListCommand extends LeafCommand {
    public ConfigureListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        new ConfigList(ctx, SessionFlags.of(globals(), ctx)).print(ctx.console().out());
        return ExitCodes.OK;
    }
}
