package dev.ssocli.sso;

import dev.ssocli.aws.AwsClients;
import dev.ssocli.aws.ClientOptions;
import dev.ssocli.aws.ConfiguredEndpoints;
import dev.ssocli.cache.RegistrationCache;
import dev.ssocli.cache.TokenCache;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ProfileName;
import dev.ssocli.runtime.BrowserLauncher;
import dev.ssocli.runtime.CliContext;

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

    private SsoServices(CliContext ctx, AwsConfig config, ProfileName profile, AwsClients clients) {
        this.ctx = ctx;
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
        return new SsoServices(ctx, config, profile,
                new AwsClients(ctx.env(), ProfileEndpoints.of(config, profile.name()), options));
    }

    /** Services whose clients use the given endpoint settings (e.g. {@code configure sso}: those of default). */
    public static SsoServices open(CliContext ctx, AwsConfig config, ProfileName profile,
                                   ConfiguredEndpoints endpoints, ClientOptions options) {
        return new SsoServices(ctx, config, profile, new AwsClients(ctx.env(), endpoints, options));
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
