package dev.ssocli.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Run in a child JVM by {@link LoginInteropIT}: the AWS SDK for Java v2's own SSO credential provider, reading the
 * config and caches under {@code HOME}, then STS GetCallerIdentity with the credentials; prints the account.
 */
public final class JavaSdkProbe {
    private JavaSdkProbe() {
    }

    public static void main(String[] args) {
        try (ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder().profileName(args[0]).build()) {
            AwsCredentials credentials = provider.resolveCredentials();
            try (StsClient sts = StsClient.builder().region(Region.US_EAST_1)
                    .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_STS")))
                    .credentialsProvider(StaticCredentialsProvider.create(credentials)).build()) {
                System.out.println(sts.getCallerIdentity().account());
            }
        }
    }
}
