package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.configure.ConfigSetTarget;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.CliContext;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aws configure set VARNAME VALUE}: edits one key of the config or credentials file, silently
 * (docs/cli-surface.md#configure-set).
 */
@Command(name = "set", description = "Set a configuration value in the config file.")
public final class ConfigureSetCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "varname", description = "The name of the config value to set.")
    String varname;

    @Parameters(index = "1", paramLabel = "value", description = "The value to set.")
    String value;

    @Mixin
    SubSectionOptions subSection = new SubSectionOptions();

    public ConfigureSetCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        // The CLI parses both files before any command runs, so a malformed file is reported, never edited.
        AwsConfig.load(ctx.paths());
        ProfileName profile = ProfileName.resolve(globals().profile, ctx.env());
        ConfigSetTarget target = ConfigSetTarget.resolve(varname, profile,
                subSection.toSubSection());
        ConfigFileWriter writer = new ConfigFileWriter(target.credentialsFile() ? ctx.paths().credentialsFile()
                : ctx.paths().configFile());
        if (target.subKey() != null) {
            writer.updateSubProperties(target.section(), target.key(), Map.of(target.subKey(), value));
        } else {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(target.key(), value);
            writer.update(target.section(), values);
        }
        return ExitCodes.OK;
    }
}
