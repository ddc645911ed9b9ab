package dev.ssocli.cli;

import dev.ssocli.output.CliPaginator;
import dev.ssocli.output.PaginationArgs;
import dev.ssocli.output.PaginatorConfig;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.service.SsoPortalOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aws sso list-account-roles}. */
@Command(name = "list-account-roles", description = "Lists all roles that are assigned to the user for a given AWS "
        + "account.")
public final class SsoListAccountRolesCommand extends LeafCommand {
    @Option(names = "--access-token", paramLabel = "<value>", description = "The token issued by the CreateToken "
            + "API call. Without it, the token cached for the profile's SSO configuration is used.")
    String accessToken;

    @Option(names = "--account-id", paramLabel = "<value>", description = "The identifier for the AWS account that "
            + "is assigned to the user.")
    String accountId;

    @Mixin
    PagingOptions paging = new PagingOptions();

    public SsoListAccountRolesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean isServiceOperation() {
        return true;
    }

    @Override
    protected int run() {
        PaginationArgs args = paging.args(globals().noPaginate, ctx.console().err());
        try (ServiceSession session = new ServiceSession(ctx, SessionFlags.of(globals(), ctx))) {
            PortalOptions.requireAll(session, "--access-token", accessToken, "--account-id", accountId);
            PortalOptions.checkNoPaginate(args);
            SsoPortalOperations portal = new SsoPortalOperations(session, accessToken);
            portal.connect();
            CliPaginator.printPaginated(PaginatorConfig.SSO_LIST_ACCOUNT_ROLES,
                    paging.fetcher((token, size) -> portal.listAccountRoles(accountId, token, size)), args,
                    ServiceOutput.printer(ctx, globals(), session));
        }
        return ExitCodes.OK;
    }
}
