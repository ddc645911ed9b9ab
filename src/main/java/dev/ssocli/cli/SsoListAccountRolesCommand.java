package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sso list-account-roles}. */
@Command(name = "list-account-roles", description = "Lists all roles that are assigned to the user for a given AWS account.")
public final class SsoListAccountRolesCommand extends LeafCommand {
    public SsoListAccountRolesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        throw new GeneralException("sso list-account-roles is not available yet");
    }
}
