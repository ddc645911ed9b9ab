package dev.ssocli.service;

import dev.ssocli.config.ProfileName;
import dev.ssocli.creds.AwsCredentials;
import dev.ssocli.creds.ExportFormat;
import dev.ssocli.creds.ProfileChainGuard;
import dev.ssocli.creds.ResolvedCredentials;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.runtime.CliContext;
import java.util.Optional;

/**
 * {@code aws configure export-credentials}: the recursion guard, then the credentials of the active profile in the
 * requested format (docs/cli-surface.md#configure-export-credentials). Errors found while resolving the chain are
 * wrapped as {@code Unable to retrieve credentials: ...} (exit 253); errors of the deferred fetch (SSO tokens,
 * AssumeRole) surface unwrapped, as in the CLI.
 */
public final class CredentialExport {
    private CredentialExport() {
    }

    public static String export(CliContext ctx, SessionOptions options, ExportFormat format) {
        return format.render(resolve(ctx, options).credentials());
    }

    /** The active profile's credentials (fetched now, with the errors described above) and region (or null). */
    public static ProfileCredentials resolve(CliContext ctx, SessionOptions options) {
        String profile = ProfileName.resolve(options.profileFlag(), ctx.env()).name();
        CliContext child = ctx.withEnv(ProfileChainGuard.enter(profile, ctx.env()));
        Optional<ResolvedCredentials> credentials;
        try (ServiceSession session = new ServiceSession(child, options)) {
            try {
                credentials = session.credentials();
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? "" : e.getMessage().strip();
                throw new ConfigurationException("Unable to retrieve credentials: " + message + "\n", e);
            }
            if (credentials.isEmpty()) {
                throw new ConfigurationException("Unable to retrieve credentials: no credentials found");
            }
            return new ProfileCredentials(credentials.get().get(), session.region());
        }
    }

    /**
     * A profile's usable credentials and region.
     *
     * @param credentials the credentials, fetched
     * @param region the region the profile's commands use, or null when none is configured
     */
    public record ProfileCredentials(AwsCredentials credentials, String region) {
    }
}
