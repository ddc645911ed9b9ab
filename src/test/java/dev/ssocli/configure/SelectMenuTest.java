package dev.ssocli.configure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.output.TextWidth;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arrow-key menu: display widths, UTF-8 filtering, a lone Esc, arrows. */
class SelectMenuTest {
    /** Keys as a terminal delivers them: each chunk arrives at once, the next one only after it is read. */
    private static final class Keys extends InputStream {
        private final Deque<byte[]> chunks = new ArrayDeque<>();
        private byte[] current = new byte[0];
        private int position;

        Keys(String... chunks) {
            for (String chunk : chunks) {
                this.chunks.add(chunk.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public int read() {
            while (position >= current.length) {
                if (chunks.isEmpty()) {
                    return -1;
                }
                current = chunks.poll();
                position = 0;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int available() {
            return current.length - position;
        }
    }

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private int select(List<String> labels, int width, String... keys) throws Exception {
        return new SelectMenu(new Keys(keys), new PrintStream(screen, true, StandardCharsets.UTF_8), width)
                .select(labels, "No matching accounts found");
    }

    @Test
    void arrowsMoveAndWrap() throws Exception {
        assertThat(select(List.of("a", "b", "c"), 80, "\u001b[B", "\u001b[B", "\r")).isEqualTo(2);
        assertThat(select(List.of("a", "b", "c"), 80, "\u001b[A", "\r")).isEqualTo(2);
    }

    @Test
    void typingFiltersWithAnyCharacterAndALoneEscClearsTheFilter() throws Exception {
        List<String> labels = List.of("Production", "Développement", "開発チーム");
        assertThat(select(labels, 80, "é", "\r")).isEqualTo(1);
        assertThat(select(labels, 80, "開", "\r")).isEqualTo(2);
        assertThat(select(labels, 80, "z", "\u001b", "\r")).isZero();
        assertThat(select(labels, 80, "dé", "\u007f", "\u007f", "\r")).isZero();
    }

    @Test
    void rowsAreCutByDisplayColumns() throws Exception {
        String wide = "開発チーム".repeat(10);
        assertThat(select(List.of(wide), 24, "\r")).isZero();
        String drawn = screen.toString(StandardCharsets.UTF_8);
        String row = drawn.substring(drawn.indexOf("> ") + 2, drawn.indexOf('\n', drawn.indexOf("> ")));
        assertThat(row).endsWith("...");
        assertThat(TextWidth.of(row)).isLessThanOrEqualTo(24 - 4);
        assertThat(row).startsWith("開発チーム開発チ");
    }
}
