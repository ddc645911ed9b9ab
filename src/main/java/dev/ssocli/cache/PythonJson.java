package dev.ssocli.cache;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Serialises values byte for byte as Python's {@code json.dumps} does, which is what botocore and the AWS CLI write
 * into {@code ~/.aws/sso/cache} and hash into cache keys (sso-compat.md §3, §4, §14): {@code ensure_ascii} escapes
 * ({@code \\uXXXX}, lower-case hex, {@code /} not escaped), insertion order unless {@code sort_keys}.
 * Values: {@link Map} with string keys, {@link Collection}, {@link String}, integral {@link Number}, {@link Boolean},
 * null.
 */
public final class PythonJson {
    /** {@code json.dumps(obj)}: separators {@code ", "} and {@code ": "}, keys in insertion order. */
    public static final PythonJson DEFAULT = new PythonJson(", ", ": ", false);
    /** {@code json.dumps(obj, sort_keys=True)}: the registration cache key. */
    public static final PythonJson SORTED = new PythonJson(", ", ": ", true);
    /** {@code json.dumps(obj, sort_keys=True, separators=(',', ':'))}: the role-credential cache key. */
    public static final PythonJson SORTED_COMPACT = new PythonJson(",", ":", true);

    private final String itemSeparator;
    private final String keySeparator;
    private final boolean sortKeys;

    private PythonJson(String itemSeparator, String keySeparator, boolean sortKeys) {
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
        this.sortKeys = sortKeys;
    }

    public String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            out.append(decimal.toBigIntegerExact());
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(itemSeparator);
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, StringBuilder out) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (sortKeys) {
            entries.sort((a, b) -> comparePython((String) a.getKey(), (String) b.getKey()));
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : entries) {
            if (!first) {
                out.append(itemSeparator);
            }
            first = false;
            string((String) entry.getKey(), out);
            out.append(keySeparator);
            write(entry.getValue(), out);
        }
        out.append('}');
    }

    /** Python orders strings by code point, Java's {@code compareTo} by UTF-16 unit; they differ above U+FFFF. */
    private static int comparePython(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
