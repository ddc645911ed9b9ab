package dev.ssocli.emulator;

/**
 * A user authorization as the control API shows it: a device authorization or a PKCE authorization request.
 *
 * @param flow     {@code device_code} or {@code authorization_code}
 * @param userCode the user code of a device authorization, otherwise null
 * @param status   {@code pending}, {@code approved}, {@code denied} or {@code redeemed}
 * @param redirect for a decided authorization-code request, where the browser is sent
 *                 ({@code redirect_uri?code=..&state=..} or {@code ?error=access_denied&state=..}); otherwise null
 */
public record Authorization(String id, String flow, String userCode, String clientName, String status,
        String redirect) {
    @Override
    public String toString() {
        return "Authorization[id=" + id + ", flow=" + flow + ", userCode=" + userCode + ", clientName=" + clientName
                + ", status=" + status + "]";
    }
}
