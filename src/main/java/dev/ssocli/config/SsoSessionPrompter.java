package dev.ssocli.config;

import dev.ssocli.runtime.Prompter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sso-session prompts shared by {@code configure sso-session} and {@code configure sso}
 * (docs/cli-surface.md#configure-sso, docs/cli-surface.md#configure-sso-session; {@code
 * SSOSessionConfigurationPrompter} in {@code configure/sso.py}): texts, defaults and validation messages.
 */
public final class SsoSessionPrompter {
    /** Scope written when the user accepts the default. */
    public static final String DEFAULT_SCOPE = "sso:account:access";
    static final String VALUE_REQUIRED = "A value is required";
    static final String INVALID_START_URL = "Not a valid Start URL";
    static final String INVALID_SCOPES = "Scope values must be separated by commas";

    private static final Pattern HOST_LABELS = Pattern.compile(
            "^((?!-)[A-Z\\d-]{1,63}(?<!-)\\.)*((?!-)[A-Z\\d-]{1,63}(?<!-))$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HOSTNAME = 255;

    private final AwsConfig config;
    private final Prompter prompter;
    private String sessionName;
    private Map<String, String> sessionConfig = new LinkedHashMap<>();

    public SsoSessionPrompter(AwsConfig config, Prompter prompter) {
        this.config = config;
        this.prompter = prompter;
    }

    /** The chosen session name, or null (legacy format). */
    public String sessionName() {
        return sessionName;
    }

    /** The session's settings to write: its existing keys in file order, updated with the answers. */
    public Map<String, String> sessionConfig() {
        return sessionConfig;
    }

    /** Whether the chosen name is an existing {@code [sso-session]} section. */
    public boolean existingSession() {
        return sessionName != null && config.ssoSession(sessionName).isPresent();
    }

    /**
     * {@code SSO session name: } (required) or {@code SSO session name (Recommended): }, or with a current value
     * {@code SSO session name [X]: }.
     */
    public Optional<String> promptForSession(boolean required, String current) throws IOException {
        String prompt;
        if (current != null) {
            prompt = "SSO session name [" + current + "]: ";
        } else {
            prompt = required ? "SSO session name: " : "SSO session name (Recommended): ";
        }
        String answer = answer(prompt, current, required ? text -> required(text, current) : null);
        setSession(answer);
        return Optional.ofNullable(answer);
    }

    /** {@code SSO start URL [current]: }, validated as botocore's {@code is_valid_endpoint_url}. */
    public String promptForStartUrl() throws IOException {
        String current = sessionConfig.get("sso_start_url");
        String value = answer("SSO start URL [" + shown(current) + "]: ", current, text -> {
            if (text.isEmpty() && current != null && !current.isEmpty()) {
                return null;
            }
            return isValidEndpointUrl(text) ? null : INVALID_START_URL;
        });
        store("sso_start_url", value);
        return value;
    }

    /** {@code SSO region [current]: }, required. */
    public String promptForRegion() throws IOException {
        String current = sessionConfig.get("sso_region");
        String value = answer("SSO region [" + shown(current) + "]: ", current, text -> required(text, current));
        store("sso_region", value);
        return value;
    }

    /** {@code SSO registration scopes [current or sso:account:access]: }; returns the parsed scopes. */
    public List<String> promptForScopes() throws IOException {
        sessionConfig.putIfAbsent("sso_registration_scopes", DEFAULT_SCOPE);
        String current = sessionConfig.get("sso_registration_scopes");
        String value = answer("SSO registration scopes [" + shown(current) + "]: ", current, text -> {
            if (text.isEmpty() && current != null && !current.isEmpty()) {
                return null;
            }
            return commaSeparated(text) ? null : INVALID_SCOPES;
        });
        store("sso_registration_scopes", value);
        return parseScopes(value);
    }

    /** botocore's {@code parse_sso_registration_scopes}: split on commas, strip, drop empty items. */
    public static List<String> parseScopes(String raw) {
        List<String> scopes = new ArrayList<>();
        if (raw == null) {
            return scopes;
        }
        for (String item : raw.split(",", -1)) {
            String scope = Lines.pyStrip(item);
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /** botocore's {@code is_valid_endpoint_url}: a URL with a valid host name (labels of 1-63 letters, digits, -). */
    public static boolean isValidEndpointUrl(String url) {
        if (url.indexOf('\t') >= 0 || url.indexOf('\r') >= 0 || url.indexOf('\n') >= 0) {
            return false;
        }
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        String rest = url.substring(start);
        int colon = rest.indexOf(':');
        if (colon > 0 && isAsciiLetter(rest.charAt(0)) && rest.substring(0, colon).chars().allMatch(
                c -> isAsciiLetter((char) c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
            rest = rest.substring(colon + 1);
        }
        if (!rest.startsWith("//")) {
            return false;
        }
        String netloc = rest.substring(2);
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = netloc.indexOf(stop);
            if (at >= 0) {
                netloc = netloc.substring(0, at);
            }
        }
        if (netloc.contains("[") != netloc.contains("]")) {
            return false;
        }
        String host = netloc.substring(netloc.lastIndexOf('@') + 1);
        if (host.contains("[")) {
            return false;
        }
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (host.isEmpty() || host.length() > MAX_HOSTNAME) {
            return false;
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return HOST_LABELS.matcher(host).matches();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean commaSeparated(String text) {
        for (String scope : text.split(",", -1)) {
            String stripped = Lines.pyStrip(scope);
            for (int i = 0; i < stripped.length(); i++) {
                if (Lines.isPySpace(stripped.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** PTKPrompt formats a missing current value as Python's {@code None}. */
    private static String shown(String current) {
        return current == null ? "None" : current;
    }

    private static String required(String text, String current) {
        // Whitespace alone counts as empty: prompt_toolkit would accept it and the CLI then fail on a None name.
        return !Lines.pyStrip(text).isEmpty() || (current != null && !current.isEmpty()) ? null : VALUE_REQUIRED;
    }

    /** The stripped answer, or the current value for an empty one (PTKPrompt.get_value). */
    private String answer(String prompt, String current, java.util.function.UnaryOperator<String> validator)
            throws IOException {
        String answer = Lines.pyStrip(prompter.ask(prompt, validator));
        return answer.isEmpty() ? current : answer;
    }

    private void setSession(String name) {
        sessionName = name;
        sessionConfig = new LinkedHashMap<>();
        if (name != null) {
            config.ssoSession(name).ifPresent(section -> sessionConfig.putAll(section.properties()));
        }
    }

    private void store(String key, String value) {
        if (value != null && !value.isEmpty()) {
            sessionConfig.put(key, value);
        }
    }
}
