package dev.ssocli.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/** The AWS SDK for Java v2 clients, pointed at an emulator with {@code endpointOverride}. */
final class SdkClients {
    private SdkClients() {
    }

    static SsoOidcClient oidc(Emulator emulator) {
        return SsoOidcClient.builder().endpointOverride(URI.create(emulator.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static SsoClient sso(Emulator emulator) {
        return SsoClient.builder().endpointOverride(URI.create(emulator.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static StsClient sts(Emulator emulator, String accessKeyId, String secretAccessKey, String sessionToken) {
        return StsClient.builder().endpointOverride(URI.create(emulator.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static StsClient sts(Emulator emulator, RoleCredentials credentials) {
        return sts(emulator, credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
    }
}
