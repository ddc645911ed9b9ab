package dev.ssocli.emulator.sts;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.PercentEncoding;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.state.CredentialStore;
import dev.ssocli.emulator.state.IssuedCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code Authorization: AWS4-HMAC-SHA256 ...}) of a request against the
 * credentials the emulator issued, with STS's error codes and messages.
 *
 * <p>The request time is not compared with the clock: clients sign with the real time while tests move the
 * emulator's clock, and expiry is what those tests are about.
 */
public final class SigV4Verifier {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern COMPONENT = Pattern.compile("(\\w+)=([^,\\s]*)");
    private static final String INVALID_TOKEN = "The security token included in the request is invalid.";

    private final CredentialStore credentials;
    private final Clock clock;
    private final String service;

    /** {@code service} is the signing name credentials must be scoped to (e.g. {@code sts}). */
    public SigV4Verifier(CredentialStore credentials, Clock clock, String service) {
        this.credentials = credentials;
        this.clock = clock;
        this.service = service;
    }

    /** The credentials that signed the request, or the ApiException STS would answer with. */
    public IssuedCredentials verify(Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        authorization = authorization.trim();
        if (!authorization.startsWith(ALGORITHM + " ")) {
            String algorithm = authorization.split("\\s+", 2)[0];
            throw new ApiException(400, "IncompleteSignature", "Unsupported AWS 'algorithm': '" + algorithm + "'");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher m = COMPONENT.matcher(authorization.substring(ALGORITHM.length()));
        while (m.find()) {
            parts.putIfAbsent(m.group(1), m.group(2));
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (parts.get(required) == null || parts.get(required).isEmpty()) {
                throw new ApiException(400, "IncompleteSignature", "Authorization header requires '" + required
                        + "' parameter. Authorization=" + ALGORITHM + " " + redact(parts));
            }
        }
        String[] scope = parts.get("Credential").split("/");
        if (scope.length != 5) {
            throw new ApiException(400, "IncompleteSignature", "Credential should have 5 parts separated by '/'.");
        }
        String accessKeyId = scope[0];
        String date = scope[1];
        String region = scope[2];
        if (!service.equals(scope[3])) {
            throw new ApiException(403, "SignatureDoesNotMatch",
                    "Credential should be scoped to correct service: '" + service + "'. ");
        }
        if (!"aws4_request".equals(scope[4])) {
            throw new ApiException(403, "SignatureDoesNotMatch",
                    "Credential should be scoped with a valid terminator: 'aws4_request', not '" + scope[4] + "'. ");
        }
        List<String> signedHeaders = List.of(parts.get("SignedHeaders").toLowerCase(Locale.ROOT).split(";"));
        if (!signedHeaders.contains("host")) {
            throw new ApiException(400, "IncompleteSignature",
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null) {
            throw new ApiException(400, "IncompleteSignature",
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!amzDate.startsWith(date)) {
            throw new ApiException(403, "SignatureDoesNotMatch", "Date in Credential scope does not match YYYYMMDD"
                    + " from ISO-8601 version of date from HTTP: '" + date + "' != '" + amzDate + "'");
        }

        IssuedCredentials issued = credentials.find(accessKeyId);
        String sessionToken = request.header("X-Amz-Security-Token");
        if (issued == null || sessionToken == null || !MessageDigest.isEqual(
                issued.sessionToken().getBytes(StandardCharsets.UTF_8), sessionToken.getBytes(StandardCharsets.UTF_8))
                || issued.session() != null && issued.session().isRevoked()) {
            throw new ApiException(403, "InvalidClientTokenId", INVALID_TOKEN);
        }
        if (!clock.instant().isBefore(issued.expiresAt())) {
            throw new ApiException(400, "ExpiredToken", "The security token included in the request is expired");
        }

        String canonicalRequest = canonicalRequest(request, signedHeaders);
        String credentialScope = date + "/" + region + "/" + scope[3] + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + credentialScope + "\n" + hex(sha256(canonicalRequest
                .getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + issued.secretAccessKey()).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, scope[3]);
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts.get("Signature").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiException(403, "SignatureDoesNotMatch", "The request signature we calculated does not match"
                    + " the signature you provided. Check your AWS Secret Access Key and signing method. Consult the"
                    + " service documentation for details.");
        }
        return issued;
    }

    /** The canonical request of SigV4 for non-S3 services (path segments encoded twice, sorted query). */
    static String canonicalRequest(Request request, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(canonicalUri(request.rawPath())).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            List<String> values = request.headerValues(name);
            List<String> trimmed = new ArrayList<>();
            for (String value : values) {
                trimmed.add(value.trim().replaceAll("\\s+", " "));
            }
            canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
        // The hash of the body actually received, so a changed body fails even when the client sent its hash.
        String declared = request.header("X-Amz-Content-Sha256");
        canonical.append("UNSIGNED-PAYLOAD".equals(declared) ? declared : hex(sha256(request.body())));
        return canonical.toString();
    }

    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(PercentEncoding.encode(segments[i]));
        }
        return uri.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq), false);
            String value = eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1), false);
            pairs.add(new String[] {PercentEncoding.encode(name), PercentEncoding.encode(value)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(pair[0]).append('=').append(pair[1]);
        }
        return query.toString();
    }

    private static String redact(Map<String, String> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=')
                .append("Signature".equals(k) ? "..." : v));
        return out.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
