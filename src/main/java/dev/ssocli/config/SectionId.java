package dev.ssocli.config;

import dev.ssocli.python.Shlex;
import java.util.List;
import java.util.Optional;

/**
 * What a config-file section means: a profile, sso-session or services section and its name, or a raw section. The
 * reader ({@link AwsConfig}) and the writer ({@link ConfigDocument}, {@link ConfigFileWriter}) both name sections by
 * it, so the section an edit changes is the one botocore reads.
 *
 * @param kind {@link #PROFILE}, {@link #SSO_SESSION}, {@link #SERVICES}, {@link #IGNORED} or {@link #RAW}
 * @param name the profile, session or services name, or the raw header
 */
public record SectionId(String kind, String name) {
    public static final String PROFILE = "profile";
    public static final String SSO_SESSION = "sso-session";
    public static final String SERVICES = "services";
    /** A header botocore skips: it starts with a kind but {@code shlex.split} does not give exactly two words. */
    public static final String IGNORED = "ignored";
    /** Any other section, e.g. {@code [plugins]} or a credentials-file profile, named by its raw header. */
    public static final String RAW = "raw";
    private static final List<String> KINDS = List.of(PROFILE, SSO_SESSION, SERVICES);

    public static SectionId profile(String name) {
        return new SectionId(PROFILE, name);
    }

    public static SectionId ssoSession(String name) {
        return new SectionId(SSO_SESSION, name);
    }

    public static SectionId services(String name) {
        return new SectionId(SERVICES, name);
    }

    /**
     * What botocore makes of a config-file header ({@code botocore/configloader.py build_profile_map} and
     * {@code _parse_section}): {@code default} is the default profile; a header that starts with a kind (no space
     * needed: {@code [profilea]} counts) names the second of exactly two {@code shlex.split} words, else it is
     * ignored; anything else is kept under its raw name.
     */
    public static SectionId ofHeader(String rawName) {
        if (rawName.equals("default")) {
            return profile("default");
        }
        for (String kind : KINDS) {
            if (rawName.startsWith(kind)) {
                Optional<List<String>> tokens = Shlex.splitOrEmpty(rawName);
                if (tokens.isPresent() && tokens.get().size() == 2) {
                    return new SectionId(kind, tokens.get().get(1));
                }
                return new SectionId(IGNORED, rawName);
            }
        }
        return new SectionId(RAW, rawName);
    }

    /** The section a writer's {@code sectionName} ({@code default}, {@code profile NAME}, ...) addresses. */
    static SectionId ofTarget(String sectionName) {
        if (sectionName.equals("default")) {
            return profile("default");
        }
        for (String kind : KINDS) {
            if (sectionName.startsWith(kind + " ")) {
                Optional<List<String>> tokens = Shlex.splitOrEmpty(sectionName);
                if (tokens.isPresent() && tokens.get().size() == 2) {
                    return new SectionId(kind, tokens.get().get(1));
                }
                return new SectionId(kind, sectionName.substring(kind.length() + 1));
            }
        }
        return new SectionId(RAW, sectionName);
    }

    /**
     * The header text for a new section, as the CLI's {@code configure} commands write it: {@code default}, else
     * {@code KIND NAME} with NAME {@code shlex.quote}d when it has a space or tab.
     */
    public String headerName() {
        if (kind.equals(RAW) || kind.equals(IGNORED)) {
            return name;
        }
        if (kind.equals(PROFILE) && name.equals("default")) {
            return "default";
        }
        return kind + " " + (name.indexOf(' ') >= 0 || name.indexOf('\t') >= 0 ? Shlex.quote(name) : name);
    }
}
