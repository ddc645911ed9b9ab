package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sso logout}. */
@Command(name = "logout", description = "Removes all cached AWS IAM Identity Center access tokens and role credentials.")
public final class SsoLogoutCommand extends LeafCommand {
    public SsoLogoutCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("sso logout is not available yet");
    }
}
