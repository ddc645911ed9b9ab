package dev.ssocli.python;

import dev.ssocli.errors.GeneralException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python's {@code shlex.split} (POSIX mode) and {@code shlex.quote}: botocore and the CLI's config writer apply them
 * to section names, botocore to {@code credential_process}, the CLI to its pager command; no shell is involved.
 * Inside double quotes a backslash escapes only {@code "} and {@code \}.
 */
public final class Shlex {
    private static final String WORD_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-";

    private Shlex() {
    }

    /** The words of {@code line}; an unclosed quote or a trailing backslash fails with Python's ValueError text. */
    public static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = null;
        // The states of Python's shlex: ' ' between words, 'a' in a word, a quote, or '\\' after an escape.
        char state = ' ';
        char escapedState = ' ';
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (state == ' ' || state == 'a') {
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    if (token != null) {
                        tokens.add(token.toString());
                        token = null;
                    }
                    state = ' ';
                } else if (c == '\\') {
                    token = token == null ? new StringBuilder() : token;
                    escapedState = 'a';
                    state = '\\';
                } else if (c == '\'' || c == '"') {
                    token = token == null ? new StringBuilder() : token;
                    state = c;
                } else {
                    token = token == null ? new StringBuilder() : token;
                    token.append(c);
                    state = 'a';
                }
            } else if (state == '\'' || state == '"') {
                if (c == state) {
                    state = 'a';
                } else if (c == '\\' && state == '"') {
                    escapedState = state;
                    state = '\\';
                } else {
                    token.append(c);
                }
            } else {
                if ((escapedState == '\'' || escapedState == '"') && c != escapedState && c != '\\') {
                    token.append('\\');
                }
                token.append(c);
                state = escapedState;
            }
        }
        if (state == '\'' || state == '"') {
            throw new GeneralException("No closing quotation");
        }
        if (state == '\\') {
            throw new GeneralException("No escaped character");
        }
        if (token != null) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** The words of {@code text}, or empty where Python raises (callers that skip such names, as botocore does). */
    public static Optional<List<String>> splitOrEmpty(String text) {
        try {
            return Optional.of(split(text));
        } catch (GeneralException e) {
            return Optional.empty();
        }
    }

    /** {@code shlex.quote}: unchanged when every character is safe, else single-quoted. */
    public static String quote(String text) {
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
