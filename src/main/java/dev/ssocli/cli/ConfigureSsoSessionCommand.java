package dev.ssocli.cli;

import dev.ssocli.aws.JdkHttpsTrust;
import dev.ssocli.configure.SsoSessionWizard;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.configure.Prompter;
import dev.ssocli.sso.StartUrlResolver;
import picocli.CommandLine.Command;

/**
 * {@code aws configure sso-session}: the interactive sso-session prompts (docs/cli-surface.md#configure-sso-session).
 */
@Command(name = "sso-session", description = "Configures an [sso-session] section.")
public final class ConfigureSsoSessionCommand extends LeafCommand {
    public ConfigureSsoSessionCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        StartUrlResolver resolver = new StartUrlResolver(new JdkHttpsTrust(ClientFlags.of(globals(), ctx)),
                StartUrlResolver.DEFAULT_TIMEOUT);
        new SsoSessionWizard(ctx.paths(), new Prompter(ctx.console(), Prompter.PipedInput.PROMPT_TOOLKIT),
                ctx.console().out(), resolver).run();
        return ExitCodes.OK;
    }
}
