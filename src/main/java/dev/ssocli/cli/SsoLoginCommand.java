package dev.ssocli.cli;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.CliContext;
import picocli.CommandLine.Command;

/** {@code aws sso login}. */
@Command(name = "login", description = "Retrieves and caches an AWS IAM Identity Center access token.")
public final class SsoLoginCommand extends LeafCommand {
    public SsoLoginCommand(CliContext ctx) {
        super(ctx);
    }


    @Override
    protected int run() {
        throw new GeneralException("sso login is not available yet");
    }
}
