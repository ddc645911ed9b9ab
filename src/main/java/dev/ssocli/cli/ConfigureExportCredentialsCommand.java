package dev.ssocli.cli;

import dev.ssocli.creds.ExportFormat;
import dev.ssocli.errors.UsageException;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.CredentialExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws configure export-credentials}. */
@Command(name = "export-credentials", description = "Export credentials in various formats. This command will "
        + "retrieve AWS credentials using the AWS CLI's credential resolution process and display the credentials in "
        + "the specified --format. By default, the output format is process, which is a JSON format that's expected "
        + "by the credential process feature supported by the AWS SDKs and Tools. This command ignores the global "
        + "--query and --output options.")
public final class ConfigureExportCredentialsCommand extends LeafCommand {
    @Option(names = "--format", paramLabel = "<value>", defaultValue = "process",
            description = "The output format to display credentials. Defaults to process: process, env, "
                    + "env-no-export, powershell, windows-cmd, fish.")
    String format;

    public ConfigureExportCredentialsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        ExportFormat chosen = ExportFormat.of(format);
        if (chosen == null) {
            throw new UsageException(UsageText.invalidChoice("--format", format, ExportFormat.choices()));
        }
        String text = CredentialExport.export(ctx, SessionFlags.of(globals(), ctx), chosen);
        ctx.console().out().print(text);
        return ExitCodes.OK;
    }
}
