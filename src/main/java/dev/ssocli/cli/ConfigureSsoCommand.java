package dev.ssocli.cli;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.InterruptNewline;
import dev.ssocli.configure.ConfigureSsoWizard;
import dev.ssocli.sso.ProfileEndpoints;
import dev.ssocli.sso.SsoServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aws configure sso}, with a flag for every answer so scripts need no prompts. */
@Command(name = "sso", description = {
        "Interactively prompts for the configuration values required to create a profile that sources temporary "
                + "AWS credentials from AWS IAM Identity Center. To keep an existing value, hit enter when prompted "
                + "for the value; the current value is displayed in [brackets]. With --profile the named profile is "
                + "created or updated, otherwise the profile name is prompted for.",
        "",
        "For scripts, every answer can be given as an option (not in the AWS CLI): with all of them present nothing "
                + "is asked. When an answer is missing and standard input is not a terminal, a line is read from "
                + "it; at its end the command fails naming the option to pass."})
public final class ConfigureSsoCommand extends LeafCommand {
    @Option(names = "--no-browser",
            description = "Disables automatically opening the verification URL in the default browser.")
    boolean noBrowser;

    @Option(names = "--use-device-code", description = "Uses the Device Code authorization grant and login flow "
            + "instead of the Authorization Code flow.")
    boolean useDeviceCode;

    @Option(names = "--sso-session-name", paramLabel = "<value>", description = "Answer to \"SSO session name\": an "
            + "existing or new [sso-session] name; an empty value selects the legacy format (no session).")
    String sessionName;

    @Option(names = "--sso-start-url", paramLabel = "<value>",
            description = "Answer to \"SSO start URL\" (new session or legacy format).")
    String startUrl;

    @Option(names = "--sso-region", paramLabel = "<value>",
            description = "Answer to \"SSO region\" (new session or legacy format).")
    String ssoRegion;

    @Option(names = "--sso-registration-scopes", paramLabel = "<value>",
            description = "Answer to \"SSO registration scopes\", comma-separated (new session only; default "
                    + "sso:account:access).")
    String registrationScopes;

    @Option(names = "--account-id", paramLabel = "<value>",
            description = "The AWS account to use; must be one of the accounts available to you.")
    String accountId;

    @Option(names = "--role-name", paramLabel = "<value>",
            description = "The role to use; must be one of the roles available to you in that account.")
    String roleName;

    @Option(names = "--default-region", paramLabel = "<value>",
            description = "Answer to \"Default client Region\" (the profile's region); empty keeps the current one.")
    String defaultRegion;

    @Option(names = "--default-output", paramLabel = "<value>", description = "Answer to \"CLI default output "
            + "format\" (the profile's output); empty keeps the current one.")
    String defaultOutput;

    public ConfigureSsoCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        ProfileName profile = ProfileName.resolve(globals().profile, ctx.env());
        AwsConfig config = AwsConfig.load(ctx.paths());
        // configure sso resets the session's profile, so endpoint settings come from [default]
        // (docs/wire-protocols.md#configured-endpoint-overrides)
        try (SsoServices services = SsoServices.open(ctx, config, profile, ProfileEndpoints.of(config, "default"),
                ClientFlags.of(globals(), ctx)); InterruptNewline newline = InterruptNewline.on(ctx.console().out())) {
            new ConfigureSsoWizard(services, ctx.console(), new ConfigFileWriter(ctx.paths().configFile()))
                    .run(profile, new ConfigureSsoWizard.Answers(sessionName, startUrl, ssoRegion,
                                    registrationScopes, accountId, roleName, defaultRegion, defaultOutput),
                            new ConfigureSsoWizard.LoginChoices(noBrowser, useDeviceCode));
        }
        return ExitCodes.OK;
    }
}
