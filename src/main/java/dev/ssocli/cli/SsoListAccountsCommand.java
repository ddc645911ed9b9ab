package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sso list-accounts}. */
@Command(name = "list-accounts", description = "Lists all AWS accounts assigned to the user.")
public final class SsoListAccountsCommand extends LeafCommand {
    public SsoListAccountsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        throw new GeneralException("sso list-accounts is not available yet");
    }
}
