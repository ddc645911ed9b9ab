package dev.ssocli.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.runtime.Environment;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The endpoint lookup order of docs/wire-protocols.md#configured-endpoint-overrides, read from our Environment only.
 */
class EndpointResolutionTest {
    private static final ConfiguredEndpoints PROFILE = new ConfiguredEndpoints("http://profile:1",
            Map.of("sso_oidc", "http://services-oidc:2", "sts", "http://services-sts:3"), null);

    private static Environment env(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new Environment(map);
    }

    @Test
    void serviceVariableThenGlobalVariableThenServicesSectionThenProfile() {
        Environment all = env("AWS_ENDPOINT_URL_SSO_OIDC", "http://env-oidc:4", "AWS_ENDPOINT_URL", "http://env:5");
        assertThat(PROFILE.resolve(ServiceId.SSO_OIDC, all)).contains("http://env-oidc:4");
        assertThat(PROFILE.resolve(ServiceId.SSO, all)).contains("http://env:5");
        assertThat(PROFILE.resolve(ServiceId.SSO_OIDC, env())).contains("http://services-oidc:2");
        assertThat(PROFILE.resolve(ServiceId.SSO, env())).contains("http://profile:1");
        assertThat(ConfiguredEndpoints.none().resolve(ServiceId.STS, env())).isEmpty();
        assertThat(PROFILE.resolve(ServiceId.SSO_OIDC, env("AWS_ENDPOINT_URL_SSO_OIDC", ""))).contains(
                "http://services-oidc:2");
    }

    @Test
    void ignoringConfiguredEndpointsSkipsEverySource() {
        Environment ignore = env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", "AWS_ENDPOINT_URL_SSO", "http://x:1");
        assertThat(PROFILE.resolve(ServiceId.SSO, ignore)).isEmpty();
        ConfiguredEndpoints ignoringProfile = new ConfiguredEndpoints("http://profile:1", Map.of(), "true");
        assertThat(ignoringProfile.resolve(ServiceId.SSO, env())).isEmpty();
        // the variable wins over the profile setting, as botocore reads it first
        assertThat(ignoringProfile.resolve(ServiceId.SSO, env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false")))
                .contains("http://profile:1");
    }

    @Test
    void defaultsComeFromTheSdkRules() {
        try (AwsClients clients = new AwsClients(env(), ConfiguredEndpoints.none(), ClientOptions.defaults())) {
            assertThat(clients.endpoint(ServiceId.SSO_OIDC, "eu-west-1"))
                    .isEqualTo(URI.create("https://oidc.eu-west-1.amazonaws.com"));
            assertThat(clients.endpoint(ServiceId.SSO, "eu-west-1"))
                    .isEqualTo(URI.create("https://portal.sso.eu-west-1.amazonaws.com"));
            assertThat(clients.endpoint(ServiceId.STS, "eu-west-1"))
                    .isEqualTo(URI.create("https://sts.eu-west-1.amazonaws.com"));
            assertThat(clients.endpoint(ServiceId.STS, null)).isEqualTo(URI.create("https://sts.amazonaws.com"));
            assertThat(clients.endpoint(ServiceId.SSO_OIDC, "cn-north-1").toString()).endsWith(".amazonaws.com.cn");
        }
    }

    @Test
    void badRegionsAndEndpointsFailAsBotocoreDoes() {
        try (AwsClients clients = new AwsClients(env("AWS_ENDPOINT_URL_SSO", "notaurl"), ConfiguredEndpoints.none(),
                ClientOptions.defaults())) {
            assertThatThrownBy(() -> clients.endpoint(ServiceId.SSO_OIDC, "us east 1"))
                    .isInstanceOf(GeneralException.class)
                    .hasMessage("Provided region_name 'us east 1' doesn't match a supported format.");
            assertThatThrownBy(() -> clients.endpoint(ServiceId.SSO, "us-east-1"))
                    .hasMessage("Invalid endpoint: notaurl");
        }
    }

    @Test
    void timeoutsAreIntegerSecondsLikePythonsInt() {
        assertThat(ClientOptions.fromFlags("5", "0", false, null).connectTimeout()).hasSeconds(5);
        assertThat(ClientOptions.fromFlags(null, null, true, null).verifySsl()).isFalse();
        assertThatThrownBy(() -> ClientOptions.fromFlags("abc", null, false, null))
                .hasMessage("invalid literal for int() with base 10: 'abc'");
    }
}
