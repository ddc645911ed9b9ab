package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.service.SsoPortalOperations;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws sso get-role-credentials}. */
@Command(name = "get-role-credentials", description = "Returns the STS short-term credentials for a given role name "
        + "that is assigned to the user.")
public final class SsoGetRoleCredentialsCommand extends LeafCommand {
    @Option(names = "--role-name", paramLabel = "<value>", description = "The friendly name of the role that is "
            + "assigned to the user.")
    String roleName;

    @Option(names = "--account-id", paramLabel = "<value>", description = "The identifier for the AWS account that "
            + "is assigned to the user.")
    String accountId;

    @Option(names = "--access-token", paramLabel = "<value>", description = "The token issued by the CreateToken "
            + "API call. Without it, the token cached for the profile's SSO configuration is used.")
    String accessToken;

    public SsoGetRoleCredentialsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        try (ServiceSession session = new ServiceSession(ctx, SessionFlags.of(globals(), ctx))) {
            PortalOptions.requireAll(session, "--role-name", roleName, "--account-id", accountId, "--access-token",
                    accessToken);
            Map<String, Object> response = new SsoPortalOperations(session, accessToken)
                    .getRoleCredentials(roleName, accountId);
            ServiceOutput.printer(ctx, globals(), session).print("GetRoleCredentials", response);
        }
        return ExitCodes.OK;
    }
}
