package dev.ssocli.fs;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Where the file layer's one warning of a command goes (a lock file that cannot be used): the CLI's stderr, nowhere
 * by default. Kept apart from {@link AtomicFile} so that setting it up costs commands that write no file nothing.
 */
public final class FileWarnings {
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static volatile Consumer<String> sink = w -> { };

    private FileWarnings() {
    }

    /** Sends the warning to {@code out}, or nowhere for null; a new command may warn again. */
    public static void to(Consumer<String> out) {
        sink = out == null ? w -> { } : out;
        WARNED.set(false);
    }

    /** Prints {@code warning} unless this command has warned already. */
    static void once(String warning) {
        if (WARNED.compareAndSet(false, true)) {
            sink.accept(warning);
        }
    }
}
