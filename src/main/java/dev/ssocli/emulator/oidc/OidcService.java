package dev.ssocli.emulator.oidc;

import dev.ssocli.emulator.http.ApiException;
import dev.ssocli.emulator.http.JsonBody;
import dev.ssocli.emulator.http.PercentEncoding;
import dev.ssocli.emulator.http.Request;
import dev.ssocli.emulator.http.Response;
import dev.ssocli.emulator.state.AuthorizationRequest;
import dev.ssocli.emulator.state.ClientRegistration;
import dev.ssocli.emulator.state.DeviceAuthorization;
import dev.ssocli.emulator.state.EmulatorState;
import dev.ssocli.emulator.state.TokenGrant;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** SSO OIDC (restJson1, docs/wire-protocols.md#sso-oidc): RegisterClient, StartDeviceAuthorization and CreateToken. */
public final class OidcService {
    public static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    public static final String AUTHORIZATION_CODE_GRANT = "authorization_code";
    public static final String REFRESH_TOKEN_GRANT = "refresh_token";
    private static final Set<String> GRANT_TYPES = Set.of(DEVICE_CODE_GRANT, AUTHORIZATION_CODE_GRANT,
            REFRESH_TOKEN_GRANT);

    private final EmulatorState state;
    private final String endpoint;

    /** {@code endpoint} is the emulator's base URL, used for the device verification URIs. */
    public OidcService(EmulatorState state, String endpoint) {
        this.state = state;
        this.endpoint = endpoint;
    }

    public Response registerClient(Request request) {
        JsonBody body = JsonBody.of(request);
        String clientName = body.required("clientName");
        String clientType = body.required("clientType");
        if (!"public".equals(clientType)) {
            throw new ApiException(400, "InvalidClientMetadataException", "Invalid client type: " + clientType);
        }
        List<String> scopes = body.strings("scopes");
        for (String scope : scopes) {
            if (scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
                throw new ApiException(400, "InvalidScopeException", "Invalid scope: " + scope);
            }
        }
        List<String> grantTypes = body.strings("grantTypes");
        for (String grantType : grantTypes) {
            if (!GRANT_TYPES.contains(grantType)) {
                throw new ApiException(400, "InvalidClientMetadataException", "Invalid grant type: " + grantType);
            }
        }
        List<String> redirectUris = body.strings("redirectUris");
        for (String redirectUri : redirectUris) {
            if (!isAbsoluteHttpUri(redirectUri)) {
                throw new ApiException(400, "InvalidRedirectUriException", "Invalid redirect URI: " + redirectUri);
            }
        }
        if (grantTypes.contains(AUTHORIZATION_CODE_GRANT) && redirectUris.isEmpty()) {
            throw new ApiException(400, "InvalidRedirectUriException",
                    "Redirect URIs are required for the authorization_code grant");
        }
        ClientRegistration client = state.clients().register(clientName, scopes, redirectUris, grantTypes);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clientId", client.clientId());
        out.put("clientSecret", client.clientSecret());
        out.put("clientIdIssuedAt", client.issuedAt().getEpochSecond());
        out.put("clientSecretExpiresAt", client.expiresAt().getEpochSecond());
        if (grantTypes.contains(AUTHORIZATION_CODE_GRANT)) {
            out.put("authorizationEndpoint", endpoint + "/authorize");
            out.put("tokenEndpoint", endpoint + "/token");
        }
        return Response.json(200, out);
    }

    public Response startDeviceAuthorization(Request request) {
        JsonBody body = JsonBody.of(request);
        String clientId = body.required("clientId");
        String clientSecret = body.required("clientSecret");
        String startUrl = body.required("startUrl");
        ClientRegistration client = state.clients().authenticate(clientId, clientSecret);
        requireGrant(client, DEVICE_CODE_GRANT);
        DeviceAuthorization device = state.requests().startDevice(client, startUrl);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deviceCode", device.deviceCode());
        out.put("userCode", device.userCode());
        out.put("verificationUri", endpoint + "/device");
        out.put("verificationUriComplete", endpoint + "/device?user_code=" + PercentEncoding.encode(device.userCode()));
        out.put("expiresIn", state.settings().deviceCodeTtl().toSeconds());
        out.put("interval", state.settings().pollInterval().toSeconds());
        return Response.json(200, out);
    }

    public Response createToken(Request request) {
        JsonBody body = JsonBody.of(request);
        String clientId = body.required("clientId");
        String clientSecret = body.required("clientSecret");
        String grantType = body.required("grantType");
        ClientRegistration client = state.clients().authenticate(clientId, clientSecret);
        TokenGrant grant;
        switch (grantType) {
            case DEVICE_CODE_GRANT -> {
                String deviceCode = body.required("deviceCode");
                requireGrant(client, DEVICE_CODE_GRANT);
                state.requests().pollDevice(client, deviceCode);
                grant = state.tokens().signIn(client, state.directory().userEmail());
            }
            case AUTHORIZATION_CODE_GRANT -> {
                String code = body.required("code");
                String redirectUri = body.required("redirectUri");
                String codeVerifier = body.required("codeVerifier");
                requireGrant(client, AUTHORIZATION_CODE_GRANT);
                AuthorizationRequest authorization = state.requests().redeemCode(client, code, redirectUri,
                        codeVerifier);
                grant = state.tokens().signIn(authorization.client(), state.directory().userEmail());
            }
            case REFRESH_TOKEN_GRANT -> {
                String refreshToken = body.required("refreshToken");
                grant = state.tokens().refresh(client, refreshToken);
            }
            default -> throw new ApiException(400, "UnsupportedGrantTypeException",
                    "Unsupported grant type: " + grantType);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accessToken", grant.accessToken());
        out.put("tokenType", "Bearer");
        out.put("expiresIn", grant.expiresInSeconds());
        if (grant.refreshToken() != null) {
            out.put("refreshToken", grant.refreshToken());
        }
        return Response.json(200, out);
    }

    /** A client registered with explicit grant types may use only those (clients registered without any: device). */
    static void requireGrant(ClientRegistration client, String grantType) {
        boolean allowed = client.grantTypes().isEmpty()
                ? DEVICE_CODE_GRANT.equals(grantType)
                : client.grantTypes().contains(grantType);
        if (!allowed) {
            throw new ApiException(400, "UnauthorizedClientException",
                    "Client is not authorized to use the " + grantType + " grant");
        }
    }

    private static boolean isAbsoluteHttpUri(String uri) {
        try {
            URI parsed = new URI(uri);
            return ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) && parsed.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
