package dev.ssocli.config;

import dev.ssocli.errors.GeneralException;
import java.nio.file.Path;

/**
 * A config or credentials file botocore would refuse to load: exit 255 with the AWS CLI's
 * {@code Unable to parse config file: PATH}, plus the line and the reason (never the line's text, which may hold a
 * secret).
 */
public final class ConfigParseException extends GeneralException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String reason;

    public ConfigParseException(Path file, int line, String reason) {
        super("Unable to parse config file: " + file + (line > 0 ? " (line " + line + ": " + reason + ")"
                : " (" + reason + ")"));
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the first problem, or 0 when the problem is not tied to a line (e.g. bad UTF-8). */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
