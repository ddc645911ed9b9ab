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

/** {@code aws sso list-accounts}. */
@Command(name = "list-accounts", description = "Lists all AWS accounts assigned to the user. These AWS accounts are "
        + "assigned by the administrator of the account.")
public final class SsoListAccountsCommand extends LeafCommand {
    @Option(names = "--access-token", paramLabel = "<value>", description = "The token issued by the CreateToken "
            + "API call. Without it, the token cached for the profile's SSO configuration is used.")
    String accessToken;

    @Mixin
    PagingOptions paging = new PagingOptions();

    public SsoListAccountsCommand(CliContext ctx) {
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
            PortalOptions.requireAll(session, "--access-token", accessToken);
            PortalOptions.checkNoPaginate(args);
            SsoPortalOperations portal = new SsoPortalOperations(session, accessToken);
            portal.connect();
            CliPaginator.printPaginated(PaginatorConfig.SSO_LIST_ACCOUNTS, paging.fetcher(portal::listAccounts), args,
                    ServiceOutput.printer(ctx, globals(), session));
        }
        return ExitCodes.OK;
    }
}
