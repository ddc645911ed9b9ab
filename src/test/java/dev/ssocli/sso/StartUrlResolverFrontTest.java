package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.aws.JdkHttpsTrust;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.VanityFront;
import dev.ssocli.errors.ConfigurationException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The start-URL lookup over real HTTPS, against the emulator's vanity front on loopback. */
class StartUrlResolverFrontTest {
    private static final ClientOptions DEFAULTS = ClientOptions.defaults();

    @Test
    void followsOneRedirectToThePortalAndTakesItsRegion() {
        try (Emulator emulator = front(VanityFront.DEFAULT_TARGET + "/?x=1", VanityFront.Mode.REDIRECT)) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            assertThat(trusting(front).resolve(front.startUrl(), "us-east-1")).isEqualTo(new StartUrlResolver
                    .Resolution("https://d-0000000000.portal.eu-west-1.app.aws/start", "eu-west-1"));
            assertThat(front.requests()).containsExactly("HEAD /start");
        }
    }

    @Test
    void fallsBackToGetWhenHeadIsNotAllowed() {
        try (Emulator emulator = front(VanityFront.DEFAULT_TARGET, VanityFront.Mode.HEAD_NOT_ALLOWED)) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            assertThat(trusting(front).resolve(front.startUrl(), null).region()).isEqualTo("eu-west-1");
            assertThat(front.requests()).containsExactly("HEAD /start", "GET /start");
        }
    }

    @Test
    void aPortalHostWithoutARegionKeepsTheConfiguredOne() {
        try (Emulator emulator = front("https://identitycenter.amazonaws.com/ssoins-1/", VanityFront.Mode.REDIRECT)) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            assertThat(trusting(front).resolve(front.startUrl(), "ap-south-1")).isEqualTo(new StartUrlResolver
                    .Resolution("https://identitycenter.amazonaws.com/ssoins-1", "ap-south-1"));
            assertThatThrownBy(() -> trusting(front).resolve(front.startUrl(), null))
                    .isInstanceOf(ConfigurationException.class).hasMessage("Cannot determine region from start URL '"
                            + front.startUrl() + "'. Please provide sso_region in your configuration.");
        }
    }

    @Test
    void trustsAProfilesCaBundleAndNoVerifySslTrustsAnything() {
        try (Emulator emulator = front(VanityFront.DEFAULT_TARGET, VanityFront.Mode.REDIRECT)) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            AwsConfig config = AwsConfig.from(("[profile corp]\nca_bundle = " + front.certificate() + "\n")
                    .getBytes(StandardCharsets.UTF_8), Path.of("config"), new byte[0], Path.of("credentials"));
            assertThat(StartUrlResolver.of(DEFAULTS, config, "corp", Duration.ZERO)
                    .resolve(front.startUrl(), null).region()).isEqualTo("eu-west-1");
            assertThatThrownBy(() -> StartUrlResolver.of(DEFAULTS, config, "default", Duration.ZERO)
                    .resolve(front.startUrl(), null)).hasMessage("Failed to resolve start URL: [SSL: "
                    + "CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1082)");
            ClientOptions noVerify = ClientOptions.fromFlags(null, null, true, null);
            assertThat(new StartUrlResolver(new JdkHttpsTrust(noVerify), null).resolve(front.startUrl(), null)
                    .region()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void aCertificateForAnotherNameIsAHostnameMismatch() throws Exception {
        // the certificate names 127.0.0.1 and localhost; the machine's own name, where it means 127.0.0.1, is neither
        String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        assumeTrue(!name.equals("localhost") && InetAddress.getByName(name).getHostAddress().equals("127.0.0.1"),
                "the host name does not resolve to 127.0.0.1");
        try (Emulator emulator = front(VanityFront.DEFAULT_TARGET, VanityFront.Mode.REDIRECT)) {
            VanityFront front = emulator.vanityFront().orElseThrow();
            String otherName = front.startUrl().replace("127.0.0.1", name);
            assertThatThrownBy(() -> trusting(front).resolve(otherName, null)).hasMessage(
                    "Failed to resolve start URL: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                            + "Hostname mismatch, certificate is not valid for '" + name + "'. (_ssl.c:1082)");
            assertThat(front.requests()).isEmpty();
        }
    }

    private static Emulator front(String target, VanityFront.Mode mode) {
        return Emulator.builder().vanityFront(target, mode).start();
    }

    private static StartUrlResolver trusting(VanityFront front) {
        return new StartUrlResolver(new JdkHttpsTrust(new ClientOptions(Duration.ofSeconds(5), Duration.ofSeconds(5),
                true, front.certificate().toString())), null);
    }
}
