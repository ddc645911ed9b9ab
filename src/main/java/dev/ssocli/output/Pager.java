package dev.ssocli.output;

import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.GeneralException;
import dev.ssocli.python.PythonValues;
import dev.ssocli.python.Shlex;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output pager of {@code awscli/utils.py OutputStreamFactory} (docs/cli-surface.md#global-options): a command line
 * split like {@code shlex.split}, run with the caller's environment plus {@code LESS=FRX} when {@code LESS} is unset,
 * fed the formatted output on its stdin.
 */
public final class Pager {
    /** No pager: output goes straight to stdout. */
    public static final Pager NONE = new Pager(null, Map.of(), ProcessBuilder.Redirect.INHERIT);

    static final String DEFAULT_LESS_FLAGS = "FRX";
    private static final String DEFAULT_PAGER = "less";
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)");

    private final String command;
    private final Map<String, String> environment;
    private final ProcessBuilder.Redirect output;

    private Pager(String command, Map<String, String> environment, ProcessBuilder.Redirect output) {
        this.command = command;
        this.environment = environment;
        this.output = output;
    }

    /**
     * The pager for one command: {@code AWS_PAGER} (even when empty) &gt; profile {@code cli_pager} &gt;
     * {@code PAGER} &gt; {@code less}; none when {@code --no-cli-pager} is given, stdout is not a terminal, or the
     * chosen value is empty.
     *
     * @param environment the process environment (also passed to the pager)
     * @param profileCliPager the profile's {@code cli_pager}, null when unset
     */
    public static Pager resolve(Map<String, String> environment, String profileCliPager, boolean noCliPager,
            boolean stdoutIsTerminal) {
        if (noCliPager || !stdoutIsTerminal) {
            return NONE;
        }
        String command = environment.containsKey("AWS_PAGER") ? environment.get("AWS_PAGER")
                : profileCliPager != null ? profileCliPager
                : environment.containsKey("PAGER") ? environment.get("PAGER")
                : DEFAULT_PAGER;
        if (command == null || command.isEmpty()) {
            return NONE;
        }
        return new Pager(command, Map.copyOf(environment), ProcessBuilder.Redirect.INHERIT);
    }

    /** The same pager writing its own output to {@code destination} instead of this process's stdout. */
    public Pager withOutput(ProcessBuilder.Redirect destination) {
        return new Pager(command, environment, destination);
    }

    boolean isEnabled() {
        return command != null;
    }

    /**
     * Starts the pager. A missing program is the CLI's Pager error (exit 253); any other failure to start it (not
     * executable, say) is an OSError that the CLI's output code swallows as a closed pipe: null, nothing is shown.
     */
    Process start() {
        List<String> args = Shlex.split(command);
        if (args.isEmpty()) {
            throw new GeneralException("list index out of range");
        }
        ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(output)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> childEnvironment = builder.environment();
        childEnvironment.clear();
        childEnvironment.putAll(environment);
        childEnvironment.putIfAbsent("LESS", DEFAULT_LESS_FLAGS);
        try {
            return builder.start();
        } catch (IOException e) {
            Matcher errno = ERRNO.matcher(String.valueOf(e.getMessage()));
            if (errno.find() && errno.group(1).equals("2")) {
                throw new ConfigurationException("Unable to redirect output to pager. Received the following error "
                        + "when opening pager:\n[Errno 2] " + errno.group(2) + ": " + PythonValues.stringRepr(args.get(0))
                        + "\n\nLearn more about configuring the output pager by running \"aws help config-vars\".", e);
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return command == null ? "Pager[none]" : "Pager[" + command + "]";
    }
}
