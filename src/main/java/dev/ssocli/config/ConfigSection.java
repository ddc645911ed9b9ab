package dev.ssocli.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One profile, sso-session or services section as botocore sees it: ordered scalar keys plus nested blocks. */
public final class ConfigSection {
    private final String name;
    private final Map<String, String> properties;
    private final Map<String, Map<String, String>> nested;
    private final Map<String, Object> raw;

    ConfigSection(String name, Map<String, Object> values) {
        this.name = name;
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, Map<String, String>> blocks = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (entry.getValue() instanceof String text) {
                scalars.put(entry.getKey(), text);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, String> block = (Map<String, String>) entry.getValue();
                blocks.put(entry.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(block)));
            }
        }
        this.properties = Collections.unmodifiableMap(scalars);
        this.nested = Collections.unmodifiableMap(blocks);
        Map<String, Object> all = new LinkedHashMap<>();
        values.forEach((key, value) -> all.put(key, value instanceof String ? value : blocks.get(key)));
        this.raw = Collections.unmodifiableMap(all);
    }

    /** The profile, session or services name (without the {@code profile } prefix or quotes). */
    public String name() {
        return name;
    }

    /** The raw value of a scalar key (keys are lower case, as botocore reads them). */
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** Scalar keys in file order. */
    public Map<String, String> properties() {
        return properties;
    }

    /** The nested block under {@code key} ({@code s3 =} followed by indented lines), empty if none. */
    public Map<String, String> subProperties(String key) {
        return nested.getOrDefault(key, Map.of());
    }

    /** Every key in file order with its raw value: a String or an unmodifiable {@code Map<String,String>} for nested blocks. */
    public Map<String, Object> raw() {
        return raw;
    }

    @Override
    public String toString() {
        // Values may be secrets (aws_secret_access_key in the credentials file): keys only.
        return "ConfigSection[" + name + ", keys=" + properties.keySet() + nested.keySet() + "]";
    }
}
