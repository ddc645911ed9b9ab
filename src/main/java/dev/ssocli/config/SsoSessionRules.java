package dev.ssocli.config;

import dev.ssocli.python.PythonStrings;
import dev.ssocli.python.PythonUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sso-session rules both configure wizards and the login code share, each written once: the default scope,
 * botocore's scope parser, the start-URL and scopes validators of the configure prompts, and Python's
 * {@code str.strip} that every answer goes through.
 */
public final class SsoSessionRules {
    /**
     * Scope written when the user accepts the default, and registered when none is configured
     * ({@code awscli/customizations/configure/sso.py} {@code _DEFAULT_SSO_SCOPE}).
     */
    public static final String DEFAULT_SCOPE = "sso:account:access";
    public static final String INVALID_START_URL = "Not a valid Start URL";
    public static final String INVALID_SCOPES = "Scope values must be separated by commas";

    private static final Pattern HOST_LABELS = Pattern.compile(
            "^((?!-)[A-Z\\d-]{1,63}(?<!-)\\.)*((?!-)[A-Z\\d-]{1,63}(?<!-))$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HOSTNAME = 255;

    private SsoSessionRules() {
    }

    /**
     * botocore's {@code parse_sso_registration_scopes} ({@code botocore/utils.py}): split on commas, strip with
     * Python's {@code str.strip}, drop empty items.
     */
    public static List<String> parseScopes(String raw) {
        List<String> scopes = new ArrayList<>();
        if (raw == null) {
            return scopes;
        }
        for (String item : raw.split(",", -1)) {
            String scope = PythonStrings.strip(item);
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /**
     * {@code awscli/customizations/configure/sso.py StartUrlValidator}: empty is fine when there is a non-empty
     * default, else botocore's {@code is_valid_endpoint_url}. Returns the message to show, or null.
     */
    public static String startUrlProblem(String text, String current) {
        if (text.isEmpty() && current != null && !current.isEmpty()) {
            return null;
        }
        return isValidEndpointUrl(text) ? null : INVALID_START_URL;
    }

    /**
     * {@code awscli/customizations/configure/sso.py ScopesValidator}: empty is fine when there is a non-empty
     * default; no scope may contain whitespace ({@code re.findall(r'\\s', scope.strip())}, Unicode-aware).
     */
    public static String scopesProblem(String text, String current) {
        if (text.isEmpty() && current != null && !current.isEmpty()) {
            return null;
        }
        for (String scope : text.split(",", -1)) {
            String stripped = PythonStrings.strip(scope);
            for (int i = 0; i < stripped.length(); i++) {
                if (PythonStrings.isSpace(stripped.charAt(i))) {
                    return INVALID_SCOPES;
                }
            }
        }
        return null;
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
        PythonUrl parts = PythonUrl.parse(url.substring(start));
        if (parts.netloc().contains("[") != parts.netloc().contains("]")) {
            return false;
        }
        String host = parts.hostname();
        if (host == null || host.length() > MAX_HOSTNAME) {
            return false;
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return HOST_LABELS.matcher(host).matches();
    }
}
