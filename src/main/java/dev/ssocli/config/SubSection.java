package dev.ssocli.config;

/**
 * A non-profile section addressed by {@code configure get/set --sso-session NAME} or {@code --services NAME}
 * (AWS CLI 2.34.22).
 *
 * @param kind {@code sso-session} or {@code services}
 * @param name the section's name
 */
public record SubSection(String kind, String name) {
    public static SubSection ssoSession(String name) {
        return new SubSection("sso-session", name);
    }

    public static SubSection services(String name) {
        return new SubSection("services", name);
    }

    /** The section name for {@link ConfigFileWriter}, shell-quoted when the name has whitespace. */
    public String sectionName() {
        return new SectionId(kind, name).headerName();
    }
}
