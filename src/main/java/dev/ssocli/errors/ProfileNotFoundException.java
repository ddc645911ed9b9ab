package dev.ssocli.errors;

/** An explicitly named profile does not exist: exit 255, {@code The config profile (NAME) could not be found}. */
public final class ProfileNotFoundException extends GeneralException {
    private static final long serialVersionUID = 1L;
    private final String profile;

    public ProfileNotFoundException(String profile) {
        super("The config profile (" + profile + ") could not be found");
        this.profile = profile;
    }

    public String profile() {
        return profile;
    }
}
