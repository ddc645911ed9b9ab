package dev.ssocli.aws;

import java.net.HttpURLConnection;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate checks of the SDK clients ({@code --no-verify-ssl}, {@code --ca-bundle} / {@code AWS_CA_BUNDLE},
 * else the JVM's trust store, loaded lazily) applied to a plain JDK {@link HttpsURLConnection}, for the requests that
 * are not AWS API calls (the start-URL lookup, docs/wire-protocols.md#vanity-start-urls).
 */
public final class JdkHttpsTrust {
    private final ClientOptions options;
    private SSLSocketFactory sockets;

    public JdkHttpsTrust(ClientOptions options) {
        this.options = options;
    }

    /** Sets the socket factory (and, without verification, a host-name check that accepts any name) on HTTPS. */
    public void apply(HttpURLConnection connection) {
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(sockets());
            if (!options.verifySsl()) {
                https.setHostnameVerifier((host, session) -> true);
            }
        }
    }

    private synchronized SSLSocketFactory sockets() {
        if (sockets == null) {
            TrustManager[] trust = !options.verifySsl() ? new TrustManager[] {new TrustAll()}
                    : options.caBundle() == null ? LazyTrustManager.jvmDefaults()
                    : LazyTrustManager.fromPem(Path.of(options.caBundle()));
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust, null);
                sockets = context.getSocketFactory();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
            }
        }
        return sockets;
    }

    /** {@code --no-verify-ssl}: Python's {@code CERT_NONE}. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // client certificates are not used
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // --no-verify-ssl: any certificate
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
