package dev.ssocli.python;

import java.util.Locale;

/**
 * A URL split as Python's {@code urllib.parse.urlparse} splits it (scheme, netloc, path, params, query, fragment),
 * with its {@code hostname} and {@code port}; what the AWS CLI's start-URL checks are written against
 * (docs/wire-protocols.md#vanity-start-urls).
 *
 * @param scheme lower-cased, or empty when the text has none
 * @param netloc what follows {@code //} up to the first {@code /}, {@code ?} or {@code #}; empty when absent
 */
public record PythonUrl(String scheme, String netloc, String path, String params, String query, String fragment) {
    /** {@code urlparse(url)} with an empty default scheme. */
    public static PythonUrl parse(String url) {
        String rest = url;
        String scheme = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isSchemeStart(rest.charAt(0)) && isScheme(rest.substring(0, colon))) {
            scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        String netloc = "";
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char stop : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(stop, 2);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
        }
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String params = "";
        // _splitparams: the first ';' after the last '/'
        int semicolon = rest.indexOf(';', Math.max(rest.lastIndexOf('/'), 0));
        if (semicolon >= 0) {
            params = rest.substring(semicolon + 1);
            rest = rest.substring(0, semicolon);
        }
        return new PythonUrl(scheme, netloc, rest, params, query, fragment);
    }

    /** {@code .hostname}: the host without user info, brackets or port, lower-cased; null when empty. */
    public String hostname() {
        String host = netloc.substring(netloc.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close >= 0 ? host.substring(1, close) : host.substring(1);
        } else {
            int port = host.indexOf(':');
            if (port >= 0) {
                host = host.substring(0, port);
            }
        }
        return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code .port}: the port number, or null when there is none.
     *
     * @throws IllegalArgumentException as Python's {@code ValueError} for a port that is not a number in 0-65535
     */
    public Integer port() {
        String host = netloc.substring(netloc.lastIndexOf('@') + 1);
        int close = host.indexOf(']');
        int colon = host.indexOf(':', Math.max(close, 0));
        if (colon < 0 || colon == host.length() - 1) {
            return null;
        }
        String digits = host.substring(colon + 1);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 5
                || Integer.parseInt(digits) > 65535) {
            throw new IllegalArgumentException("Port could not be cast to integer value as '" + digits + "'");
        }
        return Integer.parseInt(digits);
    }

    private static boolean isSchemeStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isScheme(String text) {
        return text.chars().allMatch(c -> isSchemeStart((char) c) || (c >= '0' && c <= '9') || c == '+' || c == '-'
                || c == '.');
    }
}
