package dev.ssocli.creds;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.loads}, down to its error texts ({@code Expecting value: line 1 column 1 (char 0)}), which
 * the AWS CLI prints unchanged when a {@code credential_process} writes something that is not JSON. Objects become
 * {@link LinkedHashMap}s (JSON null is a null value, so absent and null keys stay apart), arrays {@link List}s,
 * integers {@link Long} or {@link BigInteger}, other numbers {@link Double}.
 */
final class PythonJsonDecoder {
    private static final String WHITESPACE = " \t\n\r";

    private final String doc;

    private PythonJsonDecoder(String doc) {
        this.doc = doc;
    }

    /** The value {@code text} holds; throws {@link PythonJsonException} with Python's message otherwise. */
    static Object loads(String text) {
        PythonJsonDecoder decoder = new PythonJsonDecoder(text);
        if (text.startsWith("\ufeff")) {
            throw decoder.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
        int start = decoder.skipWhitespace(0);
        Parsed parsed = decoder.value(start);
        int end = decoder.skipWhitespace(parsed.end);
        if (end != text.length()) {
            throw decoder.error("Extra data", end);
        }
        return parsed.value;
    }

    private record Parsed(Object value, int end) {
    }

    private Parsed value(int idx) {
        if (idx >= doc.length()) {
            throw error("Expecting value", idx);
        }
        char c = doc.charAt(idx);
        switch (c) {
            case '"':
                return string(idx + 1);
            case '{':
                return object(idx + 1);
            case '[':
                return array(idx + 1);
            case 'n':
                if (doc.startsWith("null", idx)) {
                    return new Parsed(null, idx + 4);
                }
                break;
            case 't':
                if (doc.startsWith("true", idx)) {
                    return new Parsed(Boolean.TRUE, idx + 4);
                }
                break;
            case 'f':
                if (doc.startsWith("false", idx)) {
                    return new Parsed(Boolean.FALSE, idx + 5);
                }
                break;
            case 'N':
                if (doc.startsWith("NaN", idx)) {
                    return new Parsed(Double.NaN, idx + 3);
                }
                break;
            case 'I':
                if (doc.startsWith("Infinity", idx)) {
                    return new Parsed(Double.POSITIVE_INFINITY, idx + 8);
                }
                break;
            case '-':
                if (doc.startsWith("-Infinity", idx)) {
                    return new Parsed(Double.NEGATIVE_INFINITY, idx + 9);
                }
                break;
            default:
                break;
        }
        Parsed number = number(idx);
        if (number == null) {
            throw error("Expecting value", idx);
        }
        return number;
    }

    /** Python's number pattern {@code (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?}; null when nothing matches. */
    private Parsed number(int idx) {
        int i = idx;
        if (i < doc.length() && doc.charAt(i) == '-') {
            i++;
        }
        if (i >= doc.length() || !isDigit(doc.charAt(i))) {
            return null;
        }
        if (doc.charAt(i) == '0') {
            i++;
        } else {
            while (i < doc.length() && isDigit(doc.charAt(i))) {
                i++;
            }
        }
        boolean integral = true;
        if (i + 1 < doc.length() && doc.charAt(i) == '.' && isDigit(doc.charAt(i + 1))) {
            integral = false;
            i += 2;
            while (i < doc.length() && isDigit(doc.charAt(i))) {
                i++;
            }
        }
        if (i < doc.length() && (doc.charAt(i) == 'e' || doc.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < doc.length() && (doc.charAt(j) == '+' || doc.charAt(j) == '-')) {
                j++;
            }
            if (j < doc.length() && isDigit(doc.charAt(j))) {
                while (j < doc.length() && isDigit(doc.charAt(j))) {
                    j++;
                }
                integral = false;
                i = j;
            }
        }
        String text = doc.substring(idx, i);
        if (!integral) {
            return new Parsed(Double.parseDouble(text), i);
        }
        BigInteger value = new BigInteger(text);
        return new Parsed(value.bitLength() < 64 ? (Object) value.longValue() : value, i);
    }

    private Parsed string(int start) {
        int begin = start - 1;
        StringBuilder out = new StringBuilder();
        int i = start;
        while (true) {
            if (i >= doc.length()) {
                throw error("Unterminated string starting at", begin);
            }
            char c = doc.charAt(i);
            if (c == '"') {
                return new Parsed(out.toString(), i + 1);
            }
            if (c < 0x20) {
                throw error("Invalid control character at", i);
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= doc.length()) {
                throw error("Unterminated string starting at", begin);
            }
            char escape = doc.charAt(i + 1);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(hex4(i + 2, i + 1));
                    i += 4;
                }
                default -> throw error("Invalid \\escape", i);
            }
            i += 2;
        }
    }

    private char hex4(int at, int errorPosition) {
        if (at + 4 > doc.length()) {
            throw error("Invalid \\uXXXX escape", errorPosition);
        }
        int value = 0;
        for (int k = at; k < at + 4; k++) {
            int digit = Character.digit(doc.charAt(k), 16);
            if (digit < 0) {
                throw error("Invalid \\uXXXX escape", errorPosition);
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private Parsed object(int start) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        int end = skipWhitespace(start);
        if (charAt(end) == '}') {
            return new Parsed(pairs, end + 1);
        }
        if (charAt(end) != '"') {
            throw error("Expecting property name enclosed in double quotes", end);
        }
        end++;
        while (true) {
            Parsed key = string(end);
            end = skipWhitespace(key.end);
            if (charAt(end) != ':') {
                throw error("Expecting ':' delimiter", end);
            }
            end = skipWhitespace(end + 1);
            Parsed value = value(end);
            pairs.put((String) key.value, value.value);
            end = skipWhitespace(value.end);
            char next = charAt(end);
            end++;
            if (next == '}') {
                return new Parsed(pairs, end);
            }
            if (next != ',') {
                throw error("Expecting ',' delimiter", end - 1);
            }
            end = skipWhitespace(end);
            if (charAt(end) != '"') {
                throw error("Expecting property name enclosed in double quotes", end);
            }
            end++;
        }
    }

    private Parsed array(int start) {
        List<Object> values = new ArrayList<>();
        int end = skipWhitespace(start);
        if (charAt(end) == ']') {
            return new Parsed(values, end + 1);
        }
        while (true) {
            Parsed value = value(end);
            values.add(value.value);
            end = skipWhitespace(value.end);
            char next = charAt(end);
            end++;
            if (next == ']') {
                return new Parsed(values, end);
            }
            if (next != ',') {
                throw error("Expecting ',' delimiter", end - 1);
            }
            end = skipWhitespace(end);
        }
    }

    private char charAt(int index) {
        return index < doc.length() ? doc.charAt(index) : '\0';
    }

    private int skipWhitespace(int index) {
        int i = index;
        while (i < doc.length() && WHITESPACE.indexOf(doc.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code JSONDecodeError}: {@code msg: line L column C (char P)}. */
    private PythonJsonException error(String message, int position) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < position && i < doc.length(); i++) {
            if (doc.charAt(i) == '\n') {
                line++;
                lastNewline = i;
            }
        }
        int column = position - lastNewline;
        return new PythonJsonException(message + ": line " + line + " column " + column + " (char " + position + ")");
    }

    /** Python's {@code JSONDecodeError}, with its message. */
    static final class PythonJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PythonJsonException(String message) {
            super(message, null, false, false);
        }
    }
}
