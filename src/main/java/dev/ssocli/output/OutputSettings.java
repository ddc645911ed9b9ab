package dev.ssocli.output;

import dev.ssocli.jmespath.JmesPathExpression;
import dev.ssocli.errors.GeneralException;
import java.util.function.IntSupplier;

/**
 * How a command's response is printed: format, {@code --query}, table colour, the width tables must fit and whether
 * stdout is a terminal (the pager and {@code --color auto} depend on it).
 */
public record OutputSettings(OutputFormat format, String query, boolean color, int terminalWidth,
        boolean stdoutIsTerminal) {
    /** The width the CLI assumes when stdout is not a terminal ({@code determine_terminal_width}). */
    public static final int DEFAULT_TERMINAL_WIDTH = 80;

    /**
     * Settings from the raw option, environment and profile values (any may be null when unset).
     *
     * <p>Precedence (docs/cli-surface.md#global-options): {@code --output} &gt; {@code AWS_DEFAULT_OUTPUT} &gt; profile
     * {@code output} &gt; {@code json}; an empty value counts as set and, like any unknown name, fails with {@code
     * Unknown output type} (exit 255). The query is checked first, as the CLI does while parsing the command line (exit
     * 252). Colour is on for {@code on}, and for {@code auto} (the default) when stdout is a terminal. The terminal's
     * width is asked for only when stdout is one; otherwise it is 80.
     *
     * <p>The CLI reports an unknown output type only when it prints, i.e. after the service call of a
     * non-paginated operation; callers wanting that order call this after the call.
     */
    public static OutputSettings resolve(String outputOption, String envOutput, String profileOutput, String query,
            String colorOption, boolean stdoutIsTerminal, IntSupplier terminalColumns) {
        validateQuery(query);
        String name = outputOption != null ? outputOption
                : envOutput != null ? envOutput
                : profileOutput != null ? profileOutput
                : OutputFormat.JSON.cliName();
        OutputFormat format = OutputFormat.parse(name);
        boolean color;
        if (colorOption == null || colorOption.equals("auto")) {
            color = stdoutIsTerminal;
        } else if (colorOption.equals("on")) {
            color = true;
        } else if (colorOption.equals("off")) {
            color = false;
        } else {
            throw new GeneralException("Unknown color option: " + colorOption);
        }
        int width = stdoutIsTerminal ? terminalColumns.getAsInt() : DEFAULT_TERMINAL_WIDTH;
        return new OutputSettings(format, query, color, width, stdoutIsTerminal);
    }

    /**
     * Fails like {@code jmespath.compile} for a malformed {@code --query} ({@code Bad value for --query ...}, exit
     * 252); null means no query.
     */
    public static void validateQuery(String query) {
        if (query != null) {
            JmesPathExpression.compile(query);
        }
    }
}
