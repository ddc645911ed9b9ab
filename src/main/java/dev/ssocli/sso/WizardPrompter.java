package dev.ssocli.sso;

import dev.ssocli.config.SsoSessionRules;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Prompter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Gets each answer of the {@code configure sso} wizard: from its flag when given (nothing is asked), else from a
 * line prompt in the CLI's {@code Text [current]: } format (empty keeps the current value; a failed check shows its
 * message and asks again), and choices from the arrow-key menu on a terminal or a numbered list read as a line when
 * standard input is piped. Running out of input is an error that names the flag to pass instead, never a hang.
 */
final class WizardPrompter {
    /** Checks an answer; returns the CLI's validation message, or null when it is acceptable. */
    @FunctionalInterface
    interface Check {
        String problem(String text, String current);

        Check NONE = (text, current) -> null;
    }

    private final Console console;
    private boolean warned;

    WizardPrompter(Console console) {
        this.console = console;
    }

    /**
     * The answer to one question: {@code flagValue} when not null, else what the user types at {@code prompt}.
     * Returns the stripped answer, or {@code current} when it is empty (which may be null).
     */
    String ask(String prompt, String current, Check check, String flag, String flagValue) throws IOException {
        if (flagValue != null) {
            String text = SsoSessionRules.strip(flagValue);
            String problem = check.problem(text, current);
            if (problem != null) {
                throw new ParamValidationException("Invalid value for " + flag + ": " + problem);
            }
            return text.isEmpty() ? current : text;
        }
        failIfStdinClosed();
        PrintStream out = console.out();
        int rejected = 0;
        while (true) {
            out.print(prompt);
            out.flush();
            String line = rejected < Prompter.MAX_REJECTED_PIPED_ANSWERS || console.stdinIsTerminal()
                    ? readLine(prompt, flag) : null;
            if (line == null) {
                throw missingAfterPrompt(prompt, flag);
            }
            String text = SsoSessionRules.strip(line);
            String problem = check.problem(text, current);
            if (problem == null) {
                return text.isEmpty() ? current : text;
            }
            out.print(problem + "\n");
            rejected++;
        }
    }

    /**
     * One of {@code items}: {@code flagValue} must match an item's key; else the menu (terminal) or a numbered list
     * and a line naming a number or a key (piped).
     */
    <T> T choose(List<T> items, Function<T, String> key, Function<T, String> label, String what, String flag,
                 String flagValue, String noMatches) throws IOException, InterruptedException {
        if (flagValue != null) {
            for (T item : items) {
                if (key.apply(item).equals(SsoSessionRules.strip(flagValue))) {
                    return item;
                }
            }
            throw new ParamValidationException("Invalid value for " + flag + ": " + SsoSessionRules.strip(flagValue)
                    + " is not one of the " + what + "s available to you");
        }
        PrintStream out = console.out();
        failIfStdinClosed();
        if (console.stdinIsTerminal()) {
            out.print("Use arrow keys to navigate, type to filter, and press Enter to select.\n");
            out.flush();
            List<String> labels = items.stream().map(label).toList();
            try (RawTerminal ignored = RawTerminal.enter()) {
                return items.get(new SelectMenu(console.in(), out, RawTerminal.columns()).select(labels, noMatches));
            } catch (IOException e) {
                throw missing(what, flag);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            out.print("  " + (i + 1) + ") " + label.apply(items.get(i)) + "\n");
        }
        String prompt = "Enter a number or " + article(what) + " " + (what.equals("account") ? "ID" : "name")
                + " [1]: ";
        for (int rejected = 0; ; rejected++) {
            out.print(prompt);
            out.flush();
            if (rejected >= Prompter.MAX_REJECTED_PIPED_ANSWERS) {
                throw missingAfterPrompt(prompt, flag);
            }
            String text = SsoSessionRules.strip(readLine(prompt, flag));
            if (text.isEmpty()) {
                return items.get(0);
            }
            for (T item : items) {
                if (key.apply(item).equals(text)) {
                    return item;
                }
            }
            try {
                int number = Integer.parseInt(text);
                if (number >= 1 && number <= items.size()) {
                    return items.get(number - 1);
                }
            } catch (NumberFormatException e) {
                // not a number: not a valid answer either
            }
            out.print("Not one of the listed " + what + "s\n");
        }
    }

    private String readLine(String prompt, String flag) throws IOException {
        if (!console.stdinIsTerminal() && !warned) {
            // prompt_toolkit's warning when the wizard is fed from a pipe (docs/cli-surface.md#configure-sso)
            console.err().print("Warning: Input is not a terminal (fd=0).\n");
            console.err().flush();
            warned = true;
        }
        String line = readRawLine();
        if (line == null) {
            throw missingAfterPrompt(prompt, flag);
        }
        if (!console.stdinIsTerminal()) {
            // piped answers are not echoed by a terminal; print them so the transcript reads like a session
            console.out().print(line + "\n");
        }
        return line;
    }

    /**
     * One line read byte by byte, so nothing beyond it is buffered away from the menu, which reads the same
     * stream key by key. Null at end of input.
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
     * End of input, or too many rejected piped answers in a row ({@link Prompter#MAX_REJECTED_PIPED_ANSWERS}): the
     * question cannot be answered from standard input.
     */
    private ParamValidationException missingAfterPrompt(String prompt, String flag) {
        console.out().print("\n");
        return missing(prompt.replaceAll("\\s*(\\[.*\\])?:\\s*$", "").strip(), flag);
    }

    private void failIfStdinClosed() {
        if (console.stdinIsClosed()) {
            throw new GeneralException(Prompter.STDIN_CLOSED_MESSAGE);
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
