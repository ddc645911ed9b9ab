package dev.ssocli.aws;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.NoRegionException;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.JcaProviderOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManager;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointParams;
import software.amazon.awssdk.services.sso.endpoints.SsoEndpointProvider;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointParams;
import software.amazon.awssdk.services.ssooidc.endpoints.SsoOidcEndpointProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointParams;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Builds the SDK clients one invocation needs, lazily and once per region: one shared HTTP client (TLS set up only
 * for the first HTTPS call, {@link SchemeRoutedHttpClient}),
 * an explicit region and an explicit endpoint on every client (configured override per
 * docs/wire-protocols.md#configured-endpoint-overrides, else the service's default from the SDK's own rules), anonymous
 * credentials for SSO OIDC and the SSO portal (their operations are unsigned). The SDK is kept from reading the process
 * environment and the profile files on its own: everything comes from the {@link Environment} and config passed in, so
 * runs with another HOME are hermetic. Calls made through these clients should go through {@link SdkCalls} to get the
 * CLI's errors.
 */
public final class AwsClients implements AutoCloseable {
    static {
        // Process-wide settings for the SDK, made before any SDK class is initialised (this block comes before the
        // fields below) and only by commands that build an SDK client:
        // - Besides the profile file it is given (NO_PROFILES), the SDK's client builder reads the default config and
        //   credentials files (AWS_CONFIG_FILE, ~/.aws/config, ...) to compute defaults that our settings override:
        //   work thrown away, and a file botocore reads but the SDK's parser refuses (a configparser-style
        //   "region: x" line) would fail the command. Its default locations are pointed at a file that is not a
        //   regular file, which it skips. Nothing here reads profiles through the SDK's defaults.
        System.setProperty("aws.configFile", "/dev/null");
        System.setProperty("aws.sharedCredentialsFile", "/dev/null");
        // - SLF4J's provider (slf4j-nop, without SLF4J's note that it was named) and the JDK's StAX factory, which
        //   the SDK reads XML responses with, are named rather than searched for on the class path. A -D value wins.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            setIfAbsent("slf4j.internal.verbosity", "WARN");
        }
        String stax = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
        if (jdkHas(stax)) {     // the JDK's internal class: named only where it exists
            setIfAbsent("javax.xml.stream.XMLInputFactory", stax);
        }
        // - HttpURLConnection must not resend a POST whose connection broke (ReadableErrorBodies lets it buffer
        //   them): a CreateToken sent twice could spend a refresh token or device code twice. The SDK's retries,
        //   counted like botocore's, are the only ones.
        setIfAbsent("sun.net.http.retryPost", "false");
        // - SunJCE ahead of SunEC before the first signature (JcaProviderOrder).
        JcaProviderOrder.preferSunJce();
    }

    /** The standard retry mode's attempt limit, as in the AWS CLI v2 default (3). */
    static final int MAX_ATTEMPTS = 3;
    /** botocore's {@code validate_region_name}. */
    private static final Pattern REGION = Pattern.compile("^[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?$");
    /** STS without a region: the global endpoint, signed for us-east-1 (docs/wire-protocols.md#endpoint-resolution). */
    private static final String STS_GLOBAL_SIGNING_REGION = "us-east-1";
    /** An aggregate of no files: nothing to parse. */
    private static final ProfileFile NO_PROFILES = ProfileFile.aggregator().build();

    private final Environment env;
    private final ConfiguredEndpoints endpoints;
    private final ClientOptions options;
    private final Map<String, SsoOidcClient> oidcClients = new HashMap<>();
    private final Map<String, SsoClient> portalClients = new HashMap<>();
    private final List<AutoCloseable> otherClients = new ArrayList<>();
    private SdkHttpClient httpClient;

    public AwsClients(Environment env, ConfiguredEndpoints endpoints, ClientOptions options) {
        this.env = env;
        this.endpoints = endpoints;
        this.options = options;
    }

    /** The SSO OIDC client for {@code region} (unsigned). */
    public synchronized SsoOidcClient oidc(String region) {
        return oidcClients.computeIfAbsent(region, r -> configure(SsoOidcClient.builder(),
                Region.of(r), endpoint(ServiceId.SSO_OIDC, r), ResponseBodyCheck.restJson())
                .credentialsProvider(AnonymousCredentialsProvider.create()).build());
    }

    /** The SSO portal client for {@code region} (unsigned), at its configured or default endpoint. */
    public synchronized SsoClient portal(String region) {
        return portalClients.computeIfAbsent(region, r -> configure(SsoClient.builder(),
                Region.of(r), endpoint(ServiceId.SSO, r), ResponseBodyCheck.restJson())
                .credentialsProvider(AnonymousCredentialsProvider.create()).build());
    }

    /** A portal client for a generated {@code sso} command with {@code --endpoint-url} (which wins over config). */
    public synchronized SsoClient portal(String region, String explicitEndpointUrl) {
        if (explicitEndpointUrl == null) {
            return portal(region);
        }
        SsoClient client = configure(SsoClient.builder(), Region.of(validRegion(region)),
                parseEndpoint(explicitEndpointUrl), ResponseBodyCheck.restJson())
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
        otherClients.add(client);
        return client;
    }

    /**
     * An STS client signing with {@code credentials}; {@code region} null means the global endpoint, signed for
     * us-east-1, as CLI v2 does (with an explicit or configured endpoint a region is required, as in the CLI:
     * {@code You must specify a region}); {@code explicitEndpointUrl} is {@code --endpoint-url} or null.
     */
    public synchronized StsClient sts(String region, AwsCredentialsProvider credentials, String explicitEndpointUrl) {
        URI explicit = explicitEndpointUrl == null ? null : parseEndpoint(explicitEndpointUrl);
        if (region == null && (explicit != null || endpoints.resolve(ServiceId.STS, env).isPresent())) {
            // botocore falls back to the global endpoint only for its own endpoint; a given one needs a region.
            throw new NoRegionException();
        }
        String signingRegion = region == null ? STS_GLOBAL_SIGNING_REGION : region;
        URI endpoint = explicit != null ? explicit : endpoint(ServiceId.STS, region);
        StsClient client = configure(StsClient.builder(), Region.of(signingRegion), endpoint,
                ResponseBodyCheck.awsQuery())
                .credentialsProvider(credentials).build();
        otherClients.add(client);
        return client;
    }

    /**
     * The endpoint a client for {@code service} in {@code region} talks to: the configured override, else the
     * service's default (for STS a null region gives the global endpoint).
     */
    public URI endpoint(ServiceId service, String region) {
        if (region != null || service != ServiceId.STS) {
            validRegion(region);
        }
        return endpoints.resolve(service, env).map(AwsClients::parseEndpoint)
                .orElseGet(() -> defaultEndpoint(service, region));
    }

    private static URI defaultEndpoint(ServiceId service, String region) {
        return switch (service) {
            case SSO_OIDC -> SsoOidcEndpointProvider.defaultProvider().resolveEndpoint(SsoOidcEndpointParams.builder()
                    .region(Region.of(region)).useFips(false).useDualStack(false).build()).join().url();
            case SSO -> SsoEndpointProvider.defaultProvider().resolveEndpoint(SsoEndpointParams.builder()
                    .region(Region.of(region)).useFips(false).useDualStack(false).build()).join().url();
            case STS -> StsEndpointProvider.defaultProvider().resolveEndpoint(StsEndpointParams.builder()
                    .region(region == null ? Region.AWS_GLOBAL : Region.of(region)).useGlobalEndpoint(false)
                    .useFips(false).useDualStack(false).build()).join().url();
        };
    }

    private static String validRegion(String region) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new GeneralException("Provided region_name '" + region + "' doesn't match a supported format.");
        }
        return region;
    }

    /** botocore rejects an endpoint without scheme or host ({@code ValueError: Invalid endpoint}). */
    private static URI parseEndpoint(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new GeneralException("Invalid endpoint: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new GeneralException("Invalid endpoint: " + url, e);
        }
    }

    private <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> B configure(B builder, Region region,
                                                                                          URI endpoint,
                                                                                          ResponseBodyCheck check) {
        options.requireUsableCaBundle();
        builder.region(region)
                .endpointOverride(endpoint)
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .defaultsMode(DefaultsMode.LEGACY)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .defaultProfileFile(NO_PROFILES)
                        .defaultProfileName("default")
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build())
                        .addExecutionInterceptor(new RequestUrlRecorder())
                        .addExecutionInterceptor(check)
                        .addExecutionInterceptor(new ReadableErrorBodies())
                        .build());
        return builder.httpClient(http());
    }

    private synchronized SdkHttpClient http() {
        if (httpClient == null) {
            ProxyConfiguration proxy = proxy();
            httpClient = new SchemeRoutedHttpClient(() -> tlsCapableHttp(proxy), proxy.host() != null,
                    options.connectTimeout(), options.readTimeout());
        }
        return httpClient;
    }

    private SdkHttpClient tlsCapableHttp(ProxyConfiguration proxy) {
        UrlConnectionHttpClient.Builder builder = UrlConnectionHttpClient.builder()
                .connectionTimeout(options.connectTimeout())
                .socketTimeout(options.readTimeout())
                .proxyConfiguration(proxy);
        if (!options.verifySsl()) {
            return builder.buildWithDefaults(AttributeMap.builder()
                    .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE).build());
        }
        TrustManager[] trust = options.caBundle() == null ? LazyTrustManager.jvmDefaults()
                : LazyTrustManager.fromPem(Path.of(options.caBundle()));
        return builder.tlsTrustManagersProvider(() -> trust).build();
    }

    /** Proxies as Python's {@code requests} takes them: {@code HTTPS_PROXY}/{@code HTTP_PROXY} and {@code NO_PROXY}. */
    private ProxyConfiguration proxy() {
        ProxyConfiguration.Builder proxy = ProxyConfiguration.builder()
                .useEnvironmentVariablesValues(false).useSystemPropertyValues(false);
        String url = first("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy");
        if (url != null) {
            proxy.endpoint(URI.create(url.contains("://") ? url : "http://" + url));
            String noProxy = first("NO_PROXY", "no_proxy");
            Set<String> hosts = new LinkedHashSet<>();
            if (noProxy != null) {
                for (String host : noProxy.split(",")) {
                    if (!host.isBlank()) {
                        hosts.add(host.strip().startsWith(".") ? "*" + host.strip() : host.strip());
                    }
                }
            }
            proxy.nonProxyHosts(hosts);
        }
        return proxy.build();
    }

    private String first(String... names) {
        for (String name : names) {
            if (env.nonEmpty(name).isPresent()) {
                return env.get(name);
            }
        }
        return null;
    }

    @Override
    public synchronized void close() {
        oidcClients.values().forEach(SsoOidcClient::close);
        portalClients.values().forEach(SsoClient::close);
        for (AutoCloseable client : otherClients) {
            try {
                client.close();
            } catch (Exception ignored) {
                // closing an SDK client releases nothing we still need
            }
        }
        oidcClients.clear();
        portalClients.clear();
        otherClients.clear();
        if (httpClient != null) {
            httpClient.close();
            httpClient = null;
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Whether the JDK's own (boot) class loader has the class; it is loaded, not initialised. */
    private static boolean jdkHas(String className) {
        try {
            Class.forName(className, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
