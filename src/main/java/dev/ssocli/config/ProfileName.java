package dev.ssocli.config;

import dev.ssocli.runtime.Environment;
import java.util.Optional;

/**
 * The profile a command uses, chosen as AWS CLI v2 does: {@code --profile}, then {@code AWS_PROFILE}, then
 * {@code AWS_DEFAULT_PROFILE}, then {@code default} (sso-compat.md §1.4; boto3 reverses the two variables).
 */
public final class ProfileName {
    /** Where the name came from, for {@code configure list}'s Type/Location columns. */
    public enum Source { FLAG, AWS_PROFILE, AWS_DEFAULT_PROFILE, FALLBACK }

    private final String name;
    private final Source source;

    private ProfileName(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    public static ProfileName resolve(String profileFlag, Environment env) {
        if (profileFlag != null) {
            return new ProfileName(profileFlag, Source.FLAG);
        }
        Optional<String> fromEnv = env.nonEmpty("AWS_PROFILE");
        if (fromEnv.isPresent()) {
            return new ProfileName(fromEnv.get(), Source.AWS_PROFILE);
        }
        fromEnv = env.nonEmpty("AWS_DEFAULT_PROFILE");
        if (fromEnv.isPresent()) {
            return new ProfileName(fromEnv.get(), Source.AWS_DEFAULT_PROFILE);
        }
        return new ProfileName("default", Source.FALLBACK);
    }

    public String name() {
        return name;
    }

    /** True when the user named the profile (flag or environment): then a missing profile is an error. */
    public boolean explicit() {
        return source != Source.FALLBACK;
    }

    public Source source() {
        return source;
    }

    @Override
    public String toString() {
        return name;
    }
}
