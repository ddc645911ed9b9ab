package dev.ssocli.cache;

import java.nio.file.Path;

/** A cache file exists but is not valid JSON or lacks a required field; callers word the user's message. */
public final class InvalidCacheEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public InvalidCacheEntryException(Path file) {
        super("invalid cache entry " + file, null, false, false);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
