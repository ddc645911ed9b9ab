package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.service.StsOperations;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code aws sts get-caller-identity}. */
@Command(name = "get-caller-identity", description = "Returns details about the IAM user or role whose credentials are "
        + "used to call the operation.")
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
        try (ServiceSession session = new ServiceSession(ctx, SessionFlags.of(globals(), ctx))) {
            Map<String, Object> response = StsOperations.getCallerIdentity(session);
            ServiceOutput.printer(ctx, globals(), session).print("GetCallerIdentity", response);
        }
        return ExitCodes.OK;
    }
}
