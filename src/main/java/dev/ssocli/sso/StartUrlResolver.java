package dev.ssocli.sso;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.aws.JdkHttpsTrust;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.errors.CliException;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonUrl;
import dev.ssocli.runtime.DebugLog;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

/**
 * Resolves a vanity start URL (a start URL on a host that AWS does not own) to the AWS access portal it redirects to,
 * as the AWS CLI does since 2.35.13 ({@code awscli/customizations/sso/resolve.py}; docs/wire-protocols.md
 * #vanity-start-urls): an AWS-owned URL is returned as it is, without any request; any other gets one HEAD (GET on
 * 405 or 501), at most one redirect is taken (its target is not contacted), and the result, normalised, must be an
 * AWS-owned https URL; the SSO region comes from its host name when the host says it. Every failure is a
 * {@link ConfigurationException} with the CLI's text.
 */
public final class StartUrlResolver {
    /** resolve.py's {@code _DEFAULT_TIMEOUT}: the socket timeout when the caller gives none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** resolve.py's {@code _MAX_REDIRECTS}: one hop, whose target is only parsed. */
    private static final int MAX_REDIRECTS = 1;
    private static final String LOGGER = "awscli.customizations.sso.resolve";
    private static final Set<Integer> REDIRECT_CODES = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> HEAD_NOT_SUPPORTED = Set.of(405, 501);
    /** Where CLI 2.36.12's Python reports certificate failures from, part of its message. */
    private static final String SSL_SOURCE = "(_ssl.c:1082)";

    private static final List<String> AWS_OWNED_SUFFIXES = List.of(".app.aws", ".portal.amazonaws.com",
            ".portal.amazonaws.com.cn", ".app.amazonwebservices.com.cn", ".portal.amazonaws.eu",
            ".api.amazonwebservices.eu", ".awsapps.com", ".awsapps.cn");
    private static final Set<String> AWS_OWNED_EXACT = Set.of("identitycenter.amazonaws.com",
            "identitycenter.amazonaws.com.cn", "identitycenter.amazonaws.eu", "identitycenter.us-gov.amazonaws.com");
    /** Host names that carry the region, in resolve.py's order (matched on the lower-cased name). */
    private static final List<Pattern> REGION_PATTERNS = List.of(
            Pattern.compile("^[^.]+\\.portal\\.(?<region>[a-z0-9-]+)\\.app\\.aws$"),
            Pattern.compile("^[^.]+\\.(?<region>[a-z0-9-]+)\\.portal\\.amazonaws\\.com$"),
            Pattern.compile("^[^.]+\\.(?<region>[a-z0-9-]+)\\.portal\\.amazonaws\\.com\\.cn$"),
            Pattern.compile("^[^.]+\\.portal\\.(?<region>[a-z0-9-]+)\\.app\\.amazonwebservices\\.com\\.cn$"),
            Pattern.compile("^[^.]+\\.(?<region>[a-z0-9-]+)\\.portal\\.amazonaws\\.eu$"),
            Pattern.compile("^[^.]+\\.portal\\.(?<region>[a-z0-9-]+)\\.api\\.amazonwebservices\\.eu$"));

    private final JdkHttpsTrust trust;
    private final Duration timeout;

    /**
     * @param trust the certificate checks of this run
     * @param timeout the socket timeout of each request; zero or null for {@link #DEFAULT_TIMEOUT}
     */
    public StartUrlResolver(JdkHttpsTrust trust, Duration timeout) {
        this.trust = trust;
        this.timeout = timeout == null || timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
    }

    /**
     * A resolver with the run's certificate checks: {@code --no-verify-ssl}, else {@code --ca-bundle}, else
     * {@code AWS_CA_BUNDLE}, else {@code profile}'s {@code ca_bundle} (botocore's {@code ca_bundle} variable).
     */
    public static StartUrlResolver of(ClientOptions options, AwsConfig config, String profile, Duration timeout) {
        return new StartUrlResolver(new JdkHttpsTrust(options.orProfileCaBundle(config.caBundle(profile))), timeout);
    }

    /** The start URL to send to SSO OIDC and the SSO region to use. */
    public record Resolution(String startUrl, String region) {
    }

    /**
     * {@code resolve_start_url}: the start URL and region to log in with.
     *
     * @param configuredRegion the configured {@code sso_region}, or null
     */
    public Resolution resolve(String startUrl, String configuredRegion) {
        PythonUrl parsed = PythonUrl.parse(startUrl);
        if (!"https".equals(parsed.scheme())) {
            throw new ConfigurationException("The sso_start_url must use the https scheme.");
        }
        String hostname = parsed.hostname();
        if (hostname == null) {
            throw new ConfigurationException("Invalid sso_start_url: '" + startUrl + "'");
        }
        if (isAwsOwned(hostname)) {
            if (configuredRegion == null || configuredRegion.isEmpty()) {
                throw new ConfigurationException("Missing required configuration: sso_region. "
                        + "Please run 'aws configure sso' to set it.");
            }
            return new Resolution(startUrl, configuredRegion);
        }
        DebugLog.debug(LOGGER, "Start URL '" + startUrl + "' is not AWS-owned, following redirects");
        String resolved = normalize(followRedirect(startUrl));
        PythonUrl resolvedParts = PythonUrl.parse(resolved);
        String resolvedHost = resolvedParts.hostname();
        if (resolvedHost == null || !isAwsOwned(resolvedHost)) {
            throw new ConfigurationException("Could not resolve start URL '" + startUrl
                    + "' to an AWS-owned endpoint. Final URL: '" + resolved + "'");
        }
        if (!"https".equals(resolvedParts.scheme())) {
            throw new ConfigurationException("Resolved URL must use https. Got: '" + resolved + "'");
        }
        String region = regionOf(resolvedHost);
        if (region == null) {
            if (configuredRegion == null || configuredRegion.isEmpty()) {
                throw new ConfigurationException("Cannot determine region from start URL '" + startUrl
                        + "'. Please provide sso_region in your configuration.");
            }
            region = configuredRegion;
        }
        return new Resolution(resolved, region);
    }

    /**
     * Whether {@code configure sso} and {@code configure sso-session} try a lookup for this answer: it has a host,
     * and AWS does not own it.
     */
    public static boolean isVanity(String startUrl) {
        String hostname = PythonUrl.parse(startUrl).hostname();
        return hostname != null && !isAwsOwned(hostname);
    }

    /** {@code is_aws_owned_domain}: case-insensitive, trailing dots ignored. */
    static boolean isAwsOwned(String hostname) {
        String host = stripTrailingDots(hostname.toLowerCase(Locale.ROOT));
        if (AWS_OWNED_EXACT.contains(host)) {
            return true;
        }
        for (String suffix : AWS_OWNED_SUFFIXES) {
            if (host.equals(suffix.substring(1)) || host.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code _extract_region_from_hostname}: the region a portal host name carries, else null. */
    static String regionOf(String hostname) {
        String host = stripTrailingDots(hostname.toLowerCase(Locale.ROOT));
        for (Pattern pattern : REGION_PATTERNS) {
            Matcher m = pattern.matcher(host);
            if (m.matches()) {
                return m.group("region");
            }
        }
        return null;
    }

    /** {@code _normalize_url}: host lower-cased, no user info, no default port, no trailing '/', no query. */
    static String normalize(String url) {
        PythonUrl parsed = PythonUrl.parse(url);
        String netloc = parsed.hostname() == null ? "" : parsed.hostname();
        Integer port = parsed.port();
        Integer defaultPort = "https".equals(parsed.scheme()) ? Integer.valueOf(443)
                : "http".equals(parsed.scheme()) ? Integer.valueOf(80) : null;
        if (port != null && port != 0 && !port.equals(defaultPort)) {
            netloc = netloc + ":" + port;
        }
        String path = parsed.path();
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = path.substring(0, end);
        // urlunparse: a path after a host starts with '/'
        if (!path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        StringBuilder out = new StringBuilder();
        if (!parsed.scheme().isEmpty()) {
            out.append(parsed.scheme()).append(':');
        }
        if (!netloc.isEmpty() || "https".equals(parsed.scheme()) || "http".equals(parsed.scheme())) {
            out.append("//").append(netloc);
        }
        return out.append(path).toString();
    }

    /** {@code _follow_redirect}: the URL after at most one redirect; its target is not requested. */
    private String followRedirect(String startUrl) {
        String url = startUrl;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            DebugLog.debug(LOGGER, "Issuing HEAD request to '" + url + "'");
            Answer head = request(url, "HEAD");
            if (head.isSuccess()) {
                DebugLog.debug(LOGGER, "HEAD request to '" + url + "' returned " + head.status() + " (no redirect)");
                return url;
            }
            if (HEAD_NOT_SUPPORTED.contains(head.status())) {
                DebugLog.debug(LOGGER, "HEAD request returned " + head.status() + ", falling back to GET");
                Answer get = request(url, "GET");
                if (get.isSuccess()) {
                    DebugLog.debug(LOGGER, "GET request to '" + url + "' returned " + get.status()
                            + " (no redirect)");
                    return url;
                }
                url = redirectTarget(url, get, "GET");
            } else {
                url = redirectTarget(url, head, "HEAD");
            }
        }
        return url;
    }

    private static String redirectTarget(String url, Answer answer, String method) {
        if (!REDIRECT_CODES.contains(answer.status())) {
            throw new ConfigurationException("Failed to resolve start URL: HTTP " + answer.status());
        }
        if (answer.location() == null || answer.location().isEmpty()) {
            throw new ConfigurationException("Redirect response missing Location header.");
        }
        DebugLog.debug(LOGGER, method + " request returned " + answer.status() + ", redirecting to '"
                + answer.location() + "'");
        return join(url, answer.location());
    }

    /** {@code urljoin(base, location)}: RFC 3986 reference resolution. */
    private static String join(String base, String location) {
        try {
            return new URI(base).resolve(new URI(location)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a URI reference: kept as it is, and then refused as not AWS-owned
            return location;
        }
    }

    /** The status and Location of one request, or the CLI's error for a connection that failed. */
    private Answer request(String url, String method) {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new ConfigurationException("Failed to resolve start URL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(e, url);
        }
        try {
            trust.apply(connection);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod(method);
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            int status = connection.getResponseCode();
            String location = connection.getHeaderField("Location");
            drain(connection, status);
            return new Answer(status, location);
        } catch (IOException e) {
            throw failure(e, url);
        } finally {
            connection.disconnect();
        }
    }

    /** Python's {@code URLError.reason} for what went wrong, as the CLI prints it. */
    private static CliException failure(IOException e, String url) {
        String reason;
        if (e instanceof ConnectException && String.valueOf(e.getMessage()).startsWith("Connection refused")) {
            reason = "[Errno 111] Connection refused";
        } else if (e instanceof NoRouteToHostException) {
            reason = "[Errno 113] No route to host";
        } else if (e instanceof UnknownHostException) {
            reason = "[Errno -2] Name or service not known";
        } else if (e instanceof SocketTimeoutException) {
            reason = "timed out";
        } else if (e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException cause) {
            String why = "Hostname mismatch".equals(cause.getMessage())
                    ? "Hostname mismatch, certificate is not valid for '" + PythonUrl.parse(url).hostname() + "'."
                    : cause.getMessage();
            if (why.startsWith("[Errno")) {
                // the CA bundle cannot be read: the CLI fails loading it, before the request, as an OSError
                return new GeneralException(why, e);
            }
            reason = "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + why + " " + SSL_SOURCE;
        } else {
            reason = e.getMessage();
        }
        return new ConfigurationException("Failed to resolve start URL: " + reason, e);
    }

    private static void drain(HttpURLConnection connection, int status) throws IOException {
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (body != null) {
            body.close();
        }
    }

    private static String stripTrailingDots(String host) {
        int end = host.length();
        while (end > 0 && host.charAt(end - 1) == '.') {
            end--;
        }
        return host.substring(0, end);
    }

    private record Answer(int status, String location) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }
}
