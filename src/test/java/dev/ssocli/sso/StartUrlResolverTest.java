package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.aws.ClientOptions;
import dev.ssocli.aws.JdkHttpsTrust;
import dev.ssocli.errors.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pure rules of the start-URL lookup (docs/wire-protocols.md#vanity-start-urls). Expected values were recorded by
 * running resolve.py's {@code _normalize_url}, {@code is_aws_owned_domain} and {@code _extract_region_from_hostname}
 * (AWS CLI v2 branch) on each input.
 */
class StartUrlResolverTest {
    private final StartUrlResolver resolver = new StartUrlResolver(new JdkHttpsTrust(ClientOptions.defaults()), null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://d-1234567890.portal.eu-west-1.app.aws/start/ | https://d-1234567890.portal.eu-west-1.app.aws/start",
            "https://D-1234567890.Portal.EU-West-1.App.Aws:443/start//?a=b#frag"
                    + " | https://d-1234567890.portal.eu-west-1.app.aws/start",
            "https://user:pw@x.awsapps.com:8443/start;p?q | https://x.awsapps.com:8443/start",
            "https://x.awsapps.com | https://x.awsapps.com",
            "https://x.awsapps.com/ | https://x.awsapps.com",
            "http://x.awsapps.com:80/a/b/ | http://x.awsapps.com/a/b",
            "https://[::1]:9000/x/ | https://::1:9000/x",
            "https://x.awsapps.com:0/s | https://x.awsapps.com/s",
            "https://x.us-east-2.portal.amazonaws.com/start#/ | https://x.us-east-2.portal.amazonaws.com/start",
    })
    void normalisesAsTheCliDoes(String url, String expected) {
        assertThat(StartUrlResolver.normalize(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "d-1.awsapps.com | true", "awsapps.com | true", "x.awsapps.com. | true", "X.AWSAPPS.COM | true",
            "xawsapps.com | false", "identitycenter.amazonaws.com | true", "identitycenter.amazonaws.com. | true",
            "a.identitycenter.amazonaws.com | false", "d-1.portal.us-east-1.app.aws | true", "app.aws | true",
            "d.awsapps.cn | true", "d.portal.amazonaws.eu | true", "x.api.amazonwebservices.eu | true",
            "x.app.amazonwebservices.com.cn | true", "identitycenter.us-gov.amazonaws.com | true",
            "example.com | false", "login.example.com | false", "127.0.0.1 | false", "awsapps.com.evil.com | false",
            "d-1.awsapps.com.. | true", "identitycenter.amazonaws.eu | true", "portal.amazonaws.com | true",
    })
    void knowsWhichHostsAwsOwns(String host, boolean owned) {
        assertThat(StartUrlResolver.isAwsOwned(host)).isEqualTo(owned);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "None", value = {
            "d-1.portal.eu-west-1.app.aws | eu-west-1",
            "D-1.PORTAL.EU-WEST-1.APP.AWS. | eu-west-1",
            "d-1.us-east-2.portal.amazonaws.com | us-east-2",
            "d-1.cn-north-1.portal.amazonaws.com.cn | cn-north-1",
            "d-1.portal.cn-northwest-1.app.amazonwebservices.com.cn | cn-northwest-1",
            "d-1.eusc-de-east-1.portal.amazonaws.eu | eusc-de-east-1",
            "d-1.portal.eusc-de-east-1.api.amazonwebservices.eu | eusc-de-east-1",
            "d-1.awsapps.com | None",
            "a.b.portal.us-east-1.app.aws | None",
            "portal.us-east-1.app.aws | None",
            "identitycenter.amazonaws.com | None",
            "d-1.portal.us_east_1.app.aws | None",
    })
    void readsTheRegionFromPortalHostNames(String host, String region) {
        assertThat(StartUrlResolver.regionOf(host)).isEqualTo(region);
    }

    @Test
    void anAwsOwnedUrlIsReturnedUnchangedWithoutARequest() {
        // port 1 on loopback refuses connections: a request would fail the call
        assertThat(resolver.resolve("https://D-1.AwsApps.com:1/start/", "eu-central-1"))
                .isEqualTo(new StartUrlResolver.Resolution("https://D-1.AwsApps.com:1/start/", "eu-central-1"));
        assertThat(resolver.resolve("HTTPS://d-1.awsapps.com/start", "us-east-1").startUrl())
                .isEqualTo("HTTPS://d-1.awsapps.com/start");
    }

    @Test
    void refusesWhatCannotBeAStartUrlBeforeAnyRequest() {
        assertThatThrownBy(() -> resolver.resolve("http://login.example.com/start", "us-east-1"))
                .isInstanceOf(ConfigurationException.class).hasMessage("The sso_start_url must use the https scheme.");
        assertThatThrownBy(() -> resolver.resolve("d-1.awsapps.com/start", "us-east-1"))
                .isInstanceOf(ConfigurationException.class).hasMessage("The sso_start_url must use the https scheme.");
        assertThatThrownBy(() -> resolver.resolve("https:///start", "us-east-1"))
                .isInstanceOf(ConfigurationException.class).hasMessage("Invalid sso_start_url: 'https:///start'");
        assertThatThrownBy(() -> resolver.resolve("https://d-1.awsapps.com/start", null))
                .isInstanceOf(ConfigurationException.class).hasMessage("Missing required configuration: sso_region. "
                        + "Please run 'aws configure sso' to set it.");
    }

    @Test
    void aRefusedConnectionIsAConfigurationError() {
        assertThatThrownBy(() -> resolver.resolve("https://127.0.0.1:1/start", "us-east-1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Failed to resolve start URL: [Errno 111] Connection refused");
    }

    @Test
    void onlyHostsAwsDoesNotOwnAreLookedUp() {
        assertThat(StartUrlResolver.isVanity("https://login.example.com/start")).isTrue();
        assertThat(StartUrlResolver.isVanity("https://d-1.awsapps.com/start")).isFalse();
        assertThat(StartUrlResolver.isVanity("not a url")).isFalse();
    }
}
