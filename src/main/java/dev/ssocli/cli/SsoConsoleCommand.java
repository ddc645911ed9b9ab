package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.ConsoleLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws sso console}: an addition to the AWS CLI; the access portal's console link for a profile's role. */
@Command(name = "console", description = "Opens the AWS access portal's console link for the profile's account and "
        + "role (START_URL/#/console?account_id=...&role_name=...), and prints it. The portal signs you in with your "
        + "portal session: no network call here, no credentials in the URL. Not in the AWS CLI.")
public final class SsoConsoleCommand extends LeafCommand {
    @Option(names = "--destination", paramLabel = "<url>",
            description = "The console page to land on, e.g. https://console.aws.amazon.com/s3/home.")
    String destination;

    @Option(names = "--no-browser", description = "Only print the link; do not open a browser.")
    boolean noBrowser;

    public SsoConsoleCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        AwsConfig config = AwsConfig.load(ctx.paths());
        String link = ConsoleLink.forProfile(config, ProfileName.resolve(globals().profile, ctx.env()), destination);
        ctx.console().out().println(link);
        ctx.console().out().flush();
        if (!noBrowser && !ctx.browser().open(link)) {
            ctx.console().err().println("Unable to open a browser: open the link above.");
        }
        return ExitCodes.OK;
    }
}
