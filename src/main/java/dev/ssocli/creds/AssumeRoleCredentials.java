package dev.ssocli.creds;

import dev.ssocli.aws.ResponseKeys;
import dev.ssocli.aws.SdkCalls;
import dev.ssocli.cache.RoleCredentialCache;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * {@code role_arn} profiles, as botocore's {@code AssumeRoleProvider} resolves them: the source is
 * {@code credential_source} or the {@code source_profile} chain (each link resolved by the profile providers, or
 * by assuming its own role), validated when the chain is resolved (a profile visited twice is a loop unless it
 * sources its own static keys); the AssumeRole calls themselves wait until the credentials are used, and their
 * results go through {@code ~/.aws/cli/cache} under botocore's assume-role key.
 */
final class AssumeRoleCredentials implements CredentialSource {
    static final String METHOD = "assume-role";
    /** credential_source names botocore accepts (case-sensitive), in its order. */
    private static final List<String> CREDENTIAL_SOURCES = List.of("Environment", "EcsContainer",
            "Ec2InstanceMetadata");

    private final String profile;
    private final CredentialContext ctx;
    private final CredentialResolver resolver;
    private final List<String> visited = new ArrayList<>();

    AssumeRoleCredentials(String profile, CredentialContext ctx, CredentialResolver resolver) {
        this.profile = profile;
        this.ctx = ctx;
        this.resolver = resolver;
        visited.add(profile);
    }

    @Override
    public ResolvedCredentials load() {
        if (!hasRoleConfig(ctx.profiles().properties(profile))) {
            return null;
        }
        return assumeRole(profile);
    }

    static boolean hasRoleConfig(Map<String, String> profile) {
        return profile.containsKey("role_arn") && !profile.containsKey("web_identity_token_file");
    }

    private ResolvedCredentials assumeRole(String name) {
        Map<String, String> config = ctx.profiles().properties(name);
        String sourceProfile = config.get("source_profile");
        String credentialSource = config.get("credential_source");
        if (credentialSource != null && sourceProfile != null) {
            throw new GeneralException("The profile \"" + name + "\" contains both source_profile and "
                    + "credential_source.");
        }
        if (credentialSource == null && sourceProfile == null) {
            throw new PartialCredentialsException(METHOD, "source_profile or credential_source");
        }
        ResolvedCredentials source;
        if (credentialSource != null) {
            if (!CREDENTIAL_SOURCES.contains(credentialSource)) {
                throw new GeneralException("The credential source \"" + credentialSource + "\" referenced in profile \""
                        + name + "\" is not valid.");
            }
            source = fromCredentialSource(credentialSource, name);
        } else {
            validateSourceProfile(name, sourceProfile);
            visited.add(sourceProfile);
            source = fromProfile(sourceProfile);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("RoleArn", config.get("role_arn"));
        if (config.containsKey("role_session_name")) {
            arguments.put("RoleSessionName", config.get("role_session_name"));
        }
        if (config.containsKey("external_id")) {
            arguments.put("ExternalId", config.get("external_id"));
        }
        if (config.containsKey("mfa_serial")) {
            arguments.put("SerialNumber", config.get("mfa_serial"));
        }
        if (config.containsKey("duration_seconds")) {
            try {
                arguments.put("DurationSeconds", Integer.parseInt(config.get("duration_seconds").strip()));
            } catch (NumberFormatException e) {
                // botocore ignores a duration it cannot read as an integer.
            }
        }
        return ResolvedCredentials.deferred(METHOD, () -> fetch(arguments, source), ctx.clock());
    }

    private void validateSourceProfile(String parent, String sourceProfile) {
        Optional<Map<String, String>> source = ctx.profiles().profile(sourceProfile).map(s -> s.properties());
        if (source.isEmpty()) {
            throw new GeneralException("The source_profile \"" + sourceProfile + "\" referenced in the profile \""
                    + parent + "\" does not exist.");
        }
        if (!visited.contains(sourceProfile)) {
            return;
        }
        // A profile may name itself to take static keys from its own section; anything else is a loop.
        if (!sourceProfile.equals(parent) || !StaticKeyCredentials.hasStaticKeys(source.get())) {
            throw new GeneralException("Infinite loop in credential configuration detected. Attempting to load from "
                    + "profile " + sourceProfile + " which has already been visited. Visited profiles: "
                    + PythonValues.repr(visited));
        }
    }

    private ResolvedCredentials fromProfile(String name) {
        Map<String, String> config = ctx.profiles().properties(name);
        if (StaticKeyCredentials.hasStaticKeys(config) || !hasRoleConfig(config)) {
            ResolvedCredentials credentials = resolver.profileChain(name);
            if (credentials == null) {
                throw new GeneralException("The source profile \"" + name + "\" must have credentials.");
            }
            return credentials;
        }
        return assumeRole(name);
    }

    private ResolvedCredentials fromCredentialSource(String source, String name) {
        ResolvedCredentials credentials = source.equals("Environment")
                ? new EnvironmentCredentials(ctx.env(), ctx.clock()).load() : null;
        if (credentials == null) {
            throw new GeneralException("Error when retrieving credentials from " + source + ": No credentials found "
                    + "in credential_source referenced in profile " + name);
        }
        return credentials;
    }

    private AwsCredentials fetch(Map<String, Object> arguments, ResolvedCredentials source) {
        Map<String, Object> keyArguments = new LinkedHashMap<>(arguments);
        String key = RoleCredentialCache.assumeRoleKey(keyArguments);
        RoleCredentialCache cache = ctx.roleCache();
        Optional<AwsCredentials> cached = CachedCredentialRecord.usable(cache.read(key), key, ctx.clock());
        if (cached.isPresent()) {
            return cached.get();
        }
        return cache.locked(key, () -> CachedCredentialRecord.usable(cache.read(key), key, ctx.clock())
                .orElseGet(() -> callAssumeRole(arguments, source, key)));
    }

    private AwsCredentials callAssumeRole(Map<String, Object> arguments, ResolvedCredentials source, String key) {
        RoleCredentialCache cache = ctx.roleCache();
        AwsCredentials sourceCredentials = source.get();
        AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                .roleArn((String) arguments.get("RoleArn"))
                .roleSessionName(arguments.containsKey("RoleSessionName") ? (String) arguments.get("RoleSessionName")
                        : "botocore-session-" + ctx.clock().instant().getEpochSecond());
        if (arguments.containsKey("ExternalId")) {
            request.externalId((String) arguments.get("ExternalId"));
        }
        if (arguments.containsKey("SerialNumber")) {
            String serial = (String) arguments.get("SerialNumber");
            request.serialNumber(serial).tokenCode(askMfaCode(serial));
        }
        if (arguments.containsKey("DurationSeconds")) {
            request.durationSeconds((Integer) arguments.get("DurationSeconds"));
        }
        AssumeRoleResponse response = SdkCalls.call("AssumeRole",
                () -> ctx.clients().get().sts(ctx.stsRegion(), SdkCredentials.of(sourceCredentials), null).assumeRole(request.build()));
        // botocore's AssumeRoleCredentialFetcher indexes these; nothing is cached without them.
        Credentials credentials = ResponseKeys.require(response.credentials(), "Credentials");
        ResponseKeys.require(credentials.accessKeyId(), "AccessKeyId");
        ResponseKeys.require(credentials.secretAccessKey(), "SecretAccessKey");
        ResponseKeys.require(credentials.sessionToken(), "SessionToken");
        ResponseKeys.require(credentials.expiration(), "Expiration");
        cache.writeAssumeRole(key, credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken(), credentials.expiration(),
                response.assumedRoleUser() == null ? null : response.assumedRoleUser().assumedRoleId(),
                response.assumedRoleUser() == null ? null : response.assumedRoleUser().arn());
        return new AwsCredentials(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken(), OffsetDateTime.ofInstant(credentials.expiration(), ZoneOffset.UTC));
    }

    /** botocore asks with {@code getpass}: {@code Enter MFA code for SERIAL: }. */
    private String askMfaCode(String serial) {
        ctx.console().err().print("Enter MFA code for " + serial + ": ");
        ctx.console().err().flush();
        try {
            String code = ctx.console().readLine();
            return code == null ? "" : code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
