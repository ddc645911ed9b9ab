package dev.ssocli.creds;

import dev.ssocli.python.PythonDateTimes;
import dev.ssocli.runtime.Environment;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SECURITY_TOKEN} or {@code AWS_SESSION_TOKEN},
 * and {@code AWS_CREDENTIAL_EXPIRATION}, as botocore's {@code EnvProvider} reads them (empty counts as unset).
 */
final class EnvironmentCredentials implements CredentialSource {
    static final String METHOD = "env";

    private final Environment env;
    private final Clock clock;

    EnvironmentCredentials(Environment env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public ResolvedCredentials load() {
        if (env.nonEmpty("AWS_ACCESS_KEY_ID").isEmpty()) {
            return null;
        }
        AwsCredentials credentials = fetch(false);
        if (credentials.expiration() != null) {
            return ResolvedCredentials.refreshable(METHOD, credentials, () -> fetch(true), clock);
        }
        return ResolvedCredentials.fixed(METHOD, credentials);
    }

    private AwsCredentials fetch(boolean requireExpiry) {
        String accessKey = env.nonEmpty("AWS_ACCESS_KEY_ID")
                .orElseThrow(() -> new PartialCredentialsException(METHOD, "AWS_ACCESS_KEY_ID"));
        String secretKey = env.nonEmpty("AWS_SECRET_ACCESS_KEY")
                .orElseThrow(() -> new PartialCredentialsException(METHOD, "AWS_SECRET_ACCESS_KEY"));
        String token = env.nonEmpty("AWS_SECURITY_TOKEN").or(() -> env.nonEmpty("AWS_SESSION_TOKEN")).orElse(null);
        String expiry = env.nonEmpty("AWS_CREDENTIAL_EXPIRATION").orElse(null);
        if (requireExpiry && expiry == null) {
            throw new PartialCredentialsException(METHOD, "AWS_CREDENTIAL_EXPIRATION");
        }
        OffsetDateTime expiration = expiry == null ? null : PythonDateTimes.parse(expiry);
        return new AwsCredentials(accessKey, secretKey, token, expiration);
    }
}
