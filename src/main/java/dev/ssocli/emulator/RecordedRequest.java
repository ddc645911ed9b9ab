package dev.ssocli.emulator;

/**
 * A request the emulator received (control API calls excluded).
 *
 * @param path      the path without the query string
 * @param operation the AWS operation name (e.g. {@code CreateToken}, {@code GetCallerIdentity}), the page name
 *                  ({@code DevicePage}, {@code DeviceDecision}, {@code Authorize}, {@code AuthorizeDecision}), or
 *                  null for an unknown route
 * @param grantType the {@code grantType} of a CreateToken request, otherwise null
 * @param startUrl  the {@code startUrl} of a StartDeviceAuthorization request or the {@code issuerUrl} of a
 *                  RegisterClient request, otherwise null
 */
public record RecordedRequest(String method, String path, String operation, String grantType, String startUrl) {
    /** A request that names no start URL. */
    public RecordedRequest(String method, String path, String operation, String grantType) {
        this(method, path, operation, grantType, null);
    }
}
