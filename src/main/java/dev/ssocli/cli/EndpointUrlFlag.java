package dev.ssocli.cli;

/**
 * The CLI's only up-front check of {@code --endpoint-url}: Python's {@code urlparse} must find a scheme
 * (docs/cli-surface.md#global-options).
 */
final class EndpointUrlFlag {
    private EndpointUrlFlag() {
    }

    /** {@code urlsplit(url).scheme != ''}: an ASCII letter, then letters, digits, {@code + - .}, then {@code :}. */
    static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = url.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
