package dev.ssocli.emulator.state;

/**
 * One sign-in of the user by one client: every access token, refresh token and role credential derived from it
 * is revoked together by sso:Logout.
 */
public final class LoginSession {
    private final String userEmail;
    private volatile boolean revoked;

    LoginSession(String userEmail) {
        this.userEmail = userEmail;
    }

    public String userEmail() {
        return userEmail;
    }

    public boolean isRevoked() {
        return revoked;
    }

    void revoke() {
        revoked = true;
    }
}
