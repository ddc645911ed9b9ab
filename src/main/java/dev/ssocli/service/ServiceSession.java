package dev.ssocli.service;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.cache.RoleCredentialCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.creds.CredentialContext;
import dev.ssocli.creds.CredentialProfiles;
import dev.ssocli.creds.CredentialResolver;
import dev.ssocli.creds.ResolvedCredentials;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ProfileNotFoundException;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.sso.ProfileEndpoints;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command's counterpart of botocore's session: the active profile, its region, the SDK clients (built on first
 * use, with the profile's configured endpoints) and its credentials (resolved once, fetched when used). Every lookup
 * is lazy, so a command touches the SDK only when it calls a service.
 */
public final class ServiceSession implements AutoCloseable {
    private final CliContext ctx;
    private final SessionOptions options;
    private final ProfileName profile;
    private AwsConfig config;
    private CredentialProfiles profiles;
    private AwsClients clients;
    private Optional<ResolvedCredentials> credentials;

    public ServiceSession(CliContext ctx, SessionOptions options) {
        this.ctx = ctx;
        this.options = options;
        this.profile = ProfileName.resolve(options.profileFlag(), ctx.env());
    }

    public SessionOptions options() {
        return options;
    }

    public ProfileName profileName() {
        return profile;
    }

    /** The config and credentials files, read on first use. */
    public synchronized AwsConfig config() {
        if (config == null) {
            config = AwsConfig.load(ctx.paths());
        }
        return config;
    }

    /**
     * botocore's scoped config: the active profile's section; a profile the user named must exist
     * ({@code The config profile (NAME) could not be found}), while a missing {@code default} is just empty.
     */
    public Optional<ConfigSection> activeProfile() {
        Optional<ConfigSection> section = config().profile(profile.name());
        if (section.isEmpty() && profile.explicit()) {
            throw new ProfileNotFoundException(profile.name());
        }
        return section;
    }

    /** The region: {@code --region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's; null if none. */
    public String region() {
        if (options.regionFlag() != null) {
            activeProfile();
            return options.regionFlag();
        }
        Optional<String> fromEnv = ctx.env().nonEmpty("AWS_REGION").or(() -> ctx.env().nonEmpty("AWS_DEFAULT_REGION"));
        Optional<ConfigSection> section = activeProfile();
        return fromEnv.orElseGet(() -> section.flatMap(s -> s.get("region")).orElse(null));
    }

    /**
     * botocore resolves the active profile's SSO token provider whenever it creates a client, so a profile naming an
     * {@code sso_session} that does not exist or lacks {@code sso_start_url}/{@code sso_region} fails there (exit 255),
     * whatever the command.
     */
    public void checkSsoTokenProvider() {
        Optional<String> name = activeProfile().flatMap(s -> s.get("sso_session")).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        String prefix = "The profile \"" + profile.name() + "\" is configured to use the SSO token provider but ";
        Optional<ConfigSection> ssoSession = config().ssoSession(name.get());
        if (ssoSession.isEmpty()) {
            throw new GeneralException(prefix + "the \"" + name.get() + "\" sso_session configuration does not exist.");
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("sso_start_url", "sso_region")) {
            if (ssoSession.get().get(key).isEmpty()) {
                missing.add("'" + key + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new GeneralException(prefix + "is missing the following configuration: [" + String.join(", ", missing)
                    + "].");
        }
    }

    /** The SDK clients, with the active profile's endpoint settings; built on first use. */
    public synchronized AwsClients clients() {
        if (clients == null) {
            clients = new AwsClients(ctx.env(), ProfileEndpoints.of(config(), profile.name()),
                    options.clientOptions().orProfileCaBundle(config().caBundle(profile.name())));
        }
        return clients;
    }

    /**
     * The credentials the chain finds for the active profile (resolved once; errors of a misconfigured source are
     * thrown here, errors of fetching them when {@link ResolvedCredentials#get()} is called).
     */
    public synchronized Optional<ResolvedCredentials> credentials() {
        if (credentials == null) {
            credentials = resolver(region()).resolve(profile.name(), profile.source() == ProfileName.Source.FLAG);
        }
        return credentials;
    }

    /** {@code ~/.aws/sso/cache}. */
    public Path ssoCacheDir() {
        return ctx.paths().ssoCacheDir();
    }

    public Clock clock() {
        return ctx.clock();
    }

    /** A credential resolver over this session's files, environment and clients. */
    public CredentialResolver resolver(String stsRegion) {
        activeProfile();
        return new CredentialResolver(new CredentialContext(ctx.env(), profiles(), ctx.clock(), ctx.console(),
                this::clients, new RoleCredentialCache(ctx.paths().cliCacheDir()), ctx.paths().ssoCacheDir(),
                stsRegion));
    }

    private synchronized CredentialProfiles profiles() {
        if (profiles == null) {
            profiles = CredentialProfiles.of(ctx.paths(), config());
        }
        return profiles;
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }
}
