package dev.ssocli.runtime;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The {@code --debug} log: lines in botocore's logging format ({@code 2026-01-15 10:00:00,000 - MainThread -
 * botocore.endpoint - DEBUG - ...}) naming operations, endpoints, credential sources and token refreshes. Callers
 * pass no secret (no token, key, header or body) and no line carries one. Off unless the CLI turns it on.
 */
public final class DebugLog {
    private static volatile Consumer<String> sink;

    private DebugLog() {
    }

    /** Sends the log to {@code out} (the CLI's stderr), or turns it off with null. */
    public static void to(Consumer<String> out) {
        sink = out;
    }

    public static boolean isOn() {
        return sink != null;
    }

    public static void debug(String logger, String message) {
        log(logger, "DEBUG", message);
    }

    public static void info(String logger, String message) {
        log(logger, "INFO", message);
    }

    /** Built on the first log line only: a formatter costs every command that logs nothing. */
    private static final class Time {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss,SSS");
    }

    private static void log(String logger, String level, String message) {
        Consumer<String> out = sink;
        if (out != null) {
            out.accept(Time.FORMAT.format(LocalDateTime.now()) + " - MainThread - " + logger + " - " + level + " - "
                    + message + "\n");
        }
    }
}
