package dev.ssocli.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Display width as {@code awscli/table.py get_text_length} counts it: two columns for East Asian Width W, F and
 * A, one for everything else. The ranges come from the CLI's own Python (Unicode 14.0), in a resource loaded only
 * for table output.
 */
public final class TextWidth {
    private static final int[] WIDE_RANGES = load();

    private TextWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Python's {@code len()}: code points, not UTF-16 units. */
    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isWide(int cp) {
        if (cp < 0xa1) {
            return false;
        }
        int index = Arrays.binarySearch(WIDE_RANGES, cp);
        if (index >= 0) {
            return true;
        }
        int insertion = -index - 1;
        // Even positions hold range starts, odd positions range ends: inside a range when between the two.
        return insertion % 2 == 1;
    }

    private static int[] load() {
        try (InputStream in = TextWidth.class.getResourceAsStream("east-asian-wide.txt")) {
            if (in == null) {
                throw new IllegalStateException("east-asian-wide.txt missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            int[] ranges = new int[2048];
            int count = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int dash = line.indexOf('-');
                if (count + 2 > ranges.length) {
                    ranges = Arrays.copyOf(ranges, ranges.length * 2);
                }
                ranges[count++] = Integer.parseInt(line, 0, dash, 16);
                ranges[count++] = Integer.parseInt(line, dash + 1, line.length(), 16);
            }
            return Arrays.copyOf(ranges, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
