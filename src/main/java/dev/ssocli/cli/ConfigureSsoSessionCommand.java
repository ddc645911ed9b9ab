package dev.ssocli.cli;

import dev.ssocli.config.ProfileName;
import dev.ssocli.configure.SsoSessionWizard;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.configure.Prompter;
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
        new SsoSessionWizard(ctx.paths(), new Prompter(ctx.console(), Prompter.PipedInput.PROMPT_TOOLKIT),
                ctx.console().out(), ClientFlags.of(globals(), ctx),
                ProfileName.resolve(globals().profile, ctx.env()).name()).run();
        return ExitCodes.OK;
    }
}
