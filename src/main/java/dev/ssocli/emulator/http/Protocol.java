package dev.ssocli.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire protocols the emulator speaks, each with its real service's error format
 * (docs/wire-protocols.md#error-decoding).
 *
 * <p>botocore and the Java SDK take a restJson1 error code from the {@code x-amzn-ErrorType} header, so both
 * JSON protocols send it; the bodies differ: OIDC uses the OAuth {@code error}/{@code error_description} pair,
 * the portal a {@code message}. STS (awsQuery) sends an XML {@code ErrorResponse}.
 */
public enum Protocol {
    /** SSO OIDC, restJson1. */
    OIDC {
        @Override
        public Response error(ApiException e, String requestId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", OAUTH_ERRORS.getOrDefault(e.errorType(), e.errorType()));
            body.put("error_description", e.getMessage());
            return Response.json(e.status(), body).header("x-amzn-ErrorType", e.errorType());
        }
    },
    /** SSO portal, restJson1. */
    PORTAL {
        @Override
        public Response error(ApiException e, String requestId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", e.getMessage());
            return Response.json(e.status(), body).header("x-amzn-ErrorType", e.errorType());
        }
    },
    /** STS, awsQuery with XML responses. */
    STS {
        @Override
        public Response error(ApiException e, String requestId) {
            String xml = "<ErrorResponse xmlns=\"" + STS_NAMESPACE + "\">\n"
                    + "  <Error>\n"
                    + "    <Type>" + (e.status() >= 500 ? "Receiver" : "Sender") + "</Type>\n"
                    + "    <Code>" + Xml.escape(e.errorType()) + "</Code>\n"
                    + "    <Message>" + Xml.escape(e.getMessage()) + "</Message>\n"
                    + "  </Error>\n"
                    + "  <RequestId>" + requestId + "</RequestId>\n"
                    + "</ErrorResponse>\n";
            return Response.xml(e.status(), xml);
        }
    },
    /** The browser-facing approval pages. */
    PAGE {
        @Override
        public Response error(ApiException e, String requestId) {
            return Response.html(e.status(), Html.page("Request failed", "<h1>Request failed</h1>\n<p>"
                    + Html.escape(e.getMessage()) + "</p>\n"));
        }
    },
    /** The emulator's own control API under {@code /_emulator/}. */
    CONTROL {
        @Override
        public Response error(ApiException e, String requestId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.errorType());
            body.put("message", e.getMessage());
            return Response.json(e.status(), body);
        }
    };

    /** The XML namespace of every STS response. */
    public static final String STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static final Map<String, String> OAUTH_ERRORS = Map.ofEntries(
            Map.entry("AuthorizationPendingException", "authorization_pending"),
            Map.entry("SlowDownException", "slow_down"),
            Map.entry("ExpiredTokenException", "expired_token"),
            Map.entry("AccessDeniedException", "access_denied"),
            Map.entry("InvalidGrantException", "invalid_grant"),
            Map.entry("InvalidClientException", "invalid_client"),
            Map.entry("UnauthorizedClientException", "unauthorized_client"),
            Map.entry("UnsupportedGrantTypeException", "unsupported_grant_type"),
            Map.entry("InvalidScopeException", "invalid_scope"),
            Map.entry("InvalidRequestException", "invalid_request"),
            Map.entry("InvalidClientMetadataException", "invalid_client_metadata"),
            Map.entry("InvalidRedirectUriException", "invalid_redirect_uri"),
            Map.entry("InternalServerException", "server_error"));

    /** Renders an error as this protocol's service would send it. */
    public abstract Response error(ApiException e, String requestId);
}
