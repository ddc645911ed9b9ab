package dev.ssocli.output;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.loads} for JMESPath literals and quoted identifiers: what it accepts (NaN and Infinity,
 * integers of any size) and the wording of its string errors, which the CLI shows for a bad quoted identifier.
 */
final class PythonJsonDecoder {
    /** A JSONDecodeError; the message is Python's {@code msg} without the position suffix. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;
    private int pos;

    private PythonJsonDecoder(String s) {
        this.s = s;
    }

    static Object loads(String text) throws DecodeError {
        PythonJsonDecoder decoder = new PythonJsonDecoder(text);
        decoder.skipWhitespace();
        Object value = decoder.value();
        decoder.skipWhitespace();
        if (decoder.pos != text.length()) {
            throw new DecodeError("Extra data");
        }
        return value;
    }

    private void skipWhitespace() {
        while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean startsWith(String word) {
        return s.startsWith(word, pos);
    }

    private Object value() throws DecodeError {
        if (pos >= s.length()) {
            throw new DecodeError("Expecting value");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"':
                pos++;
                return string();
            case '{':
                pos++;
                return object();
            case '[':
                pos++;
                return array();
            default:
                break;
        }
        if (startsWith("null")) {
            pos += 4;
            return null;
        }
        if (startsWith("true")) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (startsWith("false")) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (startsWith("NaN")) {
            pos += 3;
            return Double.NaN;
        }
        if (startsWith("Infinity")) {
            pos += 8;
            return Double.POSITIVE_INFINITY;
        }
        if (startsWith("-Infinity")) {
            pos += 9;
            return Double.NEGATIVE_INFINITY;
        }
        return number();
    }

    private Object number() throws DecodeError {
        int start = pos;
        int i = pos;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            throw new DecodeError("Expecting value");
        }
        boolean isFloat = false;
        if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i += 2;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            isFloat = true;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < s.length() && isDigit(s.charAt(j))) {
                while (j < s.length() && isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
                isFloat = true;
            }
        }
        pos = i;
        String text = s.substring(start, i);
        if (isFloat) {
            return Double.parseDouble(text);
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Map<String, Object> object() throws DecodeError {
        Map<String, Object> result = new LinkedHashMap<>();
        skipWhitespace();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return result;
        }
        while (true) {
            if (pos >= s.length() || s.charAt(pos) != '"') {
                throw new DecodeError("Expecting property name enclosed in double quotes");
            }
            pos++;
            String key = string();
            skipWhitespace();
            if (pos >= s.length() || s.charAt(pos) != ':') {
                throw new DecodeError("Expecting ':' delimiter");
            }
            pos++;
            skipWhitespace();
            result.put(key, value());
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return result;
            }
            if (pos >= s.length() || s.charAt(pos) != ',') {
                throw new DecodeError("Expecting ',' delimiter");
            }
            pos++;
            skipWhitespace();
        }
    }

    private List<Object> array() throws DecodeError {
        List<Object> result = new ArrayList<>();
        skipWhitespace();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            return result;
        }
        while (true) {
            result.add(value());
            skipWhitespace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return result;
            }
            if (pos >= s.length() || s.charAt(pos) != ',') {
                throw new DecodeError("Expecting ',' delimiter");
            }
            pos++;
            skipWhitespace();
        }
    }

    /** {@code py_scanstring(strict=True)}, after the opening quote. */
    private String string() throws DecodeError {
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new DecodeError("Unterminated string starting at");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new DecodeError("Invalid control character " + PythonValues.stringRepr(String.valueOf(c))
                        + " at");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw new DecodeError("Unterminated string starting at");
            }
            char escape = s.charAt(pos++);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int unit = hex4();
                    if (unit >= 0xd800 && unit <= 0xdbff && s.startsWith("\\u", pos)) {
                        int saved = pos;
                        pos += 2;
                        int low = hex4();
                        if (low >= 0xdc00 && low <= 0xdfff) {
                            out.append((char) unit).append((char) low);
                            continue;
                        }
                        pos = saved;
                    }
                    out.append((char) unit);
                }
                default -> throw new DecodeError("Invalid \\escape: "
                        + PythonValues.stringRepr(String.valueOf(escape)));
            }
        }
    }

    private int hex4() throws DecodeError {
        if (pos + 4 > s.length()) {
            throw new DecodeError("Invalid \\uXXXX escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(s.charAt(pos + i), 16);
            if (digit < 0 || s.charAt(pos + i) > 0x7f) {
                throw new DecodeError("Invalid \\uXXXX escape");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return value;
    }
}
