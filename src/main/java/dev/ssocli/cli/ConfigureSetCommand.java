package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.configure.ConfigSetTarget;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.CliContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Set;
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
        Path file = target.credentialsFile() ? ctx.paths().credentialsFile() : ctx.paths().configFile();
        boolean existed = Files.isRegularFile(file);
        ConfigFileWriter writer = new ConfigFileWriter(file);
        if (target.subKey() != null) {
            writer.updateSubProperties(target.section(), target.key(), Map.of(target.subKey(), value));
        } else {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(target.key(), value);
            writer.update(target.section(), values);
        }
        if (target.credentialsFile() && existed) {
            warnIfPermissive(file);
        }
        return ExitCodes.OK;
    }

    /**
     * CLI 2.36 warns after editing an existing credentials file that others may read ({@code warn_if_permissive} of
     * {@code awscli/customizations/configure}): any permission bit outside the owner's.
     */
    private void warnIfPermissive(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"))) {
                ctx.console().err().print("\naws: [WARNING]: The file '" + file + "' is accessible by other users. "
                        + "Consider running 'chmod 600 " + file + "' to restrict access to only your user.\n");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // As the CLI: no answer from stat, no warning.
        }
    }
}
