package dev.ssocli.aws;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that builds the real one on the first certificate it checks. The SDK's URL-connection client
 * initialises its TLS context when the client is built, and parsing every CA certificate of a trust store or CA
 * bundle (some 150) is the largest single start-up cost of a service call (about 250 ms): a call over plain HTTP,
 * such as one to a local emulator, never needs it.
 */
final class LazyTrustManager extends X509ExtendedTrustManager {
    private final Loader loader;
    private volatile X509ExtendedTrustManager delegate;

    private LazyTrustManager(Loader loader) {
        this.loader = loader;
    }

    /** Trusts what the JVM's default trust store trusts, loaded on first use. */
    static TrustManager[] jvmDefaults() {
        return new TrustManager[] {new LazyTrustManager(() -> {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            return trust;
        })};
    }

    /**
     * Trusts the certificates of a PEM bundle ({@code --ca-bundle}, {@code AWS_CA_BUNDLE}), read on first use: like
     * botocore, a plain-HTTP call never reads it, and a missing file fails the HTTPS call with the CLI's
     * {@code SSL validation failed for <url> [Errno 2] No such file or directory} (docs/cli-surface.md#global-options).
     */
    static TrustManager[] fromPem(Path pem) {
        return new TrustManager[] {new LazyTrustManager(() -> {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            try (InputStream in = Files.newInputStream(pem)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + i++, certificate);
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            return trust;
        })};
    }

    private TrustManagerFactory load() throws CertificateException {
        try {
            return loader.load();
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new CertificateException("[Errno 2] No such file or directory", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateException(e.getMessage(), e);
        }
    }

    private X509ExtendedTrustManager delegate() throws CertificateException {
        X509ExtendedTrustManager current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    for (TrustManager manager : load().getTrustManagers()) {
                        if (manager instanceof X509ExtendedTrustManager x509) {
                            current = x509;
                            break;
                        }
                    }
                    if (current == null) {
                        throw new CertificateException("no X.509 trust manager");
                    }
                    delegate = current;
                }
            }
        }
        return current;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        delegate().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return delegate().getAcceptedIssuers();
        } catch (CertificateException e) {
            return new X509Certificate[0];
        }
    }

    /** Builds the real trust managers. */
    @FunctionalInterface
    private interface Loader {
        TrustManagerFactory load() throws IOException, GeneralSecurityException;
    }
}
