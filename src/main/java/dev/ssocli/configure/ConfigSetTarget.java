package dev.ssocli.configure;

import dev.ssocli.config.SubSection;
import dev.ssocli.config.ProfileName;
import dev.ssocli.config.ConfigFileWriter;
import dev.ssocli.errors.GeneralException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where {@code aws configure set VARNAME VALUE} writes (docs/cli-surface.md#configure-set, {@code configure/set.py}):
 * which file, which section, which key and, for {@code key.subkey}, which nested key.
 *
 * @param credentialsFile true for the access-key settings, which live in the credentials file
 * @param section the section name for {@link ConfigFileWriter}
 * @param key the key
 * @param subKey the nested key, or null for a plain value
 */
public record ConfigSetTarget(boolean credentialsFile, String section, String key, String subKey) {
    /**
     * Keys {@code configure set} writes to the credentials file (section named after the bare profile);
     * {@code aws_security_token} joined them in AWS CLI 2.34.37.
     */
    static final Set<String> CREDENTIALS_FILE_KEYS = Set.of("aws_access_key_id", "aws_secret_access_key",
            "aws_session_token", "aws_security_token");

    public static ConfigSetTarget resolve(String varname, ProfileName profile, SubSection sub) {
        if (sub != null) {
            List<String> parts = Arrays.asList(varname.split("\\.", -1));
            return new ConfigSetTarget(false, sub.sectionName(), parts.get(0),
                    parts.size() == 2 ? parts.get(1) : null);
        }
        String profileName = profile.explicit() ? profile.name() : "default";
        String key = varname;
        String subKey = null;
        String rawSection = null;
        if (varname.indexOf('.') >= 0) {
            List<String> parts = Arrays.asList(varname.split("\\.", -1));
            if (parts.get(0).equals("default") || parts.get(0).equals("profile")) {
                List<String> remaining;
                if (parts.get(0).equals("default")) {
                    profileName = "default";
                    remaining = parts.subList(1, parts.size());
                } else {
                    profileName = parts.get(1);
                    remaining = parts.subList(2, parts.size());
                }
                if (remaining.isEmpty()) {
                    // set.py indexes remaining[0] unguarded; the CLI reports Python's IndexError text.
                    throw new GeneralException("list index out of range");
                }
                key = remaining.get(0);
                subKey = remaining.size() == 2 ? remaining.get(1) : null;
            } else if (!parts.get(0).equals(ConfigGet.PLUGINS)) {
                key = parts.get(0);
                subKey = parts.size() == 2 ? parts.get(1) : null;
            } else if (parts.size() == 2) {
                rawSection = parts.get(0);
                key = parts.get(1);
            }
        }
        if (CREDENTIALS_FILE_KEYS.contains(key)) {
            return new ConfigSetTarget(true, rawSection != null ? rawSection : profileName, key, subKey);
        }
        String section = rawSection != null ? rawSection : ConfigFileWriter.profileSectionName(profileName);
        return new ConfigSetTarget(false, section, key, subKey);
    }
}
