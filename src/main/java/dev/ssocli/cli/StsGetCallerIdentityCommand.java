package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sts get-caller-identity}. */
@Command(name = "get-caller-identity", description = "Returns details about the IAM user or role whose credentials are used to call the operation.")
public final class StsGetCallerIdentityCommand extends LeafCommand {
    public StsGetCallerIdentityCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        throw new GeneralException("sts get-caller-identity is not available yet");
    }
}
