package dev.ssocli.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The one HTTP client of an invocation, which sends plain-HTTP requests (a local emulator,
 * docs/wire-protocols.md#configured-endpoint-overrides) through a URL-connection client without TLS and builds the
 * full, TLS-capable client on the first HTTPS request. The SDK's URL-connection client creates its {@code SSLContext}
 * when it is built, which loads the JCA providers and JSSE (about 35 ms of a cold start) even for calls that never open
 * a TLS connection.
 */
final class SchemeRoutedHttpClient implements SdkHttpClient {
    private final Supplier<SdkHttpClient> fullClient;
    private final boolean plainDirect;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private SdkHttpClient plain;
    private SdkHttpClient full;

    /**
     * @param fullClient builds the client for HTTPS (and for plain HTTP when a proxy is configured)
     * @param proxied true when a proxy is configured: then every request goes through {@code fullClient}, which
     *                applies the proxy and its exclusions
     */
    SchemeRoutedHttpClient(Supplier<SdkHttpClient> fullClient, boolean proxied, Duration connectTimeout,
                           Duration readTimeout) {
        this.fullClient = fullClient;
        this.plainDirect = !proxied;
        this.connectTimeoutMillis = millis(connectTimeout);
        this.readTimeoutMillis = millis(readTimeout);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return clientFor(request.httpRequest().getUri()).prepareRequest(request);
    }

    private synchronized SdkHttpClient clientFor(URI uri) {
        if (plainDirect && "http".equalsIgnoreCase(uri.getScheme())) {
            if (plain == null) {
                plain = UrlConnectionHttpClient.create(this::openPlain);
            }
            return plain;
        }
        if (full == null) {
            full = fullClient.get();
        }
        return full;
    }

    /** What the SDK's own connection factory does for an unproxied {@code http} URL. */
    private HttpURLConnection openPlain(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public synchronized void close() {
        if (plain != null) {
            plain.close();
            plain = null;
        }
        if (full != null) {
            full.close();
            full = null;
        }
    }
}
