package dev.ssocli.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The {@code /authorize} URL and PKCE values of docs/wire-protocols.md#authorization-code-flow-with-pkce. */
class AuthorizeUrlTest {

    @Test
    void matchesTheSpecExample() {
        String url = AuthorizationCodeFlow.authorizeUrl(URI.create("https://oidc.us-east-1.amazonaws.com"), "CID",
                "http://127.0.0.1:54321/oauth/callback", "0f8fad5b-d9cb-469f-a165-70867728950e",
                "sso:account:access", "CHALLENGE");
        assertThat(url).isEqualTo("https://oidc.us-east-1.amazonaws.com/authorize?response_type=code&client_id=CID"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A54321%2Foauth%2Fcallback"
                + "&state=0f8fad5b-d9cb-469f-a165-70867728950e&code_challenge_method=S256"
                + "&scopes=sso%3Aaccount%3Aaccess&code_challenge=CHALLENGE");
    }

    @Test
    void dropsTheEndpointPathAndEncodesSpacesBetweenScopes() {
        String url = AuthorizationCodeFlow.authorizeUrl(URI.create("http://127.0.0.1:8080/some/prefix"), "c", "r",
                "s", "a:b c", "x");
        assertThat(url).startsWith("http://127.0.0.1:8080/authorize?").contains("&scopes=a%3Ab%20c&");
    }

    @Test
    void pkceChallengeIsUnpaddedBase64UrlOfSha256() {
        // RFC 7636 appendix B
        assertThat(Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").challenge())
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        Pkce generated = Pkce.generate();
        assertThat(generated.verifier()).hasSize(64).matches("[A-Za-z0-9._~-]{64}");
        assertThat(generated.challenge()).hasSize(43).doesNotContain("=");
        assertThat(generated.toString()).doesNotContain(generated.verifier());
    }
}
