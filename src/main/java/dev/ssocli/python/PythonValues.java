package dev.ssocli.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How Python renders values: {@code str()}, {@code repr()}, {@code float.__repr__}, type names and the code-point
 * order of {@code sorted()}, which the AWS CLI's formatters (docs/cli-surface.md#output-formats) and its credential
 * messages rely on.
 */
public final class PythonValues {
    /** Python sorts str by code point; Java's compareTo compares UTF-16 units, which differs above U+FFFF. */
    public static final Comparator<String> CODE_POINT_ORDER = PythonValues::compareCodePoints;

    private PythonValues() {
    }

    public static boolean isDict(Object value) {
        return value instanceof Map;
    }

    public static boolean isList(Object value) {
        return value instanceof List;
    }

    public static boolean isScalar(Object value) {
        return !(value instanceof Map) && !(value instanceof List);
    }

    public static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte;
    }

    public static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    /** Python truthiness: None, False, 0, 0.0, "" and empty containers are false. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (value instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0.0;
        }
        return true;
    }

    /** The Python type name, as in {@code 'float' object has no attribute 'items'}. */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (isInteger(value)) {
            return "int";
        }
        if (isFloat(value)) {
            return "float";
        }
        if (value instanceof List) {
            return "list";
        }
        return "dict";
    }

    /** {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map || value instanceof List) {
            return repr(value);
        }
        return scalarRepr(value);
    }

    /** {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value) {
        if (value instanceof String s) {
            out.append(stringRepr(s));
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                appendRepr(out, entry.getKey());
                out.append(": ");
                appendRepr(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendRepr(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(scalarRepr(value));
        }
    }

    private static String scalarRepr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (isFloat(value)) {
            return floatRepr(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** Python's {@code repr(str)}: single quotes unless the text has a single quote and no double quote. */
    public static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} for one non-ASCII code point (Unicode categories C* and Z* other than space). */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * {@code float.__repr__}: the shortest digits that read back as the same double, in fixed notation when the
     * decimal exponent is in (-4, 16], otherwise as {@code d.ddde+XX}.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1.0 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDecimal(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int trailingZeros = 0;
        while (trailingZeros < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailingZeros) == '0') {
            trailingZeros++;
        }
        digits = digits.substring(0, digits.length() - trailingZeros);
        int decimalPoint = digits.length() - shortest.scale() + trailingZeros;
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                out.append("0.").append("0".repeat(-decimalPoint)).append(digits);
            } else if (decimalPoint >= digits.length()) {
                out.append(digits).append("0".repeat(decimalPoint - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decimalPoint).append('.').append(digits.substring(decimalPoint));
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits.substring(1));
            }
            int exponent = decimalPoint - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exponent));
            out.append(e.length() < 2 ? "0" + e : e);
        }
        return out.toString();
    }

    private static BigDecimal shortestDecimal(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == positive) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Python's {@code value == 1} for a decoded JSON value ({@code True} and {@code 1.0} equal 1). */
    public static boolean equalsOne(Object value) {
        if (value instanceof Long integer) {
            return integer == 1L;
        }
        if (value instanceof Double number) {
            return number == 1.0;
        }
        return Boolean.TRUE.equals(value);
    }
}
