package dev.ssocli.emulator.sts;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.Protocol;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import dev.ssocli.emulator.http.Xml;
import dev.ssocli.emulator.state.CallerIdentity;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.IssuedCredentials;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STS (awsQuery, docs/wire-protocols.md#sts-getcalleridentity): GetCallerIdentity and AssumeRole, both
 * SigV4-authenticated.
 */
public final class StsService {
    public static final String GET_CALLER_IDENTITY = "GetCallerIdentity";
    public static final String ASSUME_ROLE = "AssumeRole";

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:[\\x21-\\x7e]+/)?"
            + "([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");
    private static final long MIN_DURATION_SECONDS = 900;
    private static final long MAX_DURATION_SECONDS = 43_200;

    private final EmulatorState state;
    private final SigV4Verifier verifier;

    public StsService(EmulatorState state) {
        this.state = state;
        this.verifier = new SigV4Verifier(state.credentials(), state.settings().clock(), "sts");
    }

    /** The query parameters of an awsQuery request: URL query, overridden by a form body. */
    public static Map<String, String> parameters(Request request) {
        Map<String, String> params = new LinkedHashMap<>(request.query());
        params.putAll(request.form());
        return params;
    }

    public Response getCallerIdentity(Request request, String requestId) {
        CallerIdentity identity = verifier.verify(request).identity();
        return Response.xml(200, "<GetCallerIdentityResponse xmlns=\"" + Protocol.STS_NAMESPACE + "\">\n"
                + "  <GetCallerIdentityResult>\n"
                + "    <Arn>" + Xml.escape(identity.arn()) + "</Arn>\n"
                + "    <UserId>" + Xml.escape(identity.userId()) + "</UserId>\n"
                + "    <Account>" + identity.account() + "</Account>\n"
                + "  </GetCallerIdentityResult>\n"
                + metadata(requestId)
                + "</GetCallerIdentityResponse>\n");
    }

    /**
     * Any role ARN in any account can be assumed with credentials the emulator issued (the emulator has no trust
     * policies). Without {@code DurationSeconds} the credentials live as long as role credentials do.
     */
    public Response assumeRole(Request request, String requestId) {
        IssuedCredentials caller = verifier.verify(request);
        Map<String, String> params = parameters(request);
        String roleArn = params.get("RoleArn");
        String sessionName = params.get("RoleSessionName");
        if (roleArn == null) {
            throw validation("Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        }
        if (sessionName == null) {
            throw validation("Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null");
        }
        if (sessionName.length() < 2 || sessionName.length() > 64) {
            throw validation("Value '" + sessionName + "' at 'roleSessionName' failed to satisfy constraint: Member"
                    + " must have length between 2 and 64");
        }
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw validation("Value '" + sessionName + "' at 'roleSessionName' failed to satisfy constraint: Member"
                    + " must satisfy regular expression pattern: [\\w+=,.@-]*");
        }
        Duration lifetime = state.settings().roleCredentialsTtl();
        String durationSeconds = params.get("DurationSeconds");
        if (durationSeconds != null) {
            long seconds;
            try {
                seconds = Long.parseLong(durationSeconds);
            } catch (NumberFormatException e) {
                throw validation("Value '" + durationSeconds + "' at 'durationSeconds' failed to satisfy constraint:"
                        + " Member must be a number");
            }
            if (seconds < MIN_DURATION_SECONDS || seconds > MAX_DURATION_SECONDS) {
                throw validation("Value '" + seconds + "' at 'durationSeconds' failed to satisfy constraint: Member"
                        + " must have value between " + MIN_DURATION_SECONDS + " and " + MAX_DURATION_SECONDS);
            }
            lifetime = Duration.ofSeconds(seconds);
        }
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            throw new ApiException(400, "ValidationError", roleArn + " is invalid");
        }
        CallerIdentity identity = CallerIdentity.assumedRole(arn.group(1), arn.group(2), sessionName);
        IssuedCredentials issued = state.credentials().issue(identity, caller.session(), lifetime);
        return Response.xml(200, "<AssumeRoleResponse xmlns=\"" + Protocol.STS_NAMESPACE + "\">\n"
                + "  <AssumeRoleResult>\n"
                + "    <AssumedRoleUser>\n"
                + "      <AssumedRoleId>" + Xml.escape(identity.userId()) + "</AssumedRoleId>\n"
                + "      <Arn>" + Xml.escape(identity.arn()) + "</Arn>\n"
                + "    </AssumedRoleUser>\n"
                + "    <Credentials>\n"
                + "      <AccessKeyId>" + issued.accessKeyId() + "</AccessKeyId>\n"
                + "      <SecretAccessKey>" + Xml.escape(issued.secretAccessKey()) + "</SecretAccessKey>\n"
                + "      <SessionToken>" + Xml.escape(issued.sessionToken()) + "</SessionToken>\n"
                + "      <Expiration>" + issued.expiresAt().truncatedTo(ChronoUnit.SECONDS) + "</Expiration>\n"
                + "    </Credentials>\n"
                + "  </AssumeRoleResult>\n"
                + metadata(requestId)
                + "</AssumeRoleResponse>\n");
    }

    /** An unknown or missing {@code Action}. */
    public static ApiException invalidAction(String action) {
        if (action == null) {
            return new ApiException(400, "MissingAction", "Missing Action");
        }
        return new ApiException(400, "InvalidAction", "Could not find operation " + action + " for version 2011-06-15");
    }

    private static String metadata(String requestId) {
        return "  <ResponseMetadata>\n    <RequestId>" + requestId + "</RequestId>\n  </ResponseMetadata>\n";
    }

    private static ApiException validation(String detail) {
        return new ApiException(400, "ValidationError", "1 validation error detected: " + detail);
    }
}
