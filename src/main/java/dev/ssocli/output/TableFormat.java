package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output table}: a port of {@code TableFormatter} ({@code awscli/formatter.py}) and {@code MultiTable}
 * ({@code awscli/table.py}), cli-surface.md §11.3. Sections are built from the response, their column widths
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

    private boolean buildTable(String title, Object value, int indentLevel) {
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
                    } else if (allScalar(item)) {
                        current.addRow(elementsOf(item), sizeOf(item));
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

    /** Iterating a dict in Python yields its keys; a list yields its items. */
    private static Collection<?> iterate(Object container) {
        return container instanceof Map<?, ?> map ? map.keySet() : (List<?>) container;
    }

    private static boolean allScalar(Object container) {
        return iterate(container).stream().allMatch(PythonValues::isScalar);
    }

    private static List<String> elementsOf(Object container) {
        List<String> row = new ArrayList<>();
        for (Object element : iterate(container)) {
            row.add(PythonValues.str(element));
        }
        return row;
    }

    private static int sizeOf(Object container) {
        return iterate(container).size();
    }

    private void buildSubTableFromDict(Map<?, ?> dict, int indentLevel) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        groupScalarKeys(dict, headers, more);
        if (headers.size() == 1) {
            current.addRow(List.of(headers.get(0), PythonValues.str(dict.get(headers.get(0)))), 2);
        } else if (!headers.isEmpty()) {
            current.addHeader(headers);
            List<String> row = new ArrayList<>();
            for (String key : headers) {
                row.add(PythonValues.str(dict.get(key)));
            }
            current.addRow(row, row.size());
        }
        for (String key : more) {
            buildTable(key, dict.get(key), indentLevel + 1);
        }
    }

    private void buildSubTableFromList(List<?> list, int indentLevel, String title) {
        TreeSet<String> headerSet = new TreeSet<>(PythonValues.CODE_POINT_ORDER);
        TreeSet<String> moreSet = new TreeSet<>(PythonValues.CODE_POINT_ORDER);
        for (Object item : list) {
            List<String> headers = new ArrayList<>();
            List<String> more = new ArrayList<>();
            groupScalarKeys(asDict(item), headers, more);
            headerSet.addAll(headers);
            moreSet.addAll(more);
        }
        List<String> headers = new ArrayList<>(headerSet);
        List<String> more = new ArrayList<>(moreSet);
        current.addHeader(headers);
        boolean first = true;
        for (Object element : list) {
            Map<?, ?> dict = (Map<?, ?>) element;
            if (!first && !more.isEmpty()) {
                newSection(title, indentLevel);
                current.addHeader(headers);
            }
            first = false;
            List<String> row = new ArrayList<>();
            for (String header : headers) {
                row.add(PythonValues.str(dict.containsKey(header) ? dict.get(header) : ""));
            }
            current.addRow(row, row.size());
            for (String key : more) {
                if (dict.containsKey(key)) {
                    buildTable(key, dict.get(key), indentLevel + 1);
                }
            }
        }
    }

    /** A list element that is not a dict fails in the CLI as Python fails to look up its keys. */
    private static Map<?, ?> asDict(Object item) {
        if (item instanceof Map<?, ?> dict) {
            return dict;
        }
        if (item instanceof String s) {
            if (s.isEmpty()) {
                return Map.of();
            }
            throw new GeneralException("string indices must be integers, not 'str'");
        }
        if (item instanceof List<?> l) {
            if (l.isEmpty()) {
                return Map.of();
            }
            throw new GeneralException("list indices must be integers or slices, not "
                    + PythonValues.typeName(l.get(0)));
        }
        throw new GeneralException("'" + PythonValues.typeName(item) + "' object is not iterable");
    }

    private static void groupScalarKeys(Map<?, ?> dict, List<String> headers, List<String> more) {
        for (Map.Entry<?, ?> entry : dict.entrySet()) {
            (PythonValues.isScalar(entry.getValue()) ? headers : more).add(String.valueOf(entry.getKey()));
        }
        headers.sort(PythonValues.CODE_POINT_ORDER);
        more.sort(PythonValues.CODE_POINT_ORDER);
    }

    private void newSection(String title, int indentLevel) {
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
                    vertical.addRow(List.of(section.headers.get(c), row.get(c)), 2);
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
        if (section.title != null && !section.title.isEmpty()) {
            stream.write(centerText(section.title, maxWidth, "|", "|", TextWidth.of(section.title)) + "\n");
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
            String header = section.headers.get(i);
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
        String title = "";
        List<String> headers = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int indentLevel;
        private Integer numColumns;
        private List<Integer> maxWidths = new ArrayList<>();

        void addHeader(List<String> newHeaders) {
            updateMaxWidths(newHeaders);
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
            return Math.max(TextWidth.of(title) + 2 + outerPadding + outerPadding, total);
        }
    }
}
