package dev.ssocli.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The process's standard streams and whether they are terminals; the only place that knows System.in/out/err. */
public final class Console {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean stdinTerminal;
    private final boolean stdoutTerminal;
    private final boolean stdinClosed;
    private final Terminal terminal;
    private BufferedReader reader;

    public Console(InputStream in, PrintStream out, PrintStream err, boolean stdinTerminal, boolean stdoutTerminal) {
        this(in, out, err, stdinTerminal, stdoutTerminal, false);
    }

    /**
     * @param stdinClosed whether the process was started with standard input closed ({@code <&-}); the launcher
     *     then gives the JVM {@code /dev/null} instead, so fd 0 cannot be reused for one of the JVM's own files
     */
    public Console(InputStream in, PrintStream out, PrintStream err, boolean stdinTerminal, boolean stdoutTerminal,
                   boolean stdinClosed) {
        this(in, out, err, stdinTerminal, stdoutTerminal, stdinClosed, Terminal.NONE);
    }

    /** @param terminal the terminal's width and character mode ({@link Terminal#NONE} when there is none) */
    public Console(InputStream in, PrintStream out, PrintStream err, boolean stdinTerminal, boolean stdoutTerminal,
                   boolean stdinClosed, Terminal terminal) {
        this.terminal = terminal;
        this.in = in;
        this.out = out;
        this.err = err;
        this.stdinTerminal = stdinTerminal;
        this.stdoutTerminal = stdoutTerminal;
        this.stdinClosed = stdinClosed;
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public boolean stdinIsTerminal() {
        return stdinTerminal;
    }

    /** Whether there is no standard input at all (closed, not merely empty): prompts must fail at once. */
    public boolean stdinIsClosed() {
        return stdinClosed;
    }

    public boolean stdoutIsTerminal() {
        return stdoutTerminal;
    }

    /** The terminal's width and character mode. */
    public Terminal terminal() {
        return terminal;
    }

    /** Reads one line of stdin (without its line terminator), or null at end of input. */
    public String readLine() throws IOException {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return reader.readLine();
    }
}
