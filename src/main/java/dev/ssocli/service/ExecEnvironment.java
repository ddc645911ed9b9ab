package dev.ssocli.service;

import dev.ssocli.creds.ExportFormat;
import dev.ssocli.runtime.CliContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment {@code aws sso exec} gives its command: this process's, with the profile's credentials and region
 * set and the variables that name a profile or other credentials removed, so SDKs in the child use exactly these
 * credentials and do not resolve the profile again.
 */
public final class ExecEnvironment {
    /** Variables that would make an SDK in the child pick other credentials than the ones given. */
    private static final List<String> REMOVED = List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION");

    private ExecEnvironment() {
    }

    /** The child's environment for the active profile (credentials fetched now; their errors surface here). */
    public static Map<String, String> of(CliContext ctx, SessionOptions options) {
        CredentialExport.ProfileCredentials resolved = CredentialExport.resolve(ctx, options);
        Map<String, String> env = new TreeMap<>(ctx.env().asMap());
        REMOVED.forEach(env::remove);
        env.putAll(ExportFormat.variables(resolved.credentials()));
        if (resolved.region() != null) {
            env.put("AWS_REGION", resolved.region());
            env.put("AWS_DEFAULT_REGION", resolved.region());
        }
        return env;
    }
}
