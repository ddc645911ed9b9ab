package dev.ssocli.sso;

import dev.ssocli.aws.ConfiguredEndpoints;
import dev.ssocli.aws.ServiceId;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.GeneralException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a profile's endpoint settings for the client factory (docs/wire-protocols.md#configured-endpoint-overrides):
 * its {@code endpoint_url}, the {@code endpoint_url} sub-keys of the {@code [services NAME]} section it names, and
 * {@code ignore_configured_endpoint_urls}.
 */
public final class ProfileEndpoints {
    private ProfileEndpoints() {
    }

    /** The settings of {@code profile}; none when the profile does not exist. */
    public static ConfiguredEndpoints of(AwsConfig config, String profile) {
        Optional<ConfigSection> section = config.profile(profile);
        if (section.isEmpty()) {
            return ConfiguredEndpoints.none();
        }
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        Optional<String> servicesName = section.get().get("services");
        if (servicesName.isPresent()) {
            ConfigSection services = config.services(servicesName.get()).orElseThrow(() -> new GeneralException(
                    "The profile is configured to use the services section but the \"" + servicesName.get()
                            + "\" services configuration does not exist."));
            for (ServiceId service : ServiceId.values()) {
                String url = services.subProperties(service.servicesKey()).get("endpoint_url");
                if (url != null) {
                    serviceUrls.put(service.servicesKey(), url);
                }
            }
        }
        return new ConfiguredEndpoints(section.get().get("endpoint_url").orElse(null), serviceUrls,
                section.get().get("ignore_configured_endpoint_urls").orElse(null));
    }
}
