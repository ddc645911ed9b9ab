package dev.ssocli.cli;

import dev.ssocli.errors.UnknownOptionsException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code --help} and the AWS CLI's {@code aws <command> <subcommand> help} for a custom command: prints the
 * command's options; any other stray word is the CLI's {@code Unknown options} error.
 */
final class HelpRequest {
    private static final int WIDTH = 100;

    @Option(names = "--help", usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(hidden = true, arity = "0..*", paramLabel = "help")
    List<String> words = new ArrayList<>();

    /** True (after printing the help) when help was asked for. */
    boolean handled(CommandSpec spec, PrintStream out) {
        if (!help && !words.equals(List.of("help"))) {
            if (!words.isEmpty()) {
                throw new UnknownOptionsException(words, false);
            }
            return false;
        }
        out.print(text(spec));
        out.flush();
        return true;
    }

    /** The command's synopsis, description and own options; the global options are listed by name only. */
    static String text(CommandSpec spec) {
        StringBuilder text = new StringBuilder("Usage: ").append(spec.qualifiedName()).append(" [options]\n\n");
        for (String paragraph : spec.usageMessage().description()) {
            text.append(wrap(paragraph, "")).append('\n');
        }
        text.append("\nOptions:\n");
        List<String> globals = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.usageHelp()) {
                continue;
            }
            if (option.inherited() || option.scopeType() == ScopeType.INHERIT) {
                globals.add(option.longestName());
                continue;
            }
            text.append("  ").append(option.longestName()).append(option.arity().max() > 0 ? " <value>" : "")
                    .append('\n').append(wrap(String.join(" ", option.description()), "      ")).append('\n');
        }
        text.append("  --help\n      Show this help.\n\n")
                .append(wrap("Global options (as in the AWS CLI): " + String.join(" ", globals), "")).append('\n');
        return text.toString();
    }

    private static String wrap(String paragraph, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }
}
