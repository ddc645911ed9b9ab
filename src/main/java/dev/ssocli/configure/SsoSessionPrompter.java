package dev.ssocli.configure;

import dev.ssocli.config.SsoSessionRules;
import dev.ssocli.python.PythonStrings;
import dev.ssocli.config.AwsConfig;
import dev.ssocli.configure.Prompter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sso-session prompts shared by {@code configure sso-session} and {@code configure sso}
 * (docs/cli-surface.md#configure-sso, docs/cli-surface.md#configure-sso-session; {@code
 * SSOSessionConfigurationPrompter} in {@code configure/sso.py}): texts, defaults and validation messages.
 */
public final class SsoSessionPrompter {
    static final String VALUE_REQUIRED = "A value is required";

    private final AwsConfig config;
    private final Prompter prompter;
    private Map<String, String> sessionConfig = new LinkedHashMap<>();

    public SsoSessionPrompter(AwsConfig config, Prompter prompter) {
        this.config = config;
        this.prompter = prompter;
    }

    /** The session's settings to write: its existing keys in file order, updated with the answers. */
    public Map<String, String> sessionConfig() {
        return sessionConfig;
    }

    /** {@code SSO session name: }, required; returns the name and loads that session's existing settings. */
    public String promptForSession() throws IOException {
        String answer = answer("SSO session name: ", null, text -> required(text, null));
        setSession(answer);
        return answer;
    }

    /** {@code SSO start URL [current]: }, validated as botocore's {@code is_valid_endpoint_url}. */
    public String promptForStartUrl() throws IOException {
        String current = sessionConfig.get("sso_start_url");
        String value = answer("SSO start URL [" + shown(current) + "]: ", current,
                text -> SsoSessionRules.startUrlProblem(text, current));
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

    /** Sets the region without a prompt (the region a vanity start URL resolved to). */
    public void setRegion(String region) {
        store("sso_region", region);
    }

    /** {@code SSO registration scopes [current or sso:account:access]: }; returns the parsed scopes. */
    public List<String> promptForScopes() throws IOException {
        sessionConfig.putIfAbsent("sso_registration_scopes", SsoSessionRules.DEFAULT_SCOPE);
        String current = sessionConfig.get("sso_registration_scopes");
        String value = answer("SSO registration scopes [" + shown(current) + "]: ", current,
                text -> SsoSessionRules.scopesProblem(text, current));
        store("sso_registration_scopes", value);
        return SsoSessionRules.parseScopes(value);
    }

    /** PTKPrompt formats a missing current value as Python's {@code None}. */
    private static String shown(String current) {
        return current == null ? "None" : current;
    }

    private static String required(String text, String current) {
        // Whitespace alone counts as empty: prompt_toolkit would accept it and the CLI then fail on a None name.
        return !PythonStrings.strip(text).isEmpty() || (current != null && !current.isEmpty()) ? null : VALUE_REQUIRED;
    }

    /** The stripped answer, or the current value for an empty one (PTKPrompt.get_value). */
    private String answer(String prompt, String current, java.util.function.UnaryOperator<String> validator)
            throws IOException {
        String answer = PythonStrings.strip(prompter.ask(prompt, validator));
        return answer.isEmpty() ? current : answer;
    }

    private void setSession(String name) {
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
