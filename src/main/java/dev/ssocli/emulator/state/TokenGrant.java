package dev.ssocli.emulator.state;

/** The tokens one successful CreateToken returns; {@code refreshToken} may be null. */
public record TokenGrant(String accessToken, long expiresInSeconds, String refreshToken) {
    @Override
    public String toString() {
        return "TokenGrant[expiresIn=" + expiresInSeconds + ", refreshToken=" + (refreshToken == null ? "none" : "***")
                + "]";
    }
}
