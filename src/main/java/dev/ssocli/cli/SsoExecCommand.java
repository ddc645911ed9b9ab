package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.ChildProcess;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.ExecEnvironment;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aws sso exec}: an addition to the AWS CLI; runs a command with a profile's credentials. */
@Command(name = "exec", description = "Runs a command with the profile's credentials and region in its environment "
        + "(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, AWS_REGION, "
        + "AWS_DEFAULT_REGION), with AWS_PROFILE and AWS_DEFAULT_PROFILE removed, and exits with its exit code. "
        + "Usage: aws sso exec --profile NAME -- COMMAND [ARGS...]. Not in the AWS CLI.")
public final class SsoExecCommand extends LeafCommand {
    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments, after --.")
    List<String> command;

    public SsoExecCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws InterruptedException {
        Map<String, String> environment = ExecEnvironment.of(ctx, SessionFlags.of(globals(), ctx));
        ctx.console().out().flush();
        try {
            return ChildProcess.run(command, environment);
        } catch (IOException e) {
            throw new GeneralException("Unable to run " + command.get(0) + ": " + reason(e));
        }
    }

    /** The OS's reason without Java's "Cannot run program" wrapping, e.g. "No such file or directory". */
    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int detail = message.lastIndexOf(", ");
        return detail >= 0 ? message.substring(detail + 2) : message;
    }
}
