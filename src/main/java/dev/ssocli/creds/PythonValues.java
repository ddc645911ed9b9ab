package dev.ssocli.creds;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** How Python shows decoded JSON values in the AWS CLI's messages: {@code str()}, {@code repr()} and type names. */
final class PythonValues {
    private PythonValues() {
    }

    /** Python's {@code str(value)}. */
    static String str(Object value) {
        return value instanceof String text ? text : repr(value);
    }

    /** Python's {@code repr(value)}. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof String text) {
            return text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? "\"" + text + "\"" : "'" + text.replace("'", "\\'") + "'";
        }
        if (value instanceof Double number) {
            if (number.isNaN()) {
                return "nan";
            }
            if (number.isInfinite()) {
                return number > 0 ? "inf" : "-inf";
            }
            String text = Double.toString(number);
            return text.contains("E") ? text.replace("E", "e") : text;
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                out.append(repr(it.next()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> entry = it.next();
                out.append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        return value.toString();
    }

    /** The name of {@code value}'s Python type, as in {@code 'list' object has no attribute 'get'}. */
    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List) {
            return "list";
        }
        return "dict";
    }

    /** Python's {@code value == 1} for a decoded JSON value ({@code True} and {@code 1.0} equal 1). */
    static boolean equalsOne(Object value) {
        if (value instanceof Long integer) {
            return integer == 1L;
        }
        if (value instanceof Double number) {
            return number == 1.0;
        }
        return Boolean.TRUE.equals(value);
    }
}
