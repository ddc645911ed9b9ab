package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonComparison;
import dev.ssocli.python.PythonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output table}: a port of {@code TableFormatter} ({@code awscli/formatter.py}) and {@code MultiTable}
 * ({@code awscli/table.py}), docs/cli-surface.md#table. Sections are built from the response, their column widths
 * scaled to the widest section, and the whole table turned "vertical" when it is wider than the terminal.
 */
final class TableFormat {
    private static final String RESET = "\u001b[0m";
    private static final String ROW_STYLE = "\u001b[1m\u001b[34m";
    private static final String INDENT_STYLE = "\u001b[2m\u001b[33m";

    private final boolean color;
    private final int terminalWidth;
    private final List<Section> sections = new ArrayList<>();
    private Section current;

    TableFormat(boolean color, int terminalWidth) {
        this.color = color;
        this.terminalWidth = terminalWidth;
    }

    /**
     * Renders {@code response} under the title {@code commandName}; writes nothing for a falsy response.
     *
     * @param autoReset colorama's autoreset: with colour on and stdout not a pager, every write to the stream is
     *     followed by a reset sequence
     */
    static void format(String commandName, Object response, boolean color, int terminalWidth, boolean autoReset,
            StringBuilder out) {
        TableFormat table = new TableFormat(color, terminalWidth);
        if (table.buildTable(commandName, response, 0)) {
            table.render(color && autoReset ? s -> out.append(s).append(RESET) : out::append);
        }
    }

    private boolean buildTable(Object title, Object value, int indentLevel) {
        if (!PythonValues.truthy(value)) {
            return false;
        }
        if (title != null) {
            newSection(title, indentLevel);
        }
        if (value instanceof List<?> list) {
            if (list.get(0) instanceof Map) {
                buildSubTableFromList(list, indentLevel, title);
            } else {
                for (Object item : list) {
                    if (PythonValues.isScalar(item)) {
                        current.addRow(List.of(PythonValues.str(item)), 1);
                    } else if (iterate(item).stream().allMatch(PythonValues::isScalar)) {
                        List<String> row = new ArrayList<>();
                        for (Object element : iterate(item)) {
                            row.add(PythonValues.str(element));
                        }
                        current.addRow(row, row.size());
                    } else {
                        buildTable(null, item, 0);
                    }
                }
            }
        }
        if (value instanceof Map<?, ?> dict) {
            buildSubTableFromDict(dict, indentLevel);
        }
        return true;
    }

    /** Python iteration: a dict yields its keys, a str its characters; scalars are not iterable. */
    private static List<?> iterate(Object container) {
        if (container instanceof Map<?, ?> map) {
            return new ArrayList<>(map.keySet());
        }
        if (container instanceof List<?> list) {
            return list;
        }
        if (container instanceof String s) {
            List<String> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        throw new GeneralException("'" + PythonValues.typeName(container) + "' object is not iterable");
    }

    /** Python's {@code container[key]} for a key taken from the container itself. */
    private static Object index(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (container instanceof List<?> list) {
            if (!PythonValues.isInteger(key) && !(key instanceof Boolean)) {
                throw new GeneralException("list indices must be integers or slices, not " + PythonValues.typeName(key));
            }
            long i = key instanceof Boolean b ? (b ? 1 : 0) : ((Number) key).longValue();
            long at = i < 0 ? i + list.size() : i;
            if (at < 0 || at >= list.size()) {
                throw new GeneralException("list index out of range");
            }
            return list.get((int) at);
        }
        throw new GeneralException("string indices must be integers, not '" + PythonValues.typeName(key) + "'");
    }

    /** Python's {@code key in container}. */
    private static boolean contains(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(key);
        }
        if (container instanceof List<?> list) {
            return list.stream().anyMatch(e -> PythonComparison.equals(e, key));
        }
        if (container instanceof String s) {
            if (!(key instanceof String k)) {
                throw new GeneralException("'in <string>' requires string as left operand, not "
                        + PythonValues.typeName(key));
            }
            return s.contains(k);
        }
        throw new GeneralException("argument of type '" + PythonValues.typeName(container) + "' is not iterable");
    }

    private void buildSubTableFromDict(Map<?, ?> dict, int indentLevel) {
        List<Object> headers = new ArrayList<>();
        List<Object> more = new ArrayList<>();
        groupScalarKeys(dict, headers, more);
        if (headers.size() == 1) {
            current.addRow(List.of(PythonValues.str(headers.get(0)), PythonValues.str(dict.get(headers.get(0)))), 2);
        } else if (!headers.isEmpty()) {
            current.addHeader(headers);
            List<String> row = new ArrayList<>();
            for (Object key : headers) {
                row.add(PythonValues.str(dict.get(key)));
            }
            current.addRow(row, row.size());
        }
        for (Object key : more) {
            buildTable(key, dict.get(key), indentLevel + 1);
        }
    }

    private void buildSubTableFromList(List<?> list, int indentLevel, Object title) {
        List<Object> headerSet = new ArrayList<>();
        List<Object> moreSet = new ArrayList<>();
        for (Object item : list) {
            List<Object> headers = new ArrayList<>();
            List<Object> more = new ArrayList<>();
            groupScalarKeys(item, headers, more);
            addAllNew(headerSet, headers);
            addAllNew(moreSet, more);
        }
        sort(headerSet);
        sort(moreSet);
        current.addHeader(headerSet);
        boolean first = true;
        for (Object element : list) {
            if (!first && !moreSet.isEmpty()) {
                newSection(title, indentLevel);
                current.addHeader(headerSet);
            }
            first = false;
            List<String> row = new ArrayList<>();
            for (Object header : headerSet) {
                if (!(element instanceof Map<?, ?> dict)) {
                    throw new GeneralException("'" + PythonValues.typeName(element) + "' object has no attribute 'get'");
                }
                row.add(PythonValues.str(dict.containsKey(header) ? dict.get(header) : ""));
            }
            current.addRow(row, row.size());
            for (Object key : moreSet) {
                if (contains(element, key)) {
                    buildTable(key, index(element, key), indentLevel + 1);
                }
            }
        }
    }

    private static void addAllNew(List<Object> set, List<Object> values) {
        for (Object value : values) {
            if (set.stream().noneMatch(e -> PythonComparison.equals(e, value))) {
                set.add(value);
            }
        }
    }

    /** {@code _group_scalar_keys}: the container's keys split by whether their values are scalars, each sorted. */
    private static void groupScalarKeys(Object container, List<Object> headers, List<Object> more) {
        for (Object key : iterate(container)) {
            (PythonValues.isScalar(index(container, key)) ? headers : more).add(key);
        }
        sort(headers);
        sort(more);
    }

    private static void sort(List<Object> keys) {
        keys.sort(PythonComparison::compare);
    }

    private void newSection(Object title, int indentLevel) {
        current = new Section();
        current.title = title;
        current.indentLevel = indentLevel;
        sections.add(current);
    }

    /** One write of the Python code; colorama's autoreset acts per write, so the calls themselves matter. */
    @FunctionalInterface
    private interface Stream {
        void write(String text);
    }

    private void render(Stream stream) {
        int maxWidth = maxWidth();
        if (maxWidth > terminalWidth) {
            convertToVertical();
            maxWidth = maxWidth();
        }
        stream.write("-".repeat(Math.max(0, maxWidth)) + "\n");
        for (Section section : sections) {
            renderSection(section, maxWidth, stream);
        }
    }

    private int maxWidth() {
        int max = Integer.MIN_VALUE;
        for (Section section : sections) {
            max = Math.max(max, section.totalWidth(4, true, section.indentLevel));
        }
        return max;
    }

    private void convertToVertical() {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.rows.size() == 1 && !section.headers.isEmpty()) {
                Section vertical = new Section();
                vertical.title = section.title;
                vertical.indentLevel = section.indentLevel;
                List<String> row = section.rows.get(0);
                for (int c = 0; c < Math.min(section.headers.size(), row.size()); c++) {
                    vertical.addRow(List.of(PythonValues.str(section.headers.get(c)), row.get(c)), 2);
                }
                sections.set(i, vertical);
            }
        }
    }

    private String styleRow(String text) {
        return color ? ROW_STYLE + text + RESET : text;
    }

    private String styleIndent(String text) {
        return color ? INDENT_STYLE + text + RESET : text;
    }

    private void renderSection(Section section, int maxWidth, Stream base) {
        String edge = styleIndent("|");
        int indent = section.indentLevel;
        // IndentedStream: the left edges, the text, the right edges and the newline are separate writes.
        Stream stream = text -> {
            base.write(edge.repeat(indent));
            if (text.endsWith("\n")) {
                base.write(text.substring(0, text.length() - 1));
                base.write(edge.repeat(indent));
                base.write("\n");
            } else {
                base.write(text);
            }
        };
        int width = maxWidth - indent * 2;
        renderTitle(section, width, stream);
        renderColumnTitles(section, width, stream);
        renderRows(section, width, stream);
    }

    private void renderTitle(Section section, int maxWidth, Stream stream) {
        if (PythonValues.truthy(section.title)) {
            String title = concatenable(section.title);
            stream.write(centerText(title, maxWidth, "|", "|", TextWidth.of(title)) + "\n");
            if (section.headers.isEmpty() && section.rows.isEmpty()) {
                stream.write("+" + "-".repeat(Math.max(0, maxWidth - 2)) + "+\n");
            }
        }
    }

    private void renderColumnTitles(Section section, int maxWidth, Stream stream) {
        if (section.headers.isEmpty()) {
            return;
        }
        int[] widths = section.columnWidths(4, maxWidth);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < Math.min(widths.length, section.headers.size()); i++) {
            String header = concatenable(section.headers.get(i));
            line.append(centerText(header, widths[i], i == 0 ? "|" : "", "|", TextWidth.of(header)));
        }
        writeLineBreak(stream, widths);
        stream.write(line + "\n");
    }

    private void renderRows(Section section, int maxWidth, Stream stream) {
        if (section.rows.isEmpty()) {
            return;
        }
        int[] widths = section.columnWidths(4, maxWidth);
        if (widths.length == 0) {
            return;
        }
        writeLineBreak(stream, widths);
        for (List<String> row : section.rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < Math.min(widths.length, row.size()); i++) {
                String element = row.get(i);
                line.append(alignLeft(styleRow(element), widths[i], i == 0 ? "|" : "", "|", TextWidth.of(element)));
            }
            stream.write(line + "\n");
        }
        writeLineBreak(stream, widths);
    }

    private static void writeLineBreak(Stream stream, int[] widths) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i == 0) {
                parts.append('+').append("-".repeat(Math.max(0, widths[i] - 2))).append('+');
            } else {
                parts.append("-".repeat(Math.max(0, widths[i] - 1))).append('+');
            }
        }
        stream.write(parts.append('\n').toString());
    }

    /** Titles and headers are concatenated to strings when rendered; Python refuses other types there. */
    private static String concatenable(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new GeneralException("can only concatenate str (not \"" + PythonValues.typeName(value) + "\") to str");
    }

    /** {@code center_text}; Python's {@code ' ' * n} is empty for negative n, the arithmetic still counts it. */
    static String centerText(String text, int length, String leftEdge, String rightEdge, int textLength) {
        int charStart = Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1;
        int lengthSoFar = TextWidth.of(leftEdge) + charStart + textLength;
        int rightSpaces = length - TextWidth.of(rightEdge) - lengthSoFar;
        return leftEdge + " ".repeat(Math.max(0, charStart)) + text + " ".repeat(Math.max(0, rightSpaces)) + rightEdge;
    }

    static String alignLeft(String text, int length, String leftEdge, String rightEdge, int textLength) {
        int leftPadding = 2;
        int computed = textLength + leftPadding + TextWidth.of(leftEdge) + TextWidth.of(rightEdge);
        int padding = length - computed >= 0 ? leftPadding : 0;
        int lengthSoFar = TextWidth.codePoints(leftEdge) + padding + textLength;
        int rightSpaces = length - lengthSoFar - TextWidth.codePoints(rightEdge);
        return leftEdge + " ".repeat(padding) + text + " ".repeat(Math.max(0, rightSpaces)) + rightEdge;
    }

    /** {@code awscli/table.py Section}: a title, optional headers and rows of equal length. */
    private static final class Section {
        Object title = "";
        List<Object> headers = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int indentLevel;
        private Integer numColumns;
        private List<Integer> maxWidths = new ArrayList<>();

        void addHeader(List<Object> newHeaders) {
            List<String> texts = new ArrayList<>();
            for (Object header : newHeaders) {
                texts.add(PythonValues.str(header));
            }
            updateMaxWidths(texts);
            if (numColumns == null) {
                numColumns = newHeaders.size();
            }
            headers = newHeaders;
        }

        /** {@code size} is Python's {@code len(row)}, which for a dict row counts its keys. */
        void addRow(List<String> row, int size) {
            if (numColumns == null) {
                numColumns = size;
            }
            if (size != numColumns) {
                throw new GeneralException("Row should have " + numColumns + " elements, instead it has " + size);
            }
            rows.add(row);
            updateMaxWidths(row);
        }

        private void updateMaxWidths(List<String> row) {
            if (maxWidths.isEmpty()) {
                maxWidths = new ArrayList<>();
                for (String element : row) {
                    maxWidths.add(TextWidth.of(element));
                }
                return;
            }
            for (int i = 0; i < row.size(); i++) {
                if (i >= maxWidths.size()) {
                    throw new GeneralException("list index out of range");
                }
                maxWidths.set(i, Math.max(TextWidth.of(row.get(i)), maxWidths.get(i)));
            }
        }

        /** {@code calculate_column_widths}: widths plus padding, scaled to sum to {@code maxWidth}. */
        int[] columnWidths(int padding, int maxWidth) {
            int[] unscaled = new int[maxWidths.size()];
            int sum = 0;
            for (int i = 0; i < unscaled.length; i++) {
                unscaled[i] = maxWidths.get(i) + padding;
                sum += unscaled[i];
            }
            if (unscaled.length == 0) {
                return unscaled;
            }
            double scaleFactor = maxWidth / (double) sum;
            int[] scaled = new int[unscaled.length];
            int total = 0;
            for (int i = 0; i < unscaled.length; i++) {
                scaled[i] = (int) Math.rint(scaleFactor * unscaled[i]);
                total += scaled[i];
            }
            int offBy = total - maxWidth;
            while (offBy != 0) {
                boolean reversed = offBy < 0;
                for (int k = 0; k < scaled.length; k++) {
                    int i = reversed ? scaled.length - 1 - k : k;
                    if (offBy > 0) {
                        scaled[i] -= 1;
                        offBy -= 1;
                    } else {
                        scaled[i] += 1;
                        offBy += 1;
                    }
                    if (offBy == 0) {
                        break;
                    }
                }
            }
            return scaled;
        }

        int totalWidth(int padding, boolean withBorder, int outerPadding) {
            int total = 0;
            for (int width : maxWidths) {
                total += width + padding;
            }
            if (withBorder) {
                total += 2;
            }
            total += outerPadding + outerPadding;
            // A section opened with a None title still counts the width of "None" (get_text_length(str(None))).
            return Math.max(TextWidth.of(PythonValues.str(title)) + 2 + outerPadding + outerPadding, total);
        }
    }
}
