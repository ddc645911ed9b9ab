package dev.ssocli.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps}, byte for byte and written by hand so that writing JSON loads no JSON library: what
 * botocore and the AWS CLI write into {@code ~/.aws/sso/cache} and hash into cache keys
 * (docs/file-formats.md#token-cache, #client-registration-cache, #json-cache-style), and what {@code --output json},
 * YAML scalars and pagination tokens print (docs/cli-surface.md#json). Values: {@link Map}, {@link Collection}, {@link
 * String}, {@link Number}, {@link Boolean}, null.
 */
public final class PythonJson {
    /** {@code json.dumps(obj)}: separators {@code ", "} and {@code ": "}, keys in insertion order. */
    public static final PythonJson DEFAULT = new PythonJson(", ", ": ", false, true, 0);
    /** {@code json.dumps(obj, sort_keys=True)}: the registration cache key. */
    public static final PythonJson SORTED = new PythonJson(", ", ": ", true, true, 0);
    /** {@code json.dumps(obj, sort_keys=True, separators=(',', ':'))}: the role-credential cache key. */
    public static final PythonJson SORTED_COMPACT = new PythonJson(",", ":", true, true, 0);
    /** {@code json.dumps(obj, separators=(',', ':'))}: JMESPath's {@code to_string}. */
    public static final PythonJson COMPACT = new PythonJson(",", ":", false, true, 0);
    /** {@code json.dumps(obj, ensure_ascii=False)}: YAML scalars. */
    public static final PythonJson UNICODE = new PythonJson(", ", ": ", false, false, 0);
    /** {@code json.dumps(obj, indent=4, ensure_ascii=False)}: {@code --output json}, without the trailing newline. */
    public static final PythonJson INDENTED = new PythonJson(",", ": ", false, false, 4);

    private static final String HEX = "0123456789abcdef";

    private final String itemSeparator;
    private final String keySeparator;
    private final boolean sortKeys;
    private final boolean ensureAscii;
    private final int indent;

    private PythonJson(String itemSeparator, String keySeparator, boolean sortKeys, boolean ensureAscii, int indent) {
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
        this.sortKeys = sortKeys;
        this.ensureAscii = ensureAscii;
        this.indent = indent;
    }

    public String dumps(Object value) {
        StringBuilder out = new StringBuilder(indent > 0 ? 256 : 64);
        write(out, value, 0);
        return out.toString();
    }

    private void write(StringBuilder out, Object value, int level) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, level);
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : itemSeparator);
                first = false;
                newline(out, level + 1);
                write(out, item, level + 1);
            }
            newline(out, level);
            out.append(']');
        } else {
            scalar(out, value);
        }
    }

    private void object(StringBuilder out, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (sortKeys) {
            entries.sort((a, b) -> PythonValues.compareCodePoints((String) a.getKey(), (String) b.getKey()));
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : entries) {
            out.append(first ? "" : itemSeparator);
            first = false;
            newline(out, level + 1);
            string(out, String.valueOf(entry.getKey()));
            out.append(keySeparator);
            write(out, entry.getValue(), level + 1);
        }
        newline(out, level);
        out.append('}');
    }

    private void newline(StringBuilder out, int level) {
        if (indent > 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    private void scalar(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
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
        } else if (value instanceof Number) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /** Python escapes {@code "}, {@code \}, and C0 controls; with ensure_ascii also everything outside space..~. */
    private void string(StringBuilder out, String s) {
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
