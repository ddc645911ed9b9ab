package dev.ssocli.configure;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.SubSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ProfileNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code aws configure get VARNAME} finds (docs/cli-surface.md#configure-get, {@code configure/get.py}): raw file
 * values of the current profile's own section, dotted {@code profile.NAME.key}, {@code NAME.key}, {@code key.subkey}
 * and {@code plugins.key} forms, and the {@code --sso-session}/{@code --services} sub-sections of AWS CLI 2.34.22.
 */
public final class ConfigGet {
    /** Sections the CLI treats as top-level rather than as a profile key. */
    static final String PLUGINS = "plugins";

    private ConfigGet() {
    }

    /**
     * The value: a String, a {@code Map<String,String>} when VARNAME names a nested block, or empty.
     *
     * @throws ProfileNotFoundException for an undotted VARNAME when the explicitly chosen profile does not exist
     */
    public static Optional<Object> lookup(AwsConfig config, String varname, ProfileName profile, SubSection sub) {
        if (sub != null) {
            return inSubSection(config, varname, sub);
        }
        if (varname.indexOf('.') < 0) {
            Optional<ConfigSection> section = config.profile(profile.name());
            if (section.isEmpty() && profile.explicit()) {
                throw new ProfileNotFoundException(profile.name());
            }
            return section.map(s -> s.raw().get(varname));
        }
        return dotted(config, varname, profile);
    }

    private static Optional<Object> inSubSection(AwsConfig config, String varname, SubSection sub) {
        Optional<ConfigSection> section = sub.kind().equals("sso-session") ? config.ssoSession(sub.name())
                : config.services(sub.name());
        List<String> parts = Arrays.asList(varname.split("\\.", -1));
        return section.flatMap(s -> descend(s.raw().get(parts.get(0)), parts.subList(1, parts.size())));
    }

    private static Optional<Object> dotted(AwsConfig config, String varname, ProfileName profile) {
        List<String> parts = Arrays.asList(varname.split("\\.", -1));
        if (parts.size() == 2 && parts.get(0).equals(PLUGINS)) {
            Object value = config.otherSection(parts.get(0)).map(s -> s.raw().get(parts.get(1))).orElse(null);
            if (value == null) {
                value = config.profile(parts.get(0)).map(s -> s.raw().get(parts.get(1))).orElse(null);
            }
            return Optional.ofNullable(value);
        }
        String profileName;
        List<String> rest;
        if (parts.get(0).equals("profile")) {
            if (parts.size() < 3) {
                // get.py indexes parts[2] unguarded; the CLI reports Python's IndexError text.
                throw new GeneralException("list index out of range");
            }
            profileName = parts.get(1);
            rest = parts.subList(2, parts.size());
        } else if (parts.get(0).equals("default") || config.profileNames().contains(parts.get(0))) {
            profileName = parts.get(0);
            rest = parts.subList(1, parts.size());
        } else {
            profileName = profile.name();
            rest = parts;
        }
        Object value = config.profile(profileName).map(s -> s.raw().get(rest.get(0))).orElse(null);
        return descend(value, rest.subList(1, rest.size()));
    }

    /** get.py looks one level down only when exactly one component remains; otherwise the value stands. */
    private static Optional<Object> descend(Object value, List<String> remaining) {
        if (remaining.size() == 1) {
            return value instanceof Map<?, ?> map ? Optional.ofNullable(map.get(remaining.get(0))) : Optional.empty();
        }
        return Optional.ofNullable(value);
    }
}
