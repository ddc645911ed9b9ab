package dev.ssocli.cli;

import dev.ssocli.config.ProfileName;
import dev.ssocli.errors.UsageException;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.SsoConfigResolver;
import dev.ssocli.sso.SsoLogout;
import dev.ssocli.sso.SsoServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aws sso logout}. With no flag it is the AWS CLI's sweep, silent as in the CLI; {@code --sso-session},
 * {@code --profile} (given on the command line) and {@code --all} are additions, and report on stderr what they
 * removed.
 */
@Command(name = "logout", description = "Removes all cached AWS IAM Identity Center access tokens and any cached "
        + "temporary AWS credentials retrieved with SSO access tokens across all profiles. With --sso-session or "
        + "--profile (additions, not in the AWS CLI, which always logs out of everything), only that session's or "
        + "profile's token and the credentials derived from it are removed; --all names the default sweep. The "
        + "additions report on stderr what they removed.")
public final class SsoLogoutCommand extends LeafCommand {
    @Option(names = "--sso-session", paramLabel = "<value>",
            description = "Log out of this SSO session only: its access token is revoked and deleted, and the "
                    + "cached role credentials of the profiles using it are deleted.")
    String ssoSession;

    @Option(names = "--all", description = "Log out of everything (the default): every cached token is revoked and "
            + "deleted, and every cached SSO role credential is deleted.")
    boolean all;

    public SsoLogoutCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        String profileFlag = globals().profile;
        boolean profileGiven = profileFlag != null && !profileFlag.isEmpty();
        if (all && (ssoSession != null || profileGiven) || ssoSession != null && profileGiven) {
            throw new UsageException("only one of --all, --sso-session and --profile may be given");
        }
        try (SsoServices services = SsoServices.open(ctx, profileFlag, ClientFlags.of(globals(), ctx))) {
            SsoLogout logout = services.logout();
            if (ssoSession != null) {
                logout.logoutSession(ssoSession, services.config());
            } else if (profileGiven) {
                ProfileName profile = ProfileName.resolve(profileFlag, ctx.env());
                logout.logout(SsoConfigResolver.forLogin(services.config(), profile, null), services.config());
            } else {
                logout.logoutAll();
                if (!all) {
                    return ExitCodes.OK;
                }
            }
            report(logout);
        }
        return ExitCodes.OK;
    }

    private void report(SsoLogout logout) {
        if (logout.removed().isEmpty()) {
            ctx.console().err().print("Nothing to remove: no cached token or role credentials\n");
        }
        for (String line : logout.removed()) {
            ctx.console().err().print(line + "\n");
        }
    }
}
