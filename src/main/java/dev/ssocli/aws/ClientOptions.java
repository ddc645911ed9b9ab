package dev.ssocli.aws;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonStrings;
import java.time.Duration;

/**
 * How the shared HTTP client connects: timeouts from {@code --cli-connect-timeout} / {@code --cli-read-timeout}
 * (integer seconds, default 60, {@code 0} = wait forever), certificate checks from {@code --no-verify-ssl} and
 * {@code --ca-bundle} / {@code AWS_CA_BUNDLE} (docs/cli-surface.md#global-options).
 *
 * @param connectTimeout socket connect timeout; zero blocks
 * @param readTimeout socket read timeout; zero blocks
 * @param verifySsl false to accept any certificate
 * @param caBundle a PEM file of trusted certificates, or null for the JVM's defaults (a blank name is refused when
 *     a client is made)
 */
public record ClientOptions(Duration connectTimeout, Duration readTimeout, boolean verifySsl, String caBundle) {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public static ClientOptions defaults() {
        return new ClientOptions(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, true, null);
    }

    /** Options from the raw global flags; a non-integer timeout fails as Python's {@code int()} does (exit 255). */
    public static ClientOptions fromFlags(String connectTimeout, String readTimeout, boolean noVerifySsl,
                                          String caBundle) {
        return new ClientOptions(seconds(connectTimeout), seconds(readTimeout), !noVerifySsl, caBundle);
    }

    /**
     * botocore refuses to make a client that verifies certificates against an empty or blank bundle name
     * ({@code --ca-bundle ' '}, {@code AWS_CA_BUNDLE=}), before any request and before credentials are looked at.
     */
    public void requireUsableCaBundle() {
        if (verifySsl && caBundle != null && PythonStrings.strip(caBundle).isEmpty()) {
            throw new GeneralException("Invalid CA bundle: the configured value (ca_bundle, AWS_CA_BUNDLE, "
                    + "REQUESTS_CA_BUNDLE, or verify) resolved to an empty or whitespace-only string. Provide a valid "
                    + "path to a CA bundle file.");
        }
    }

    /**
     * These options, trusting {@code profileCaBundle} (a profile's {@code ca_bundle}) when certificates are checked
     * and neither {@code --ca-bundle} nor {@code AWS_CA_BUNDLE} named a bundle.
     */
    public ClientOptions orProfileCaBundle(String profileCaBundle) {
        if (!verifySsl || caBundle != null || profileCaBundle == null || profileCaBundle.isEmpty()) {
            return this;
        }
        return new ClientOptions(connectTimeout, readTimeout, verifySsl, profileCaBundle);
    }

    private static Duration seconds(String raw) {
        if (raw == null) {
            return DEFAULT_TIMEOUT;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new GeneralException("invalid literal for int() with base 10: '" + raw + "'");
        }
        if (seconds < 0) {
            throw new GeneralException("Timeout value out of range");
        }
        return Duration.ofSeconds(seconds);
    }
}
