package dev.ssocli.service;

import dev.ssocli.aws.ClientOptions;

/**
 * The global options that shape a service command's session (docs/cli-surface.md#global-options).
 *
 * @param profileFlag {@code --profile}, or null
 * @param regionFlag {@code --region}, or null
 * @param endpointUrl {@code --endpoint-url} (already validated), or null
 * @param noSignRequest {@code --no-sign-request}
 * @param clientOptions timeouts and certificate settings of the HTTP client
 */
public record SessionOptions(String profileFlag, String regionFlag, String endpointUrl, boolean noSignRequest,
                             ClientOptions clientOptions) {
}
