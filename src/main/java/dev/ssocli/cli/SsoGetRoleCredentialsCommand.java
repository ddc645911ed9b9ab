package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sso get-role-credentials}. */
@Command(name = "get-role-credentials", description = "Returns the STS short-term credentials for a given role name.")
public final class SsoGetRoleCredentialsCommand extends LeafCommand {
    public SsoGetRoleCredentialsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        throw new GeneralException("sso get-role-credentials is not available yet");
    }
}
