package dev.ssocli.aws;

import dev.ssocli.runtime.Environment;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoint settings of the active profile, as the config layer found them: the profile's {@code endpoint_url},
 * the {@code endpoint_url} of each sub-key of its {@code [services NAME]} section, and its
 * {@code ignore_configured_endpoint_urls}. Resolution follows docs/wire-protocols.md#configured-endpoint-overrides
 * (first non-empty wins): {@code AWS_ENDPOINT_URL_<SERVICE>}, {@code AWS_ENDPOINT_URL}, the services section, the
 * profile; all skipped when configured endpoints are ignored.
 *
 * @param profileEndpointUrl the profile's {@code endpoint_url}, or null
 * @param servicesEndpointUrls {@code endpoint_url} per services sub-key ({@code sso_oidc}, {@code sso}, {@code sts})
 * @param profileIgnoreSetting the profile's raw {@code ignore_configured_endpoint_urls}, or null
 */
public record ConfiguredEndpoints(String profileEndpointUrl, Map<String, String> servicesEndpointUrls,
                                  String profileIgnoreSetting) {
    private static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    private static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";

    public ConfiguredEndpoints {
        servicesEndpointUrls = Map.copyOf(servicesEndpointUrls);
    }

    /** No profile settings: only the environment can override endpoints. */
    public static ConfiguredEndpoints none() {
        return new ConfiguredEndpoints(null, Map.of(), null);
    }

    /** The configured endpoint for {@code service}, or empty to use the service's default endpoint. */
    public Optional<String> resolve(ServiceId service, Environment env) {
        if (ignored(env)) {
            return Optional.empty();
        }
        return env.nonEmpty(service.environmentVariable())
                .or(() -> env.nonEmpty(GLOBAL_VARIABLE))
                .or(() -> nonEmpty(servicesEndpointUrls.get(service.servicesKey())))
                .or(() -> nonEmpty(profileEndpointUrl));
    }

    /** botocore reads the variable first and the profile second, and compares {@code str.lower() == 'true'}. */
    private boolean ignored(Environment env) {
        String raw = env.get(IGNORE_VARIABLE);
        if (raw == null) {
            raw = profileIgnoreSetting;
        }
        return raw != null && raw.equalsIgnoreCase("true");
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
