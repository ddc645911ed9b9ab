package dev.ssocli.configure;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.sso.StartUrlResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code aws configure sso-session}: four prompts (the region's skipped when a vanity start URL's lookup answers
 * it), then the {@code [sso-session NAME]} section (docs/cli-surface.md#configure-sso-session).
 */
public final class SsoSessionWizard {
    private final AwsPaths paths;
    private final Prompter prompter;
    private final PrintStream out;
    private final ClientOptions options;
    private final String profile;

    /**
     * {@code options} and {@code profile} (its {@code ca_bundle}) set the certificate checks of a vanity start URL's
     * lookup (docs/wire-protocols.md#vanity-start-urls).
     */
    public SsoSessionWizard(AwsPaths paths, Prompter prompter, PrintStream out, ClientOptions options,
                            String profile) {
        this.paths = paths;
        this.options = options;
        this.profile = profile;
        this.prompter = prompter;
        this.out = out;
    }

    /** Runs the prompts and writes the section; nothing is written unless every prompt was answered. */
    public String run() throws IOException {
        AwsConfig config = AwsConfig.load(paths);
        SsoSessionPrompter prompts = new SsoSessionPrompter(config, prompter);
        String name = prompts.promptForSession();
        String startUrl = prompts.promptForStartUrl();
        Optional<StartUrlResolver.Resolution> resolved = VanityLookup.tryResolve(
                StartUrlResolver.of(options, config, profile, StartUrlResolver.DEFAULT_TIMEOUT), startUrl);
        if (resolved.isPresent()) {
            prompts.setRegion(resolved.get().region());
        } else {
            prompts.promptForRegion();
        }
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
