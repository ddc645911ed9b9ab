package dev.ssocli.service;

import dev.ssocli.aws.SdkCalls;
import dev.ssocli.creds.ResolvedCredentials;
import dev.ssocli.creds.SdkCredentials;
import dev.ssocli.errors.NoCredentialsException;
import java.util.LinkedHashMap;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The STS operations of the generated {@code aws sts} commands. */
public final class StsOperations {
    private StsOperations() {
    }

    /**
     * {@code GetCallerIdentity} with the session's credentials, in the session's region or (none configured) at the
     * global endpoint signed for us-east-1 (docs/wire-protocols.md#endpoint-resolution); the response in the model's
     * member order.
     */
    public static LinkedHashMap<String, Object> getCallerIdentity(ServiceSession session) {
        String region = session.region();
        Optional<ResolvedCredentials> credentials = session.credentials();
        SigningCredentials signing = new SigningCredentials(session.options().noSignRequest() ? null : credentials);
        StsClient sts = session.clients().sts(region, signing, session.options().endpointUrl());
        signing.fetch();
        GetCallerIdentityResponse response = SdkCalls.call("GetCallerIdentity", sts::getCallerIdentity);
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        putIfPresent(result, "UserId", response.userId());
        putIfPresent(result, "Account", response.account());
        putIfPresent(result, "Arn", response.arn());
        return result;
    }

    static void putIfPresent(LinkedHashMap<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * What the STS client signs with: fetched once before the call, as botocore's signer does (so fetch errors are
     * the CLI's, not wrapped by the SDK); without credentials the request is refused before it is sent, unless
     * {@code --no-sign-request} sends it unsigned.
     */
    private static final class SigningCredentials implements AwsCredentialsProvider {
        private final Optional<ResolvedCredentials> source;
        private software.amazon.awssdk.auth.credentials.AwsCredentials fetched;

        SigningCredentials(Optional<ResolvedCredentials> source) {
            this.source = source;
        }

        void fetch() {
            if (source == null) {
                return;
            }
            fetched = SdkCredentials.of(source.orElseThrow(NoCredentialsException::new).get()).resolveCredentials();
        }

        @Override
        public software.amazon.awssdk.auth.credentials.AwsCredentials resolveCredentials() {
            if (fetched == null) {
                return AnonymousCredentialsProvider.create().resolveCredentials();
            }
            return fetched;
        }

        @Override
        public String toString() {
            return "SigningCredentials";
        }
    }
}
