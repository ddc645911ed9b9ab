package dev.ssocli.output;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps}, written by hand so that printing JSON loads no JSON library: {@code indent=4,
 * ensure_ascii=False} for {@code --output json}, the compact form for YAML scalars and pagination tokens
 * (cli-surface.md §11.1).
 */
final class PythonJson {
    private static final String HEX = "0123456789abcdef";

    private PythonJson() {
    }

    /** {@code json.dumps(value, indent=4, ensure_ascii=False)}, without the trailing newline. */
    static String indented(Object value) {
        StringBuilder out = new StringBuilder(256);
        writeIndented(out, value, 0);
        return out.toString();
    }

    /** {@code json.dumps(value, ensure_ascii=...)}: separators {@code ", "} and {@code ": "} on one line. */
    static String compact(Object value, boolean ensureAscii) {
        return compact(value, ensureAscii, ", ", ": ");
    }

    /** {@code json.dumps(value, ensure_ascii=..., separators=(itemSeparator, keySeparator))}. */
    static String compact(Object value, boolean ensureAscii, String itemSeparator, String keySeparator) {
        StringBuilder out = new StringBuilder(64);
        writeCompact(out, value, ensureAscii, itemSeparator, keySeparator);
        return out.toString();
    }

    private static void writeIndented(StringBuilder out, Object value, int level) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                newline(out, level + 1);
                writeString(out, String.valueOf(entry.getKey()), false);
                out.append(": ");
                writeIndented(out, entry.getValue(), level + 1);
            }
            newline(out, level);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(out, level + 1);
                writeIndented(out, list.get(i), level + 1);
            }
            newline(out, level);
            out.append(']');
        } else {
            writeScalar(out, value, false);
        }
    }

    private static void newline(StringBuilder out, int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append("    ");
        }
    }

    private static void writeCompact(StringBuilder out, Object value, boolean ensureAscii, String itemSeparator,
            String keySeparator) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : itemSeparator);
                first = false;
                writeString(out, String.valueOf(entry.getKey()), ensureAscii);
                out.append(keySeparator);
                writeCompact(out, entry.getValue(), ensureAscii, itemSeparator, keySeparator);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : itemSeparator);
                writeCompact(out, list.get(i), ensureAscii, itemSeparator, keySeparator);
            }
            out.append(']');
        } else {
            writeScalar(out, value, ensureAscii);
        }
    }

    private static void writeScalar(StringBuilder out, Object value, boolean ensureAscii) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(out, s, ensureAscii);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (PythonValues.isFloat(value)) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                out.append("NaN");
            } else if (Double.isInfinite(d)) {
                out.append(d > 0 ? "Infinity" : "-Infinity");
            } else {
                out.append(PythonValues.floatRepr(d));
            }
        } else {
            out.append(value);
        }
    }

    /** Python escapes {@code "}, {@code \}, and C0 controls; with ensure_ascii also everything outside space..~. */
    static void writeString(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                        out.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xf))
                                .append(HEX.charAt((c >> 4) & 0xf)).append(HEX.charAt(c & 0xf));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
