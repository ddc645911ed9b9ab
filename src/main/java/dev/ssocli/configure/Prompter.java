package dev.ssocli.configure;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.python.PythonStrings;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.InterruptNewline;
import dev.ssocli.runtime.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The prompts of the configure wizards (docs/cli-surface.md#configure-sso, #configure-sso-session): a line prompt
 * with validation, choices from the arrow-key menu on a terminal or a numbered list when standard input is piped, and
 * answers from flags when given. What piped input does is the {@link PipedInput} policy; the rest is shared: the
 * prompt_toolkit warning once on stderr, piped answers echoed so the transcript reads like a session, a closed stdin
 * failing before anything is asked, a bound on rejected piped answers, and the CLI's newline on Ctrl-C. Create one per
 * command.
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
     * without a bound the buffer quirk of {@link PipedInput#PROMPT_TOOLKIT} would echo an ever longer line forever.
     */
    public static final int MAX_REJECTED_PIPED_ANSWERS = 20;

    /** What piped (non-terminal) input does: the two documented behaviours of the wizards. */
    public enum PipedInput {
        /**
         * As the CLI's prompt_toolkit prompts ({@code configure sso-session}): a rejected answer stays in the input
         * buffer and the next line is appended to it; end of input fails the command (exit 255, empty message).
         */
        PROMPT_TOOLKIT,
        /**
         * For scripts ({@code configure sso}): each line is a fresh answer; end of input is an error that names the
         * flag to pass instead (exit 252), never a hang.
         */
        NAME_THE_FLAG
    }

    /** Checks an answer; returns the CLI's validation message, or null when it is acceptable. */
    @FunctionalInterface
    public interface Check {
        String problem(String text, String current);

        Check NONE = (text, current) -> null;
    }

    private final Console console;
    private final PipedInput piped;
    private boolean warned;

    public Prompter(Console console, PipedInput piped) {
        this.console = console;
        this.piped = piped;
    }

    /**
     * Shows {@code prompt} and returns the answer as typed (not stripped) once {@code validator} accepts it.
     *
     * @param validator returns the message to show for an unacceptable answer, or null to accept it; may be null
     * @throws EOFException when input ends before an acceptable answer ({@link PipedInput#PROMPT_TOOLKIT})
     */
    public String ask(String prompt, UnaryOperator<String> validator) throws IOException {
        return prompt(prompt, validator, null);
    }

    /**
     * The answer to one question: {@code flagValue} when not null (nothing is asked), else what the user types at
     * {@code prompt}. Returns the stripped answer, or {@code current} when it is empty (which may be null).
     */
    public String ask(String prompt, String current, Check check, String flag, String flagValue) throws IOException {
        if (flagValue != null) {
            String text = PythonStrings.strip(flagValue);
            String problem = check.problem(text, current);
            if (problem != null) {
                throw new ParamValidationException("Invalid value for " + flag + ": " + problem);
            }
            return text.isEmpty() ? current : text;
        }
        String text = PythonStrings.strip(prompt(prompt, answer -> check.problem(PythonStrings.strip(answer),
                current), flag));
        return text.isEmpty() ? current : text;
    }

    /**
     * One of {@code items}: {@code flagValue} must match an item's key; else the menu (terminal) or a numbered list
     * and a line naming a number or a key (piped).
     */
    public <T> T choose(List<T> items, Function<T, String> key, Function<T, String> label, String what, String flag,
                        String flagValue, String noMatches) throws IOException, InterruptedException {
        if (flagValue != null) {
            for (T item : items) {
                if (key.apply(item).equals(PythonStrings.strip(flagValue))) {
                    return item;
                }
            }
            throw new ParamValidationException("Invalid value for " + flag + ": " + PythonStrings.strip(flagValue)
                    + " is not one of the " + what + "s available to you");
        }
        PrintStream out = console.out();
        failIfStdinClosed();
        if (console.stdinIsTerminal()) {
            out.print("Use arrow keys to navigate, type to filter, and press Enter to select.\n");
            out.flush();
            List<String> labels = items.stream().map(label).toList();
            try (Terminal.CharacterMode ignored = console.terminal().enterCharacterMode()) {
                return items.get(new SelectMenu(console.in(), out, console.terminal().stdinColumns())
                        .select(labels, noMatches));
            } catch (IOException e) {
                throw missing(what, flag);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            out.print("  " + (i + 1) + ") " + label.apply(items.get(i)) + "\n");
        }
        String prompt = "Enter a number or " + article(what) + " " + (what.equals("account") ? "ID" : "name")
                + " [1]: ";
        String answer = PythonStrings.strip(prompt(prompt, text -> {
            String stripped = PythonStrings.strip(text);
            return stripped.isEmpty() || pick(items, key, stripped) != null ? null : "Not one of the listed " + what
                    + "s";
        }, flag));
        return answer.isEmpty() ? items.get(0) : pick(items, key, answer);
    }

    /** The item whose key is {@code text}, or whose 1-based number it is; null for neither. */
    private static <T> T pick(List<T> items, Function<T, String> key, String text) {
        for (T item : items) {
            if (key.apply(item).equals(text)) {
                return item;
            }
        }
        try {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= items.size() ? items.get(number - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The shared loop: shows {@code prompt} until {@code validator} accepts an answer; {@code flag} names it. */
    private String prompt(String prompt, UnaryOperator<String> validator, String flag) throws IOException {
        failIfStdinClosed();
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
            String buffer = "";
            int rejected = 0;
            while (true) {
                out.print(prompt);
                out.flush();
                String line = terminal || rejected < MAX_REJECTED_PIPED_ANSWERS ? readRawLine() : null;
                if (line == null) {
                    endOfInput(prompt, flag);
                    throw new EOFException();
                }
                String answer = piped == PipedInput.PROMPT_TOOLKIT && !terminal ? buffer + line : line;
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
                rejected++;
            }
        }
    }

    /**
     * One line read byte by byte, so nothing beyond it is buffered away from the menu, which reads the same stream
     * key by key. Null at end of input.
     */
    private String readRawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream in = console.in();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * End of input, or too many rejected piped answers in a row ({@link #MAX_REJECTED_PIPED_ANSWERS}): ends the line,
     * then, for {@link PipedInput#NAME_THE_FLAG}, throws the error naming the flag that answers the question without
     * a prompt; otherwise the caller ends the command as the CLI does.
     */
    private void endOfInput(String prompt, String flag) {
        console.out().print("\n");
        console.out().flush();
        if (piped == PipedInput.NAME_THE_FLAG && flag != null) {
            throw missing(prompt.replaceAll("\\s*(\\[.*\\])?:\\s*$", "").strip(), flag);
        }
    }

    private void failIfStdinClosed() {
        if (console.stdinIsClosed()) {
            throw new GeneralException(STDIN_CLOSED_MESSAGE);
        }
    }

    private static ParamValidationException missing(String question, String flag) {
        return new ParamValidationException("No answer for \"" + question + "\": standard input has no more lines. "
                + "Pass " + flag + " to answer it without a prompt.");
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " + noun : "a " + noun;
    }
}
