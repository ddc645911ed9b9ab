package dev.ssocli.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.NoRegionException;
import dev.ssocli.runtime.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Where STS is called and what region requests are signed for (docs/wire-protocols.md#configured-endpoint-overrides).
 */
class StsClientRegionTest {
    private static final AnonymousCredentialsProvider ANONYMOUS = AnonymousCredentialsProvider.create();

    @Test
    void noRegionMeansTheGlobalEndpointSignedForUsEast1() {
        try (AwsClients clients = new AwsClients(new Environment(Map.of()), ConfiguredEndpoints.none(),
                ClientOptions.defaults())) {
            StsClient sts = clients.sts(null, ANONYMOUS, null);
            assertThat(sts.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(sts.serviceClientConfiguration().endpointOverride()).hasValueSatisfying(
                    uri -> assertThat(uri).hasToString("https://sts.amazonaws.com"));
        }
    }

    @Test
    void aRegionMeansTheRegionalEndpoint() {
        try (AwsClients clients = new AwsClients(new Environment(Map.of()), ConfiguredEndpoints.none(),
                ClientOptions.defaults())) {
            StsClient sts = clients.sts("us-east-1", ANONYMOUS, null);
            assertThat(sts.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(sts.serviceClientConfiguration().endpointOverride()).hasValueSatisfying(
                    uri -> assertThat(uri).hasToString("https://sts.us-east-1.amazonaws.com"));
        }
    }

    @Test
    void aConfiguredEndpointNeedsARegion() {
        try (AwsClients clients = new AwsClients(new Environment(Map.of("AWS_ENDPOINT_URL_STS",
                "http://127.0.0.1:9")), ConfiguredEndpoints.none(), ClientOptions.defaults())) {
            assertThatThrownBy(() -> clients.sts(null, ANONYMOUS, null)).isInstanceOf(NoRegionException.class);
            assertThat(clients.sts("eu-west-2", ANONYMOUS, null).serviceClientConfiguration().endpointOverride())
                    .hasValueSatisfying(uri -> assertThat(uri).hasToString("http://127.0.0.1:9"));
        }
    }
}
