package dev.ssocli.configure;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.creds.AwsCredentials;
import dev.ssocli.creds.ResolvedCredentials;
import dev.ssocli.service.ServiceSession;
import dev.ssocli.service.SessionOptions;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.config.ProfileName;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.ProfileNotFoundException;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code aws configure list} (docs/cli-surface.md#configure-list, {@code configure/list.py} of 2.9.19): the profile,
 * the masked key pair and the region with where each came from, one {@code '%10s %24s %16s    %s'} row each. Rows are
 * printed as they are found, so a failing credential lookup leaves the first rows on stdout as the CLI does.
 */
public final class ConfigList {
    private static final String NOT_SET = "<not set>";
    private static final String NONE = "None";
    private static final String PROFILE_VARIABLES = "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']";
    private static final String REGION_VARIABLES = "['AWS_REGION', 'AWS_DEFAULT_REGION']";

    private final CliContext ctx;
    private final SessionOptions options;

    /** The list for the options of the command line ({@code --profile}, {@code --region}, endpoints). */
    public ConfigList(CliContext ctx, SessionOptions options) {
        this.ctx = ctx;
        this.options = options;
    }

    /**
     * Prints the table. Both files are parsed first (a malformed one fails before any output, as in the CLI); a
     * missing profile or a credential error is thrown after the rows printed so far. Credentials come from the
     * service commands' chain: like the CLI, an SSO or assume-role profile is resolved for real (a service call).
     */
    public void print(PrintStream out) {
        AwsPaths paths = ctx.paths();
        Environment env = ctx.env();
        String profileFlag = options.profileFlag();
        String regionFlag = options.regionFlag();
        AwsConfig config = AwsConfig.load(paths);
        row(out, "Name", "Value", "Type", "Location");
        row(out, "----", "-----", "----", "--------");
        ProfileName profile = ProfileName.resolve(profileFlag, env);
        switch (profile.source()) {
            case FLAG -> row(out, "profile", profile.name(), "manual", "--profile");
            case AWS_PROFILE, AWS_DEFAULT_PROFILE -> row(out, "profile", profile.name(), "env", PROFILE_VARIABLES);
            default -> row(out, "profile", NOT_SET, NONE, NONE);
        }
        out.flush();
        Optional<ConfigSection> section = config.profile(profile.name());
        if (section.isEmpty() && profile.explicit()) {
            throw new ProfileNotFoundException(profile.name());
        }
        Optional<ResolvedCredentials> found;
        try (ServiceSession session = new ServiceSession(ctx, options)) {
            found = session.credentials();
            if (found.isPresent()) {
                AwsCredentials credentials = found.get().get();
                row(out, "access_key", mask(credentials.accessKeyId()), found.get().method(), "");
                row(out, "secret_key", mask(credentials.secretAccessKey()), found.get().method(), "");
            }
        }
        if (found.isEmpty()) {
            row(out, "access_key", NOT_SET, NONE, NONE);
            row(out, "secret_key", NOT_SET, NONE, NONE);
        }
        String envRegion = env.get("AWS_REGION") != null ? env.get("AWS_REGION") : env.get("AWS_DEFAULT_REGION");
        Optional<String> fileRegion = section.flatMap(s -> s.get("region"));
        if (envRegion != null) {
            row(out, "region", envRegion, "env", REGION_VARIABLES);
        } else if (fileRegion.isPresent()) {
            row(out, "region", fileRegion.get(), "config-file", paths.configFileAsConfigured());
        } else if (regionFlag != null && !regionFlag.isEmpty()) {
            // list.py asks the session last, which then answers with --region; it labels every such value imds.
            row(out, "region", regionFlag, "imds", "");
        } else {
            row(out, "region", NOT_SET, NONE, NONE);
        }
    }

    private static String mask(String value) {
        return "*".repeat(16) + value.substring(Math.max(0, value.length() - 4));
    }

    private static void row(PrintStream out, String name, String value, String type, String location) {
        out.print(String.format("%10s %24s %16s    %s%n", name, value, type, location).replace(System.lineSeparator(),
                "\n"));
    }
}
