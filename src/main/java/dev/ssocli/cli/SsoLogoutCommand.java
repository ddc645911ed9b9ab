package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.SsoLogout;
import dev.ssocli.sso.SsoServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws sso logout}. */
@Command(name = "logout", description = "Removes all cached AWS IAM Identity Center access tokens and any cached "
        + "temporary AWS credentials retrieved with SSO access tokens across all profiles. With --sso-session, only "
        + "that session's token and the credentials derived from it are removed.")
public final class SsoLogoutCommand extends LeafCommand {
    @Option(names = "--sso-session", paramLabel = "<value>",
            description = "Log out of this SSO session only: its access token is revoked and deleted, and the "
                    + "cached role credentials of the profiles using it are deleted (not in the AWS CLI, which "
                    + "always logs out of everything).")
    String ssoSession;

    public SsoLogoutCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        try (SsoServices services = SsoServices.open(ctx, globals().profile,
                ClientFlags.of(globals(), ctx))) {
            SsoLogout logout = services.logout();
            if (ssoSession == null) {
                logout.logoutAll();
                return ExitCodes.OK;
            }
            logout.logoutSession(ssoSession, services.config());
        }
        return ExitCodes.OK;
    }
}
