package dev.ssocli.aws;

import java.net.HttpURLConnection;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
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
            // An empty bundle name is Python's falsy '': the default bundle (the clients made later refuse it).
            String bundle = options.caBundle();
            TrustManager[] trust = !options.verifySsl() ? new TrustManager[] {new TrustAll()}
                    : new TrustManager[] {new OpenSslReasons((X509ExtendedTrustManager) (bundle == null
                            || bundle.isEmpty() ? LazyTrustManager.jvmDefaults()
                            : LazyTrustManager.fromPem(Path.of(bundle)))[0])};
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

    /**
     * The checks of {@code delegate}, failing with OpenSSL's words for why ({@code self-signed certificate},
     * {@code unable to get local issuer certificate}, {@code certificate has expired}, {@code Hostname mismatch}),
     * which is what Python's {@code ssl} module, and so the AWS CLI, reports.
     */
    private static final class OpenSslReasons extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager delegate;

        OpenSslReasons(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw reason(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw reason(chain, e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw reason(chain, e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }

        private static CertificateException reason(X509Certificate[] chain, CertificateException e) {
            String message = String.valueOf(e.getMessage());
            String reason;
            if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
                reason = "Hostname mismatch";
            } else if (hasCause(e, CertificateExpiredException.class)) {
                reason = "certificate has expired";
            } else if (message.startsWith("[Errno")) {
                return e;   // the CA bundle could not be read
            } else if (chain.length == 1 && selfIssued(chain[0])) {
                reason = "self-signed certificate";
            } else if (chain.length > 1 && selfIssued(chain[chain.length - 1])) {
                reason = "self-signed certificate in certificate chain";
            } else {
                reason = "unable to get local issuer certificate";
            }
            return new CertificateException(reason, e);
        }

        private static boolean selfIssued(X509Certificate certificate) {
            return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        }

        private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
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
