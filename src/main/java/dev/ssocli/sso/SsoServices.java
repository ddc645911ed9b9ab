package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.ClientOptions;
import dev.ssocli.aws.ConfiguredEndpoints;
import dev.ssocli.cache.RegistrationCache;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.BrowserLauncher;
import dev.ssocli.runtime.CliContext;
import java.time.Duration;
import java.util.Map;

/**
 * What one command needs to work with SSO, wired once from the context: the config, the active profile, the SDK
 * clients (endpoints of the active profile), the caches, and the login, token and logout services built on them.
 * Close it to release the HTTP client.
 */
public final class SsoServices implements AutoCloseable {
    private final CliContext ctx;
    private final AwsConfig config;
    private final ProfileName profile;
    private final AwsClients clients;
    private final TokenCache tokens;
    private final RegistrationCache registrations;
    private final ClientOptions options;

    private SsoServices(CliContext ctx, AwsConfig config, ProfileName profile, AwsClients clients,
                        ClientOptions options) {
        this.ctx = ctx;
        this.options = options;
        this.config = config;
        this.profile = profile;
        this.clients = clients;
        this.tokens = new TokenCache(ctx.paths().ssoCacheDir());
        this.registrations = new RegistrationCache(ctx.paths().ssoCacheDir());
    }

    /** Services for the profile named by {@code --profile} / the environment, with its endpoint settings. */
    public static SsoServices open(CliContext ctx, String profileFlag, ClientOptions options) {
        AwsConfig config = AwsConfig.load(ctx.paths());
        ProfileName profile = ProfileName.resolve(profileFlag, ctx.env());
        return new SsoServices(ctx, config, profile, new AwsClients(ctx.env(), ProfileEndpoints.of(config,
                profile.name()), options.orProfileCaBundle(config.caBundle(profile.name()))), options);
    }

    /** Services whose clients use the given endpoint settings (e.g. {@code configure sso}: those of default). */
    public static SsoServices open(CliContext ctx, AwsConfig config, ProfileName profile,
                                   ConfiguredEndpoints endpoints, ClientOptions options) {
        return new SsoServices(ctx, config, profile, new AwsClients(ctx.env(), endpoints, options), options);
    }

    public AwsConfig config() {
        return config;
    }

    public ProfileName profile() {
        return profile;
    }

    public AwsClients clients() {
        return clients;
    }

    /** How login URLs are opened. */
    public BrowserLauncher browser() {
        return ctx.browser();
    }

    public SsoLogin login() {
        return new SsoLogin(clients, tokens, registrations, ctx.clock(), ctx.sleeper());
    }

    /**
     * The vanity start-URL lookup with this run's certificate checks (a {@code ca_bundle} from {@code profile}'s
     * section); {@code timeout} is its socket timeout (zero for resolve.py's default of 10 seconds).
     */
    public StartUrlResolver startUrlResolver(String profile, Duration timeout) {
        return StartUrlResolver.of(options, config, profile, timeout);
    }

    /**
     * Records the SSO region a vanity start URL resolved to, as {@code aws sso login} does after a login
     * (docs/wire-protocols.md#vanity-start-urls): in the sso-session, or for a legacy profile in the profile's section.
     */
    public void saveSsoRegion(SsoSessionConfig login, String region) {
        String section = login.isLegacy() ? ConfigFileWriter.profileSectionName(profile.name())
                : ConfigFileWriter.ssoSessionSectionName(login.sessionName());
        new ConfigFileWriter(ctx.paths().configFile()).update(section, Map.of("sso_region", region));
    }

    public SsoTokenProvider tokenProvider() {
        return new SsoTokenProvider(tokens, clients, ctx.clock());
    }

    public SsoLogout logout() {
        return new SsoLogout(clients, ctx.paths().ssoCacheDir(), ctx.paths().cliCacheDir());
    }

    @Override
    public void close() {
        clients.close();
    }
}
