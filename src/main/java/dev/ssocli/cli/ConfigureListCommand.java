package dev.ssocli.cli;

import dev.ssocli.config.ConfigList;
import dev.ssocli.config.CredentialSource;
import dev.ssocli.config.ListedCredentials;
import dev.ssocli.creds.AwsCredentials;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws configure list}: where the profile, keys and region come from (docs/cli-surface.md#configure-list). */
@Command(name = "list", description = "List the AWS CLI configuration data.")
public final class ConfigureListCommand extends LeafCommand {
    public ConfigureListCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        new ConfigList(ctx.paths(), ctx.env(), credentialSource()).print(ctx.console().out(), globals().profile,
                globals().region);
        return ExitCodes.OK;
    }

    /**
     * The credential chain of the service commands: like the CLI, an SSO or assume-role profile is resolved for
     * real (a service call), and its failure is reported after the rows already printed.
     */
    private CredentialSource credentialSource() {
        return (profile, config) -> {
            try (ServiceSession session = new ServiceSession(ctx, SessionFlags.of(globals(), ctx))) {
                return session.credentials().map(resolved -> {
                    AwsCredentials credentials = resolved.get();
                    return new ListedCredentials(credentials.accessKeyId(), credentials.secretAccessKey(),
                            resolved.method());
                });
            }
        };
    }
}
