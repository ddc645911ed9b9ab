package dev.ssocli.creds;

import dev.ssocli.errors.GeneralException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code shlex.split} (POSIX mode), which botocore uses to turn {@code credential_process} into an argument
 * list; no shell is involved. Inside double quotes a backslash escapes only {@code "} and {@code \}. An unclosed
 * quote or a trailing backslash fails with Python's message.
 */
final class Shlex {
    private static final String WHITESPACE = " \t\r\n";

    private Shlex() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    if (i + 1 >= line.length()) {
                        throw new GeneralException("No escaped character");
                    }
                    char next = line.charAt(++i);
                    if (next != '"' && next != '\\') {
                        token.append('\\');
                    }
                    token.append(next);
                } else {
                    token.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new GeneralException("No escaped character");
                }
                token.append(line.charAt(++i));
                inToken = true;
            } else if (WHITESPACE.indexOf(c) >= 0) {
                if (inToken) {
                    words.add(token.toString());
                    token.setLength(0);
                    inToken = false;
                }
            } else {
                token.append(c);
                inToken = true;
            }
            i++;
        }
        if (quote != 0) {
            throw new GeneralException("No closing quotation");
        }
        if (inToken) {
            words.add(token.toString());
        }
        return words;
    }
}
