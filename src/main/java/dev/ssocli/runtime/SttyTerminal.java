package dev.ssocli.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real terminal, through {@code stty}: Java has no {@code ioctl}, so the width is asked of {@code stty size} on the
 * same device (standard output's through {@code /proc/PID/fd/1}, as the CLI reads {@code TIOCGWINSZ} on stdout), and
 * character mode is {@code stty -icanon -echo -isig min 1 time 0}, restored afterwards, also from a shutdown hook if
 * the JVM is ended meanwhile.
 */
public final class SttyTerminal implements Terminal {
    private static final int DEFAULT_COLUMNS = 80;

    @Override
    public int stdoutColumns() {
        return columns(stty(false, "-F", "/proc/" + ProcessHandle.current().pid() + "/fd/1", "size"));
    }

    @Override
    public int stdinColumns() {
        return columns(stty(true, "size"));
    }

    @Override
    public CharacterMode enterCharacterMode() {
        String saved = stty(true, "-g");
        if (saved == null || saved.isBlank()
                || stty(true, "-icanon", "-echo", "-isig", "min", "1", "time", "0") == null) {
            return () -> { };
        }
        String settings = saved.strip();
        Thread restoreOnExit = new Thread(() -> stty(true, settings), "restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        return () -> {
            stty(true, settings);
            try {
                Runtime.getRuntime().removeShutdownHook(restoreOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook restores the terminal
            }
        };
    }

    private static int columns(String size) {
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
        return DEFAULT_COLUMNS;
    }

    /** {@code stty ARGS}' output, or null when it fails; {@code onStdin} gives it this process's standard input. */
    private static String stty(boolean onStdin, String... args) {
        List<String> command = new ArrayList<>(List.of("stty"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.redirectInput(onStdin ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
            Process process = builder.start();
            if (!onStdin) {
                process.getOutputStream().close();
            }
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
}
