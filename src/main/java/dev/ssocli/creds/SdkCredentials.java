package dev.ssocli.creds;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Hands our credentials to an SDK client. Kept apart so that classes which only resolve credentials never make
 * the JVM load SDK types (start-up stays lazy for commands that call no service).
 */
public final class SdkCredentials {
    private SdkCredentials() {
    }

    /** A provider that always returns {@code credentials}. */
    public static AwsCredentialsProvider of(AwsCredentials credentials) {
        if (credentials.sessionToken() == null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(credentials.accessKeyId(),
                    credentials.secretAccessKey()));
        }
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken()));
    }
}
