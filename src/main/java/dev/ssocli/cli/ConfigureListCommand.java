package dev.ssocli.cli;

import dev.ssocli.config.ConfigList;
import dev.ssocli.config.CredentialSource;
import dev.ssocli.config.FileCredentialSource;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure list}: where the profile, keys and region come from (cli-surface.md §10.1). */
@Command(name = "list", description = "List the AWS CLI configuration data.")
public final class ConfigureListCommand extends LeafCommand {
    public ConfigureListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        new ConfigList(ctx.paths(), ctx.env(), credentialSource()).print(ctx.console().out(), globals().profile,
                globals().region);
        return ExitCodes.OK;
    }

    /** The credential lookup shown in the access_key/secret_key rows; the full chain replaces the file-only one. */
    private CredentialSource credentialSource() {
        return new FileCredentialSource(ctx.env());
    }
}
