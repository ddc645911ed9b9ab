package dev.ssocli.emulator;

/**
 * A request the emulator received (control API calls excluded).
 *
 * @param path      the path without the query string
 * @param operation the AWS operation name (e.g. {@code CreateToken}, {@code GetCallerIdentity}), the page name
 *                  ({@code DevicePage}, {@code DeviceDecision}, {@code Authorize}, {@code AuthorizeDecision}), or
 *                  null for an unknown route
 * @param grantType the {@code grantType} of a CreateToken request, otherwise null
 */
public record RecordedRequest(String method, String path, String operation, String grantType) {
}
