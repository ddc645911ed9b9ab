package dev.ssocli.configure;

import dev.ssocli.output.TextWidth;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arrow-key selector of {@code aws configure sso} (docs/cli-surface.md#configure-sso, with current CLI v2's
 * type-to-filter): at most 10 rows below the question, {@code > } marks the highlighted row, Up/Down move and wrap,
 * typing filters (case-insensitive substring, any UTF-8 text), Backspace edits the filter, a lone Esc clears it,
 * Enter selects, Ctrl-C aborts. The menu is erased when done. Reads keys from {@code in}, which the caller has put into
 * character mode. Rows are cut to the terminal's width in display columns (wide characters count two).
 */
final class SelectMenu {
    private static final int MAX_ROWS = 10;
    private static final int ESC = 0x1b;
    private static final int CTRL_C = 0x03;
    /** How long the rest of an escape sequence may take to arrive after its Esc; a terminal sends it at once. */
    private static final long ESCAPE_SEQUENCE_MILLIS = 50;

    private final InputStream in;
    private final PrintStream out;
    private final int width;
    private int drawnLines;

    SelectMenu(InputStream in, PrintStream out, int width) {
        this.in = in;
        this.out = out;
        this.width = Math.max(width, 20);
    }

    /** The index (into {@code labels}) of the chosen item. */
    int select(List<String> labels, String noResultsMessage) throws IOException, InterruptedException {
        StringBuilder filter = new StringBuilder();
        List<Integer> visible = matching(labels, filter);
        int cursor = 0;
        int top = 0;
        while (true) {
            if (cursor < top) {
                top = cursor;
            } else if (cursor >= top + MAX_ROWS) {
                top = cursor - MAX_ROWS + 1;
            }
            draw(labels, visible, cursor, top, filter, noResultsMessage);
            int key = in.read();
            if (key < 0) {
                erase();
                throw new IOException("end of input while choosing");
            }
            if (key == CTRL_C) {
                erase();
                throw new InterruptedException();
            } else if (key == '\r' || key == '\n') {
                if (!visible.isEmpty()) {
                    erase();
                    return visible.get(cursor);
                }
            } else if (key == ESC) {
                if (!followedWithin(ESCAPE_SEQUENCE_MILLIS)) {
                    filter.setLength(0);
                    visible = matching(labels, filter);
                    cursor = 0;
                    top = 0;
                    continue;
                }
                int next = in.read();
                if (next == '[' || next == 'O') {
                    int code = in.read();
                    if (code == 'A' && !visible.isEmpty()) {
                        cursor = (cursor - 1 + visible.size()) % visible.size();
                    } else if (code == 'B' && !visible.isEmpty()) {
                        cursor = (cursor + 1) % visible.size();
                    } else {
                        while (code >= '0' && code <= '9' || code == ';') {
                            code = in.read();
                        }
                    }
                }
            } else if (key == 0x7f || key == 0x08) {
                if (filter.length() > 0) {
                    filter.setLength(filter.offsetByCodePoints(filter.length(), -1));
                    visible = matching(labels, filter);
                    cursor = 0;
                    top = 0;
                }
            } else if (key >= 0x20 && key != 0x7f) {
                String text = key < 0x80 ? String.valueOf((char) key) : utf8Character(key);
                if (text != null) {
                    filter.append(text);
                    visible = matching(labels, filter);
                    cursor = 0;
                    top = 0;
                }
            }
        }
    }

    /** Whether another byte arrives within {@code millis} (the rest of an escape sequence). */
    private boolean followedWithin(long millis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (in.available() == 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** The character a UTF-8 lead byte starts, reading its continuation bytes; null for an invalid sequence. */
    private String utf8Character(int lead) throws IOException {
        int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        if (length == 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        for (int i = 1; i < length; i++) {
            int b = in.read();
            if (b < 0x80 || b > 0xbf) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("\ufffd") || Character.isISOControl(text.codePointAt(0)) ? null : text;
    }

    private static List<Integer> matching(List<String> labels, CharSequence filter) {
        String needle = filter.toString().toLowerCase(Locale.ROOT);
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private void draw(List<String> labels, List<Integer> visible, int cursor, int top, CharSequence filter,
                      String noResultsMessage) {
        StringBuilder frame = new StringBuilder();
        moveToStart(frame);
        int lines = 0;
        if (visible.isEmpty()) {
            frame.append("\u001b[2K  ").append(fit(noResultsMessage)).append('\n');
            lines++;
        }
        for (int row = top; row < Math.min(visible.size(), top + MAX_ROWS); row++) {
            frame.append("\u001b[2K").append(row == cursor ? "> " : "  ")
                    .append(fit(labels.get(visible.get(row)))).append('\n');
            lines++;
        }
        if (filter.length() > 0) {
            frame.append("\u001b[2KFilter: ").append(fit(filter.toString())).append('\n');
            lines++;
        }
        frame.append("\u001b[J");
        drawnLines = lines;
        out.print(frame);
        out.flush();
    }

    private void erase() {
        StringBuilder frame = new StringBuilder();
        moveToStart(frame);
        frame.append("\u001b[J");
        drawnLines = 0;
        out.print(frame);
        out.flush();
    }

    private void moveToStart(StringBuilder frame) {
        frame.append('\r');
        if (drawnLines > 0) {
            frame.append("\u001b[").append(drawnLines).append('A');
        }
    }

    /**
     * Long texts are cut to the terminal width and end with {@code ...}, as the CLI's menu does; widths are display
     * columns ({@link TextWidth}), so wide characters count two and a cut never splits a surrogate pair.
     */
    private String fit(String text) {
        int room = width - 4;
        if (TextWidth.of(text) <= room) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String character = new String(Character.toChars(cp));
            int w = TextWidth.of(character);
            if (used + w > room - 3) {
                break;
            }
            cut.append(character);
            used += w;
            i += Character.charCount(cp);
        }
        return cut + "...";
    }
}
