package dev.ssocli.output;

import dev.ssocli.python.PythonJson;
import dev.ssocli.python.PythonValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --output yaml}: what the CLI's {@code YAMLDumper} writes (docs/cli-surface.md#yaml). JSON scalars are dumped
 * as JSON; containers go through ruamel.yaml's safe representer (keys sorted, YAML 1.2 implicit resolvers decide which
 * strings need quotes) and the libyaml emitter of ruamel.yaml.clib 0.2.7 ({@code emitter.c}: block style, indent 2,
 * width 80, plain/single/double-quoted scalar choice and line folding), ported here for the node kinds a response
 * model can hold.
 */
final class YamlFormat {
    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;

    // ruamel.yaml.resolver implicit_resolvers for YAML 1.2, the patterns written out without re.X whitespace.
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
                    + "|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
                    + "|[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                    + "|[-+]?\\.(?:inf|Inf|INF)"
                    + "|\\.(?:nan|NaN|NAN)");
    private static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                    + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                    + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");

    private enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED }

    private final StringBuilder out;
    private final Map<Object, String> anchors = new IdentityHashMap<>();
    private final Set<Object> serialized = Collections.newSetFromMap(new IdentityHashMap<>());
    private int lastAliasId;
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int indent = -1;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean mappingContext;
    private boolean simpleKeyContext;

    private YamlFormat(StringBuilder out) {
        this.out = out;
    }

    /** {@code YAMLDumper.dump(value, stream)}. */
    static void dump(Object value, StringBuilder out) {
        if (PythonValues.isScalar(value)) {
            // The CLI writes scalars as JSON so that YAML does not end the stream with "...".
            out.append(PythonJson.UNICODE.dumps(value)).append('\n');
            return;
        }
        YamlFormat emitter = new YamlFormat(out);
        emitter.anchorNode(value);
        emitter.emitNode(value, false, false);
        emitter.writeIndent();
    }

    /**
     * The serializer's {@code _anchor_node}: a dict or list object that occurs twice (a query can name the same
     * object twice) gets an anchor, numbered in the order the repeats are found.
     */
    private void anchorNode(Object value) {
        if (!(value instanceof Map || value instanceof List)) {
            return;
        }
        if (anchors.containsKey(value)) {
            if (anchors.get(value) == null) {
                anchors.put(value, String.format("id%03d", ++lastAliasId));
            }
            return;
        }
        anchors.put(value, null);
        if (value instanceof Map<?, ?> map) {
            for (String key : TextFormat.sortedKeys(map)) {
                anchorNode(map.get(key));
            }
        } else {
            for (Object item : (List<?>) value) {
                anchorNode(item);
            }
        }
    }

    private void emitNode(Object value, boolean mapping, boolean simpleKey) {
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        String anchor = anchors.get(value);
        if (anchor != null) {
            boolean alias = !serialized.add(value);
            writeIndicator(alias ? "*" : "&", true, false, false);
            out.append(anchor);
            column += anchor.length();
            whitespace = false;
            indention = false;
            if (alias) {
                return;
            }
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                emitEmptyFlow("{", "}");
            } else {
                emitBlockMapping(map);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                emitEmptyFlow("[", "]");
            } else {
                emitBlockSequence(list);
            }
        } else {
            emitScalar(represent(value));
        }
    }

    /** Only empty collections are written in flow style (the representer asks for block style). */
    private void emitEmptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    private void emitBlockSequence(List<?> list) {
        increaseIndent(false, mappingContext && !indention);
        for (Object item : list) {
            writeIndent();
            writeIndicator("-", true, false, true);
            emitNode(item, false, false);
        }
        indent = indents.pop();
    }

    private void emitBlockMapping(Map<?, ?> map) {
        increaseIndent(false, false);
        for (String key : TextFormat.sortedKeys(map)) {
            Scalar keyScalar = represent(key);
            writeIndent();
            if (isSimpleKey(keyScalar)) {
                emitNode(key, true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                emitNode(key, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            emitNode(map.get(key), true, false);
        }
        indent = indents.pop();
    }

    private static boolean isSimpleKey(Scalar key) {
        Analysis analysis = analyze(key.value);
        return !analysis.multiline && key.value.getBytes(StandardCharsets.UTF_8).length <= 128;
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    /** A scalar node: its text and whether a plain rendering would read back as the same type. */
    private record Scalar(String value, boolean plainImplicit) {
    }

    /** ruamel's SafeRepresenter, then the resolver check the C serializer makes for {@code plain_implicit}. */
    private static Scalar represent(Object value) {
        if (value == null) {
            return new Scalar("null", true);
        }
        if (value instanceof Boolean b) {
            return new Scalar(b ? "true" : "false", true);
        }
        if (PythonValues.isFloat(value)) {
            double d = ((Number) value).doubleValue();
            String text = Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf")
                    : PythonValues.floatRepr(d).toLowerCase(java.util.Locale.ROOT);
            return new Scalar(text, true);
        }
        if (PythonValues.isInteger(value)) {
            return new Scalar(value.toString(), true);
        }
        String text = value.toString();
        return new Scalar(text, !resolvesToNonString(text));
    }

    private static boolean resolvesToNonString(String value) {
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        switch (first) {
            case 't', 'T', 'f', 'F':
                return BOOL.matcher(value).matches();
            case '-', '+':
                return FLOAT.matcher(value).matches() || INT.matcher(value).matches();
            case '.':
                return FLOAT.matcher(value).matches();
            case '<':
                return value.equals("<<");
            case '~', 'n', 'N':
                return NULL.matcher(value).matches();
            case '=':
                return value.equals("=");
            case '!', '&', '*':
                return value.length() == 1;
            default:
                if (first >= '0' && first <= '9') {
                    return FLOAT.matcher(value).matches() || INT.matcher(value).matches()
                            || TIMESTAMP.matcher(value).matches();
                }
                return false;
        }
    }

    private void emitScalar(Scalar scalar) {
        Analysis analysis = analyze(scalar.value);
        Style style = selectStyle(scalar, analysis);
        increaseIndent(true, false);
        int[] text = scalar.value.codePoints().toArray();
        boolean allowBreaks = !simpleKeyContext;
        switch (style) {
            case PLAIN -> writePlain(text, allowBreaks);
            case SINGLE_QUOTED -> writeSingleQuoted(text, allowBreaks);
            default -> writeDoubleQuoted(text, allowBreaks);
        }
        indent = indents.pop();
    }

    private Style selectStyle(Scalar scalar, Analysis analysis) {
        Style style = Style.PLAIN;
        if (simpleKeyContext && analysis.multiline) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.PLAIN) {
            // Scalars only ever sit in block context: flow style is used for empty collections alone.
            if (!analysis.blockPlainAllowed) {
                style = Style.SINGLE_QUOTED;
            }
            if (scalar.value.isEmpty() && simpleKeyContext) {
                style = Style.SINGLE_QUOTED;
            }
            if (!scalar.plainImplicit) {
                style = Style.SINGLE_QUOTED;
            }
        }
        if (style == Style.SINGLE_QUOTED && !analysis.singleQuotedAllowed) {
            style = Style.DOUBLE_QUOTED;
        }
        return style;
    }

    /** {@code yaml_emitter_analyze_scalar}. */
    private record Analysis(boolean multiline, boolean blockPlainAllowed, boolean singleQuotedAllowed) {
    }

    private static Analysis analyze(String value) {
        if (value.isEmpty()) {
            return new Analysis(false, true, true);
        }
        int[] s = value.codePoints().toArray();
        boolean blockIndicators = false;
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        if (s.length >= 3 && ((s[0] == '-' && s[1] == '-' && s[2] == '-') || (s[0] == '.' && s[1] == '.' && s[2] == '.'))) {
            blockIndicators = true;
        }
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = isBlankz(s, 1);
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (i == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
                    blockIndicators = true;
                }
                if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
                    blockIndicators = true;
                }
            } else {
                if (c == ':' && followedByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
            }
            if (!isPrintable(c)) {
                specialCharacters = true;
            }
            if (isBreak(c)) {
                lineBreaks = true;
            }
            if (c == ' ') {
                if (i == 0) {
                    leadingSpace = true;
                }
                if (i == s.length - 1) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                if (i == 0) {
                    leadingBreak = true;
                }
                if (i == s.length - 1) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlankz(s, i);
            if (i + 1 < s.length) {
                followedByWhitespace = isBlankz(s, i + 2);
            }
        }
        boolean blockPlain = true;
        boolean singleQuoted = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks || blockIndicators) {
            blockPlain = false;
        }
        if (breakSpace || spaceBreak || specialCharacters) {
            blockPlain = false;
            singleQuoted = false;
        }
        return new Analysis(lineBreaks, blockPlain, singleQuoted);
    }

    /** {@code IS_PRINTABLE} on UTF-8: LF, ASCII graphic and space, U+00A0..U+D7FF, U+E000..U+FFFD but U+FEFF. */
    private static boolean isPrintable(int c) {
        return c == 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff)
                || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff);
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Blank, break, or the end of the string (libyaml reads the terminating NUL). */
    private static boolean isBlankz(int[] s, int i) {
        if (i >= s.length) {
            return true;
        }
        int c = s[i];
        return c == ' ' || c == '\t' || isBreak(c) || c == 0;
    }

    private static boolean isSpaceAt(int[] s, int i) {
        return i < s.length && s[i] == ' ';
    }

    private void writePlain(int[] s, boolean allowBreaks) {
        boolean spaces = false;
        boolean breaks = false;
        if (!whitespace) {
            put(' ');
        }
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && !isSpaceAt(s, i + 1)) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(int[] s, boolean allowBreaks) {
        boolean spaces = false;
        boolean breaks = false;
        writeIndicator("'", true, false, false);
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != s.length - 1
                        && !isSpaceAt(s, i + 1)) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (c == '\'') {
                    put('\'');
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if (breaks) {
            writeIndent();
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDoubleQuoted(int[] s, boolean allowBreaks) {
        boolean spaces = false;
        writeIndicator("\"", true, false, false);
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (!isPrintable(c) || c == 0xfeff || isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                writeEscape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != s.length - 1) {
                    writeIndent();
                    if (isSpaceAt(s, i + 1)) {
                        put('\\');
                    }
                } else {
                    write(c);
                }
                spaces = true;
            } else {
                write(c);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeEscape(int c) {
        switch (c) {
            case 0x00 -> put('0');
            case 0x07 -> put('a');
            case 0x08 -> put('b');
            case 0x09 -> put('t');
            case 0x0a -> put('n');
            case 0x0b -> put('v');
            case 0x0c -> put('f');
            case 0x0d -> put('r');
            case 0x1b -> put('e');
            case 0x22 -> put('"');
            case 0x5c -> put('\\');
            case 0x85 -> put('N');
            case 0xa0 -> put('_');
            case 0x2028 -> put('L');
            case 0x2029 -> put('P');
            default -> {
                int width;
                if (c <= 0xff) {
                    put('x');
                    width = 2;
                } else if (c <= 0xffff) {
                    put('u');
                    width = 4;
                } else {
                    put('U');
                    width = 8;
                }
                for (int k = (width - 1) * 4; k >= 0; k -= 4) {
                    int digit = (c >> k) & 0x0f;
                    put(digit < 10 ? '0' + digit : 'A' + digit - 10);
                }
            }
        }
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace,
            boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        out.append(indicator);
        column += indicator.length();
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void put(int c) {
        out.append((char) c);
        column++;
    }

    private void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }
}
