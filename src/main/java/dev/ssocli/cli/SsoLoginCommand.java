package dev.ssocli.cli;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.cache.SsoToken;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.InterruptNewline;
import dev.ssocli.sso.AuthorizationPrompt;
import dev.ssocli.sso.LoginFlowChoice;
import dev.ssocli.sso.SsoConfigResolver;
import dev.ssocli.sso.SsoLogin;
import dev.ssocli.sso.SsoServices;
import dev.ssocli.sso.SsoSessionConfig;
import dev.ssocli.sso.StartUrlResolver;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws sso login}. */
@Command(name = "login", description = "Retrieves and caches an AWS IAM Identity Center access token to exchange for "
        + "AWS credentials. To login, the requested profile must have first been setup using aws configure sso. "
        + "Each time the login command is called, a new SSO access token will be retrieved.")
public final class SsoLoginCommand extends LeafCommand {
    @Option(names = "--no-browser",
            description = "Disables automatically opening the verification URL in the default browser.")
    boolean noBrowser;

    @Option(names = "--use-device-code", description = "Uses the Device Code authorization grant and login flow "
            + "instead of the Authorization Code flow.")
    boolean useDeviceCode;

    @Option(names = "--sso-session", paramLabel = "<value>",
            description = "An explicit SSO session to use to login. By default, this command will login using the "
                    + "SSO session configured as part of the requested profile and generally does not require "
                    + "this argument to be set.")
    String ssoSession;

    @Option(names = "--redirect-port", paramLabel = "<port>", description = "The port on 127.0.0.1 the browser "
            + "login's callback listens on (default: any free port; also sso_redirect_port in the sso-session), e.g. "
            + "to forward it with ssh -L PORT:127.0.0.1:PORT from the machine with the browser. Not in the AWS CLI.")
    String redirectPort;

    @Option(names = "--min-valid", paramLabel = "<duration>", description = "Only log in when needed: when the "
            + "cached token is valid for at least this long (e.g. 30m, 1h), return at once without any request; "
            + "when it can be refreshed silently, refresh it; otherwise log in. Not in the AWS CLI.")
    String minValid;

    @Option(names = "--force", description = "End the current session on the server first (its token and the role "
            + "credentials derived from it are revoked and removed), then log in, so that newly assigned accounts "
            + "and permission sets appear. Not in the AWS CLI.")
    boolean force;

    public SsoLoginCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws InterruptedException {
        ClientOptions options = ClientFlags.of(globals(), ctx);
        try (SsoServices services = SsoServices.open(ctx, globals().profile, options)) {
            SsoSessionConfig config = SsoConfigResolver.forLogin(services.config(), services.profile(), ssoSession);
            int port = LoginFlowChoice.redirectPort(redirectPort, services.config(), config);
            if (minValid != null && !force) {
                Duration wanted = DurationOption.parse("--min-valid", minValid);
                Optional<SsoToken> valid = services.tokenProvider().validFor(config, wanted);
                if (valid.isPresent()) {
                    ctx.console().err().print("Already logged into Start URL: " + config.startUrl() + " (valid until "
                            + valid.get().expiresAt().truncatedTo(ChronoUnit.SECONDS) + ")\n");
                    return ExitCodes.OK;
                }
            }
            // resolved before --force logs out, so a start URL that cannot be resolved ends nothing
            StartUrlResolver.Resolution resolved = services.startUrlResolver(services.profile().name(),
                    options.connectTimeout())
                    .resolve(config.startUrl(), config.region());
            if (force) {
                services.logout().logout(config, services.config());
            }
            AuthorizationPrompt prompt = noBrowser ? AuthorizationPrompt.printOnly(ctx.console().out())
                    : AuthorizationPrompt.openBrowser(ctx.console().out(), ctx.browser());
            prompt = prompt.onTerminal(ctx.console().stdoutIsTerminal());
            boolean deviceCode = LoginFlowChoice.useDeviceCode(useDeviceCode, port, config, ctx.browser(),
                    ctx.console().err());
            try (InterruptNewline newline = InterruptNewline.on(ctx.console().out())) {
                services.login().login(config.withRegion(resolved.region()), resolved.startUrl(),
                        new SsoLogin.Options(deviceCode, true, port), prompt);
            }
            if (!resolved.region().equals(config.region())) {
                services.saveSsoRegion(config, resolved.region());
                ctx.console().out().print("SSO region updated to " + resolved.region() + "\n");
            }
            ctx.console().out().print("Successfully logged into Start URL: " + config.startUrl() + "\n");
        }
        return ExitCodes.OK;
    }
}
