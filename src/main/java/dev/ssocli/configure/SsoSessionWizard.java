package dev.ssocli.configure;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.configure.Prompter;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code aws configure sso-session}: four prompts, then the {@code [sso-session NAME]} section
 * (docs/cli-surface.md#configure-sso-session).
 */
public final class SsoSessionWizard {
    private final AwsPaths paths;
    private final Prompter prompter;
    private final PrintStream out;

    public SsoSessionWizard(AwsPaths paths, Prompter prompter, PrintStream out) {
        this.paths = paths;
        this.prompter = prompter;
        this.out = out;
    }

    /** Runs the prompts and writes the section; nothing is written unless every prompt was answered. */
    public String run() throws IOException {
        AwsConfig config = AwsConfig.load(paths);
        SsoSessionPrompter prompts = new SsoSessionPrompter(config, prompter);
        String name = prompts.promptForSession();
        prompts.promptForStartUrl();
        prompts.promptForRegion();
        prompts.promptForScopes();
        new ConfigFileWriter(paths.configFile()).update(ConfigFileWriter.ssoSessionSectionName(name),
                prompts.sessionConfig());
        out.print("\nCompleted configuring SSO session: " + name + "\n"
                + "Run the following to login and refresh access token for this session:\n\n"
                + "aws sso login --sso-session " + name + "\n");
        out.flush();
        return name;
    }
}
