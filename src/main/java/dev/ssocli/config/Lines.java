package dev.ssocli.config;

import dev.ssocli.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;

/** Python's text rules that configparser and the CLI writer rely on: universal newlines, Unicode {@code strip()}. */
final class Lines {
    private Lines() {
    }

    /** Python's {@code str.isspace()} for one character. */
    /** Index of the first non-whitespace character (configparser's indentation level), or 0 if none. */
    static int indentOf(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!PythonStrings.isSpace(line.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Lines as Python's text mode reads them ({@code \n}, {@code \r\n} and a lone {@code \r} all end a line). */
    static List<String> splitUniversal(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Python's {@code str.splitlines()} (used by botocore on nested values). */
    static List<String> pySplitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e')
                    || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * configparser's {@code SECTCRE} ({@code \[(?P<header>.+)\]} matched at the start of the stripped line): the
     * header name up to the last {@code ]}, or null when the line is no header.
     */
    static String sectionHeader(String stripped) {
        if (!stripped.startsWith("[")) {
            return null;
        }
        int close = stripped.lastIndexOf(']');
        return close > 1 ? stripped.substring(1, close) : null;
    }

    /** Index of the first {@code =} or {@code :} (configparser's delimiters), or -1. */
    static int firstDelimiter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }
}
