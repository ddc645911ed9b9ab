package dev.ssocli.creds;

import dev.ssocli.runtime.DebugLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the credentials of a profile in AWS CLI v2's order (docs/file-formats.md#environment-and-precedence):
 * environment keys (not when the profile was given with {@code --profile}), {@code role_arn} chains, SSO, the
 * credentials file, {@code credential_process}, static keys in the config file. The first source with something wins; a
 * source that applies but is misconfigured stops the search with the CLI's error. Web identity, container and
 * instance-metadata credentials are not looked for.
 */
public final class CredentialResolver {
    private final CredentialContext ctx;
    private final boolean inheritStdin;

    public CredentialResolver(CredentialContext ctx) {
        this.ctx = ctx;
        this.inheritStdin = ctx.console().stdinIsTerminal();
    }

    /**
     * The credentials of {@code profile}, or empty when no source has any. {@code profileFlagGiven} is true when the
     * profile came from {@code --profile}, which switches the environment source off.
     */
    public Optional<ResolvedCredentials> resolve(String profile, boolean profileFlagGiven) {
        List<CredentialSource> sources = new ArrayList<>();
        if (!profileFlagGiven) {
            sources.add(new EnvironmentCredentials(ctx.env(), ctx.clock()));
        }
        sources.add(new AssumeRoleCredentials(profile, ctx, this));
        sources.add(new SsoRoleCredentials(profile, ctx, ctx.roleCache()));
        sources.addAll(profileSources(profile));
        return Optional.ofNullable(first(sources));
    }

    /**
     * botocore's {@code ProfileProviderBuilder} chain for the source profile of an assume-role profile: no
     * environment, no assume-role, and SSO role credentials kept in memory only.
     */
    ResolvedCredentials profileChain(String profile) {
        List<CredentialSource> sources = new ArrayList<>();
        sources.add(new SsoRoleCredentials(profile, ctx, null));
        sources.addAll(profileSources(profile));
        return first(sources);
    }

    private List<CredentialSource> profileSources(String profile) {
        CredentialProfiles profiles = ctx.profiles();
        return List.of(
                new StaticKeyCredentials(StaticKeyCredentials.CREDENTIALS_FILE, profile,
                        profiles::credentialsFileProfile),
                new ProcessCredentials(profiles.properties(profile).get("credential_process"), ctx.env(),
                        inheritStdin, ctx.clock()),
                new StaticKeyCredentials(StaticKeyCredentials.CONFIG_FILE, profile, profiles::configFileProfile));
    }

    private static ResolvedCredentials first(List<CredentialSource> sources) {
        for (CredentialSource source : sources) {
            ResolvedCredentials credentials = source.load();
            if (credentials != null) {
                DebugLog.info("botocore.credentials", "Found credentials with method: " + credentials.method());
                return credentials;
            }
        }
        return null;
    }
}
