package dev.ssocli.config;

import dev.ssocli.runtime.AwsPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config and credentials files as botocore reads them (docs/file-formats.md#config-file): profiles from {@code
 * [default]} and {@code [profile X]} (the later of {@code [default]}/{@code [profile default]} wins), credentials-file
 * sections merged on top, plus {@code [sso-session X]} and {@code [services X]} sections. Read-only.
 */
public final class AwsConfig {
    private final Map<String, Map<String, Object>> profiles;
    private final Map<String, Map<String, Object>> ssoSessions;
    private final Map<String, Map<String, Object>> services;
    private final Map<String, Map<String, Object>> otherSections;
    private final Map<String, Map<String, Object>> credentialsSections;

    private AwsConfig(Map<String, Map<String, Object>> profiles, Map<String, Map<String, Object>> ssoSessions,
                      Map<String, Map<String, Object>> services, Map<String, Map<String, Object>> otherSections,
                      Map<String, Map<String, Object>> credentialsSections) {
        this.profiles = profiles;
        this.credentialsSections = credentialsSections;
        this.ssoSessions = ssoSessions;
        this.services = services;
        this.otherSections = otherSections;
    }

    /**
     * Reads both files. A missing file, a directory in its place or an unreadable file counts as empty (as
     * botocore's {@code isfile} check and configparser's {@code read} do); a malformed one throws
     * {@link ConfigParseException}.
     */
    public static AwsConfig load(AwsPaths paths) {
        return from(read(paths.configFile()), paths.configFile(), read(paths.credentialsFile()),
                paths.credentialsFile());
    }

    /** Parses the given file contents (null = no file); for tests and for re-reading under a writer's lock. */
    public static AwsConfig from(byte[] config, Path configPath, byte[] credentials, Path credentialsPath) {
        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        Map<String, Map<String, Object>> ssoSessions = new LinkedHashMap<>();
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        Map<String, Map<String, Object>> other = new LinkedHashMap<>();
        Map<String, Map<String, Object>> credentialsSections = new LinkedHashMap<>();
        if (config != null) {
            for (Map.Entry<String, Map<String, Object>> section : IniParser.parse(config, configPath).sections()
                    .entrySet()) {
                String raw = section.getKey();
                Map<String, Object> values = new LinkedHashMap<>(section.getValue());
                SectionId id = SectionId.ofHeader(raw);
                switch (id.kind()) {
                    case SectionId.PROFILE -> profiles.put(id.name(), values);
                    case SectionId.SSO_SESSION -> ssoSessions.put(id.name(), values);
                    case SectionId.SERVICES -> services.put(id.name(), values);
                    case SectionId.RAW -> other.put(raw, values);
                    default -> {
                    }
                }
            }
        }
        if (credentials != null) {
            for (Map.Entry<String, Map<String, Object>> section : IniParser.parse(credentials, credentialsPath)
                    .sections().entrySet()) {
                credentialsSections.put(section.getKey(), section.getValue());
                Map<String, Object> existing = profiles.get(section.getKey());
                if (existing == null) {
                    profiles.put(section.getKey(), new LinkedHashMap<>(section.getValue()));
                } else {
                    existing.putAll(section.getValue());
                }
            }
        }
        return new AwsConfig(profiles, ssoSessions, services, other, credentialsSections);
    }

    /** An empty configuration (no files). */
    public static AwsConfig empty() {
        return new AwsConfig(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The bytes of {@code file}, or null when it is not a readable regular file. */
    public static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Profile names: config-file order, then profiles found only in the credentials file. */
    public List<String> profileNames() {
        return Collections.unmodifiableList(new ArrayList<>(profiles.keySet()));
    }

    public Optional<ConfigSection> profile(String name) {
        return section(profiles, name);
    }

    /** The {@code ca_bundle} of profile {@code name} (botocore's {@code ca_bundle} variable), or null. */
    public String caBundle(String name) {
        return profile(name).map(section -> section.properties().get("ca_bundle")).orElse(null);
    }

    public Optional<ConfigSection> ssoSession(String name) {
        return section(ssoSessions, name);
    }

    public Optional<ConfigSection> services(String name) {
        return section(services, name);
    }

    public List<String> ssoSessionNames() {
        return Collections.unmodifiableList(new ArrayList<>(ssoSessions.keySet()));
    }

    /** A section that is neither a profile, an sso-session nor a services section, e.g. {@code [plugins]}. */
    public Optional<ConfigSection> otherSection(String rawName) {
        return section(otherSections, rawName);
    }

    /** The credentials file's own section for {@code profile}, before merging (its keys are the static keys). */
    public Optional<ConfigSection> credentialsFileProfile(String profile) {
        return section(credentialsSections, profile);
    }

    private static Optional<ConfigSection> section(Map<String, Map<String, Object>> map, String name) {
        Map<String, Object> values = map.get(name);
        return values == null ? Optional.empty() : Optional.of(new ConfigSection(name, values));
    }
}
