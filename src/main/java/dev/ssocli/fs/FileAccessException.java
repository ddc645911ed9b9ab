package dev.ssocli.fs;

import dev.ssocli.errors.GeneralException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file could not be read or written: exit 255 with Python's {@code [Errno N] Text: 'path'} wording, which is
 * what the AWS CLI prints for the same failure (e.g. {@code [Errno 13] Permission denied: '/home/u/.aws/config'}).
 */
public final class FileAccessException extends GeneralException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    /** A failure about {@code path}, or about the file the exception itself names when it names one. */
    public FileAccessException(Path path, IOException cause) {
        this(path, cause, false);
    }

    private FileAccessException(Path path, IOException cause, boolean exactPath) {
        super(describe(path, cause, exactPath), cause);
        this.path = path;
    }

    /**
     * A failure reported against {@code path} whatever file the exception names: a hidden temp or lock file we
     * could not create is the directory's problem as far as the user is concerned.
     */
    public static FileAccessException about(Path path, IOException cause) {
        return new FileAccessException(path, cause, true);
    }

    /** The file or directory the failure is about. */
    public Path path() {
        return path;
    }

    static String describe(Path path, IOException cause, boolean exactPath) {
        Path where = path;
        if (!exactPath && cause instanceof FileSystemException fse && fse.getFile() != null) {
            where = Path.of(fse.getFile());
        }
        String reason = reason(cause);
        return where == null ? reason : reason + ": '" + where + "'";
    }

    private static String reason(IOException cause) {
        if (cause instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (cause instanceof FileAlreadyExistsException) {
            return "[Errno 17] File exists";
        }
        if (cause instanceof NotDirectoryException) {
            return "[Errno 20] Not a directory";
        }
        String text = cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof FileSystemException fse && fse.getReason() != null) {
            text = fse.getReason();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "[Errno 28] No space left on device";
        }
        if (lower.contains("read-only file system")) {
            return "[Errno 30] Read-only file system";
        }
        if (lower.contains("too many levels of symbolic links")) {
            return "[Errno 40] Too many levels of symbolic links";
        }
        if (lower.contains("is a directory")) {
            return "[Errno 21] Is a directory";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "[Errno 13] Permission denied";
        }
        if (lower.contains("disk quota exceeded")) {
            return "[Errno 122] Disk quota exceeded";
        }
        return text.isEmpty() ? cause.getClass().getSimpleName() : text;
    }
}
