package dev.ssocli.sso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Puts the process's terminal into character-at-a-time mode with {@code stty} for the selection menu and restores it
 * afterwards (also from a shutdown hook if the JVM is killed meanwhile). When standard input is not a terminal,
 * {@code stty} fails and nothing changes, which is what the menu wants for scripted input.
 */
final class RawTerminal implements AutoCloseable {
    private final String saved;
    private final Thread restoreOnExit;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.restoreOnExit = saved == null ? null : new Thread(() -> stty(saved), "restore-terminal");
        if (restoreOnExit != null) {
            Runtime.getRuntime().addShutdownHook(restoreOnExit);
        }
    }

    /** Character mode without echo or signal keys (Ctrl-C arrives as a byte so the terminal can be restored first). */
    static RawTerminal enter() {
        String saved = stty("-g");
        if (saved == null || saved.isBlank()) {
            return new RawTerminal(null);
        }
        if (stty("-icanon", "-echo", "-isig", "min", "1", "time", "0") == null) {
            return new RawTerminal(null);
        }
        return new RawTerminal(saved.strip());
    }

    /** The terminal's width in columns, or 80 when unknown. */
    static int columns() {
        String size = stty("size");
        if (size != null) {
            String[] parts = size.strip().split("\\s+");
            if (parts.length == 2) {
                try {
                    int columns = Integer.parseInt(parts[1]);
                    if (columns > 0) {
                        return columns;
                    }
                } catch (NumberFormatException e) {
                    // fall through to the default
                }
            }
        }
        return 80;
    }

    private static String stty(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return output;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        if (saved != null) {
            stty(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook restores the terminal
            }
        }
    }
}
