package dev.ssocli.cli;

import dev.ssocli.errors.UsageException;
import dev.ssocli.runtime.CliContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aws sso shell-init}: an addition to the AWS CLI; shell code for completion, a profile switcher, a prompt. */
@Command(name = "shell-init", description = "Prints shell code to load from your shell's start-up file: completion "
        + "for aws (through aws_completer), awsp NAME to switch AWS_PROFILE (awsp alone shows it; profile names "
        + "complete), and a prompt segment with the profile and its SSO token's time left that reads the config and "
        + "token cache itself, without starting a JVM. bash: eval \"$(aws sso shell-init bash)\" in ~/.bashrc, then "
        + "put ${AWS_SSO_PROMPT} in PS1; zsh: eval \"$(aws sso shell-init zsh)\" in ~/.zshrc, ${AWS_SSO_PROMPT} in "
        + "PROMPT with setopt PROMPT_SUBST; fish: aws sso shell-init fish | source in config.fish, and call "
        + "aws_sso_prompt in fish_prompt. Not in the AWS CLI.")
public final class SsoShellInitCommand extends LeafCommand {
    private static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    String shell;

    public SsoShellInitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() {
        if (!SHELLS.contains(shell)) {
            throw new UsageException(Cli.withoutFinalNewline(UsageText.invalidChoice("shell", SHELLS)));
        }
        String resource = "/shell/" + shell + (shell.equals("fish") ? ".fish" : ".sh");
        try (InputStream in = SsoShellInitCommand.class.getResourceAsStream(resource)) {
            ctx.console().out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
