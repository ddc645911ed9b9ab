package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.configure.ConfigGet;
import dev.ssocli.config.ProfileName;
import dev.ssocli.config.SubSection;
import dev.ssocli.errors.QuietExit;
import dev.ssocli.runtime.CliContext;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code aws configure get VARNAME}: prints a raw file value; exit 1 and no output when there is none
 * (docs/cli-surface.md#configure-get).
 */
@Command(name = "get", description = "Get a configuration value from the config file.")
public final class ConfigureGetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "varname", description = "The name of the config value to retrieve.")
    String varname;

    @Mixin
    SubSectionOptions subSection = new SubSectionOptions();

    public ConfigureGetCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        AwsConfig config = AwsConfig.load(ctx.paths());
        ProfileName profile = ProfileName.resolve(globals().profile, ctx.env());
        Optional<Object> value = ConfigGet.lookup(config, varname, profile,
                subSection.toSubSection());
        if (value.isPresent() && value.get() instanceof String text) {
            ctx.console().out().print(text + "\n");
            return ExitCodes.OK;
        }
        if (value.isPresent() && value.get() instanceof Map) {
            throw new QuietExit(1, "varname (" + varname + ") must reference a value, not a section or sub-section.");
        }
        return 1;
    }
}
