package dev.ssocli.runtime;

import dev.ssocli.errors.GeneralException;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * Line prompts with validation, behaving like the AWS CLI's prompt_toolkit prompts where it matters to scripts
 * (cli-surface.md §1.1, §1.6): when stdin is not a terminal it warns once on stderr and reads answers line by line;
 * an answer that fails validation stays in the input buffer and the next line is appended to it, as prompt_toolkit
 * does with piped input; end of input fails the command (exit 255, empty message). Create one per command.
 */
public final class Prompter {
    /** prompt_toolkit's warning, printed once before the first prompt when stdin is piped. */
    public static final String NOT_A_TERMINAL_WARNING = "Warning: Input is not a terminal (fd=0).\n";

    /**
     * The CLI's prompt_toolkit fails this way when standard input is closed ({@code sys.stdin} is None): exit 255,
     * nothing asked, nothing written.
     */
    public static final String STDIN_CLOSED_MESSAGE = "'NoneType' object has no attribute 'fileno'";

    /**
     * Rejected piped answers accepted in a row before the prompt gives up as at end of input. The CLI's prompt_toolkit
     * does not loop on an endless pipe ({@code yes '' | aws configure sso-session} prints a few lines and waits);
     * without a bound the buffer quirk above would echo an ever longer line forever.
     */
    public static final int MAX_REJECTED_PIPED_ANSWERS = 20;

    private final Console console;
    private boolean warned;

    public Prompter(Console console) {
        this.console = console;
    }

    /**
     * Shows {@code prompt} and returns the answer as typed (not stripped) once {@code validator} accepts it.
     *
     * @param validator returns the message to show for an unacceptable answer, or null to accept it; may be null
     * @throws EOFException when input ends before an acceptable answer
     */
    public String ask(String prompt, UnaryOperator<String> validator) throws IOException {
        if (console.stdinIsClosed()) {
            throw new GeneralException(STDIN_CLOSED_MESSAGE);
        }
        PrintStream out = console.out();
        boolean terminal = console.stdinIsTerminal();
        if (!terminal && !warned) {
            console.err().print(NOT_A_TERMINAL_WARNING);
            console.err().flush();
            warned = true;
        }
        // A Ctrl-C ends the JVM (exit 130, nothing written); the CLI's interrupt handler prints one newline on
        // stdout first. The hook is in place before the first prompt is printed, so no SIGINT falls between.
        try (InterruptNewline ignored = InterruptNewline.on(out)) {
            return askUntilAccepted(prompt, validator, out, terminal);
        }
    }

    private String askUntilAccepted(String prompt, UnaryOperator<String> validator, PrintStream out,
                                    boolean terminal) throws IOException {
        String buffer = "";
        int rejected = 0;
        while (true) {
            out.print(prompt);
            out.flush();
            String line = console.readLine();
            if (line == null) {
                out.print("\n");
                out.flush();
                throw new EOFException();
            }
            String answer = terminal ? line : buffer + line;
            if (!terminal) {
                // Piped answers are not echoed by a terminal; print them so the transcript reads like a session.
                out.print(answer + "\n");
            }
            String error = validator == null ? null : validator.apply(answer);
            if (error == null) {
                out.flush();
                return answer;
            }
            out.print(error + "\n");
            buffer = terminal ? "" : answer;
            if (!terminal && ++rejected >= MAX_REJECTED_PIPED_ANSWERS) {
                out.flush();
                throw new EOFException();
            }
        }
    }
}
