package dev.ssocli.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a standard stream is a terminal. Java 17's {@code System.console()} is non-null only when stdin and
 * stdout both are, while the AWS CLI checks each stream on its own (pager and table width look at stdout alone), so
 * on Linux the file descriptor's target is inspected instead.
 */
public final class TerminalDetection {
    private TerminalDetection() {
    }

    /** True when file descriptor {@code fd} (0, 1 or 2) of this process is a terminal. */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
