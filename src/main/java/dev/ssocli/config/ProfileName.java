package dev.ssocli.config;

import dev.ssocli.runtime.Environment;

/**
 * The profile a command uses, chosen as AWS CLI v2 does: {@code --profile}, then {@code AWS_PROFILE}, then
 * {@code AWS_DEFAULT_PROFILE}, then {@code default} (docs/file-formats.md#environment-and-precedence; boto3 reverses
 * the two variables).
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

    /**
     * Resolves the profile. An empty {@code --profile} counts as not given (the CLI tests it for truth), but a set
     * and empty {@code AWS_PROFILE} names the profile {@code ""} (botocore's environment provider only checks that
     * the variable exists), so it fails as {@code The config profile () could not be found}, as the CLI does.
     */
    public static ProfileName resolve(String profileFlag, Environment env) {
        if (profileFlag != null && !profileFlag.isEmpty()) {
            return new ProfileName(profileFlag, Source.FLAG);
        }
        if (env.get("AWS_PROFILE") != null) {
            return new ProfileName(env.get("AWS_PROFILE"), Source.AWS_PROFILE);
        }
        if (env.get("AWS_DEFAULT_PROFILE") != null) {
            return new ProfileName(env.get("AWS_DEFAULT_PROFILE"), Source.AWS_DEFAULT_PROFILE);
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
