package dev.ssocli.emulator.oidc;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.Html;
import dev.ssocli.emulator.http.PercentEncoding;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import dev.ssocli.emulator.state.AuthorizationRequest;
import dev.ssocli.emulator.state.ClientRegistration;
import dev.ssocli.emulator.state.DeviceAuthorization;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.UserAuthorization;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The browser-facing pages where the user allows or denies a request: the device verification page
 * ({@code /device}) and the authorization-code page ({@code /authorize},
 * docs/wire-protocols.md#authorization-code-flow-with-pkce).
 *
 * <p>Each approval page has one form posting {@code request_id} and {@code decision=allow|deny} back to its own
 * path. With automatic approval, opening the page approves at once, so a {@code curl -sL} "browser" can sign in.
 */
public final class ApprovalPages {
    private static final String TITLE = "Authorize request";

    private final EmulatorState state;

    public ApprovalPages(EmulatorState state) {
        this.state = state;
    }

    /** {@code GET /device[?user_code=XXXX-XXXX]}. */
    public Response showDevice(Request request) {
        String userCode = request.query().get("user_code");
        if (userCode == null || userCode.isBlank()) {
            return Response.html(200, codeEntryPage(null));
        }
        Optional<DeviceAuthorization> found = state.requests().byUserCode(userCode);
        if (found.isEmpty()) {
            return Response.html(404, codeEntryPage("The code " + userCode.trim() + " is not valid or has expired."));
        }
        DeviceAuthorization device = found.get();
        if (device.status() == UserAuthorization.Status.PENDING && state.settings().autoApprove()) {
            state.requests().decide(device, true);
        }
        if (device.status() == UserAuthorization.Status.PENDING) {
            return Response.html(200, approvalPage(device, "/device",
                    "<p>Make sure this code matches the one the application shows:</p>\n"
                    + "<p class=\"code\" id=\"user-code\">" + Html.escape(device.userCode()) + "</p>\n"));
        }
        return Response.html(200, outcomePage(device.status() != UserAuthorization.Status.DENIED));
    }

    /** {@code POST /device} with {@code request_id} and {@code decision}. */
    public Response decideDevice(Request request) {
        UserAuthorization found = findForDecision(request);
        if (!(found instanceof DeviceAuthorization)) {
            throw expired();
        }
        boolean allow = decision(request);
        if (!state.requests().decide(found, allow)) {
            return Response.html(409, outcomePage(found.status() != UserAuthorization.Status.DENIED));
        }
        return Response.html(200, outcomePage(allow));
    }

    /**
     * {@code GET /authorize?response_type=code&client_id=..&redirect_uri=..&state=..&code_challenge_method=S256
     * &scopes=..&code_challenge=..}. Problems with the client or redirect URI are shown on the page (RFC 6749
     * §4.1.2.1: never redirect to an unverified URI); other problems are redirected as OAuth errors.
     */
    public Response showAuthorize(Request request) {
        Map<String, String> q = request.query();
        ClientRegistration client = state.clients().find(q.get("client_id"));
        if (client == null) {
            throw new ApiException(400, "InvalidClientException", "The client_id is not a registered client.");
        }
        String redirectUri = q.get("redirect_uri");
        if (redirectUri == null || client.redirectUris().stream().noneMatch(r -> redirectMatches(r, redirectUri))) {
            throw new ApiException(400, "InvalidRedirectUriException",
                    "The redirect_uri is not registered for this client.");
        }
        String oauthState = q.get("state");
        if (!client.grantTypes().contains(OidcService.AUTHORIZATION_CODE_GRANT)) {
            return Response.redirect(errorRedirect(redirectUri, "unauthorized_client", oauthState));
        }
        if (!"code".equals(q.get("response_type"))) {
            return Response.redirect(errorRedirect(redirectUri, "unsupported_response_type", oauthState));
        }
        String challenge = q.get("code_challenge");
        if (!"S256".equals(q.get("code_challenge_method")) || challenge == null || challenge.isEmpty()) {
            return Response.redirect(errorRedirect(redirectUri, "invalid_request", oauthState));
        }
        String scopes = q.get("scopes");
        List<String> scopeList = scopes == null || scopes.isBlank() ? client.scopes()
                : Arrays.stream(scopes.trim().split("\\s+")).toList();
        AuthorizationRequest authorization = state.requests().startAuthorization(client, redirectUri, oauthState,
                challenge, scopeList);
        if (state.settings().autoApprove()) {
            state.requests().decide(authorization, true);
            return Response.redirect(redirectFor(authorization));
        }
        return Response.html(200, approvalPage(authorization, "/authorize", ""));
    }

    /** {@code POST /authorize} with {@code request_id} and {@code decision}: redirects to the client. */
    public Response decideAuthorize(Request request) {
        UserAuthorization found = findForDecision(request);
        if (!(found instanceof AuthorizationRequest)) {
            throw expired();
        }
        state.requests().decide(found, decision(request));
        return Response.redirect(redirectFor((AuthorizationRequest) found));
    }

    /** Where the browser goes once a PKCE request is decided: {@code code} and {@code state}, or an error. */
    public static String redirectFor(AuthorizationRequest authorization) {
        String code = authorization.code();
        if (authorization.status() == UserAuthorization.Status.DENIED || code == null) {
            return errorRedirect(authorization.redirectUri(), "access_denied", authorization.state());
        }
        return withQuery(authorization.redirectUri(), "code=" + PercentEncoding.encode(code)
                + stateParameter(authorization.state()));
    }

    /** Loopback clients register {@code http://127.0.0.1/oauth/callback} and use it with a port (RFC 8252 §7.3). */
    static boolean redirectMatches(String registered, String used) {
        try {
            URI r = new URI(registered);
            URI u = new URI(used);
            return Objects.equals(r.getScheme(), u.getScheme()) && Objects.equals(r.getHost(), u.getHost())
                    && (r.getPort() == -1 || r.getPort() == u.getPort())
                    && Objects.equals(r.getRawPath(), u.getRawPath())
                    && Objects.equals(r.getRawQuery(), u.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private UserAuthorization findForDecision(Request request) {
        return state.requests().byId(request.form().get("request_id")).orElseThrow(ApprovalPages::expired);
    }

    private static boolean decision(Request request) {
        String decision = request.form().get("decision");
        if ("allow".equals(decision)) {
            return true;
        }
        if ("deny".equals(decision)) {
            return false;
        }
        throw new ApiException(400, "InvalidRequestException", "The decision must be allow or deny.");
    }

    private static ApiException expired() {
        return new ApiException(400, "InvalidRequestException", "This request is not valid or has expired.");
    }

    private static String errorRedirect(String redirectUri, String error, String oauthState) {
        return withQuery(redirectUri, "error=" + error + stateParameter(oauthState));
    }

    private static String stateParameter(String oauthState) {
        return oauthState == null ? "" : "&state=" + PercentEncoding.encode(oauthState);
    }

    private static String withQuery(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private String approvalPage(UserAuthorization request, String action, String codeBlock) {
        return Html.page(TITLE, "<h1>" + TITLE + "</h1>\n"
                + "<p><strong>" + Html.escape(request.client().clientName()) + "</strong> is requesting access to"
                + " your AWS accounts as <strong>" + Html.escape(state.directory().userEmail()) + "</strong>.</p>\n"
                + codeBlock
                + "<form method=\"post\" action=\"" + action + "\">\n"
                + "<input type=\"hidden\" name=\"request_id\" value=\"" + Html.escape(request.id()) + "\">\n"
                + "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n"
                + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n"
                + "</form>\n");
    }

    private static String outcomePage(boolean approved) {
        String title = approved ? "Request approved" : "Request denied";
        String text = approved
                ? "You can close this window and return to the application."
                : "The application was not given access. You can close this window.";
        return Html.page(title, "<h1>" + title + "</h1>\n<p>" + text + "</p>\n");
    }

    private static String codeEntryPage(String problem) {
        return Html.page(TITLE, "<h1>" + TITLE + "</h1>\n"
                + (problem == null ? "" : "<p class=\"error\">" + Html.escape(problem) + "</p>\n")
                + "<p>Enter the code the application shows:</p>\n"
                + "<form method=\"get\" action=\"/device\">\n"
                + "<input type=\"text\" name=\"user_code\" autocomplete=\"off\" autofocus>\n"
                + "<button type=\"submit\">Next</button>\n"
                + "</form>\n");
    }
}
