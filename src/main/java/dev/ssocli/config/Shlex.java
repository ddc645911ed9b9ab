package dev.ssocli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Python's {@code shlex.split} (POSIX mode) and {@code shlex.quote}, which botocore and the CLI writer apply to section names. */
final class Shlex {
    private static final String WORD_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-";

    private Shlex() {
    }

    /** The tokens of {@code text}, or empty when a quote is unbalanced or an escape dangles (Python raises there). */
    static Optional<List<String>> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (inToken) {
                    tokens.add(token.toString());
                    token.setLength(0);
                    inToken = false;
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) {
                    return Optional.empty();
                }
                token.append(text.charAt(i + 1));
                inToken = true;
                i += 2;
            } else if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                token.append(text, i + 1, end);
                inToken = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char d = text.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < text.length()
                            && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                        token.append(text.charAt(i + 1));
                        i += 2;
                    } else if (d == '\\' && i + 1 >= text.length()) {
                        return Optional.empty();
                    } else {
                        token.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    return Optional.empty();
                }
                inToken = true;
            } else {
                token.append(c);
                inToken = true;
                i++;
            }
        }
        if (inToken) {
            tokens.add(token.toString());
        }
        return Optional.of(tokens);
    }

    /** {@code shlex.quote}: unchanged when every character is safe, else single-quoted. */
    static String quote(String text) {
        if (text.isEmpty()) {
            return "''";
        }
        boolean safe = true;
        for (int i = 0; i < text.length() && safe; i++) {
            safe = WORD_CHARS.indexOf(text.charAt(i)) >= 0;
        }
        if (safe) {
            return text;
        }
        return "'" + text.replace("'", "'\"'\"'") + "'";
    }
}
