package dev.ssocli.python;

import java.math.BigInteger;

/** Python's string rules the CLI's parsers rely on: {@code int(str)}, {@code strip}, {@code isspace}. */
public final class PythonStrings {
    private PythonStrings() {
    }

    /** Python's {@code int(str)}, or null where it raises ValueError. */
    public static BigInteger parseInt(String text) {
        String s = strip(text);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastWasDigit = false;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append((char) ('0' + digit));
                lastWasDigit = true;
            } else if (c == '_' && lastWasDigit && i + 1 < s.length()) {
                lastWasDigit = false;
            } else {
                return null;
            }
            i += Character.charCount(c);
        }
        if (digits.length() == 0 || !lastWasDigit) {
            return null;
        }
        BigInteger value = new BigInteger(digits.toString());
        return negative ? value.negate() : value;
    }

    /** {@code str.strip()}: Python's whitespace is wider than Java's. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code str.lstrip()}: Python's notion of whitespace is wider than Java's. */
    public static String lstrip(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isSpace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    /** {@code str.isspace()} for one code point. */
    /** Python's {@code str.rstrip()}: trailing whitespace removed. */
    public static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    public static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }
}
