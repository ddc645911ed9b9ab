package dev.ssocli.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The column count of the terminal on stdout, which the CLI reads with {@code TIOCGWINSZ} on stdout; Java has no
 * ioctl, so this asks {@code stty} about the same device through {@code /proc/<pid>/fd/1}.
 */
public final class TerminalWidth {
    private TerminalWidth() {
    }

    /** The width of stdout's terminal, or 80 when it cannot be read. */
    public static int ofStdout() {
        long pid = ProcessHandle.current().pid();
        try {
            Process process = new ProcessBuilder("stty", "-F", "/proc/" + pid + "/fd/1", "size")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            String text;
            try (InputStream in = process.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
            if (!process.waitFor(2, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return OutputSettings.DEFAULT_TERMINAL_WIDTH;
            }
            String[] parts = text.split("\\s+");
            return parts.length == 2 ? Integer.parseInt(parts[1]) : OutputSettings.DEFAULT_TERMINAL_WIDTH;
        } catch (IOException | NumberFormatException e) {
            return OutputSettings.DEFAULT_TERMINAL_WIDTH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OutputSettings.DEFAULT_TERMINAL_WIDTH;
        }
    }
}
