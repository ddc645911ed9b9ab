package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure export-credentials}. */
@Command(name = "export-credentials", description = "Export credentials in various formats.")
public final class ConfigureExportCredentialsCommand extends LeafCommand {
    public ConfigureExportCredentialsCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("configure export-credentials is not available yet");
    }
}
