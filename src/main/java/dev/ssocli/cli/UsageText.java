package dev.ssocli.cli;

import dev.ssocli.python.Difflib;
import java.util.ArrayList;
import java.util.List;

/** The argparse-style texts of the AWS CLI's usage errors ({@code awscli/argparser.py}, docs/cli-surface.md#usage-errors). */
final class UsageText {
    /** {@code format_usage()} of every parser but the first-pass {@code --profile} one. */
    static final String USAGE = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n"
            + "\n"
            + "  aws help\n"
            + "  aws <command> help\n"
            + "  aws <command> <subcommand> help\n";
    /** The usage of clidriver's first-pass parser, which reads {@code --profile} and {@code --debug} alone. */
    static final String PROFILE_PARSER_USAGE = "usage: aws [--profile PROFILE] [--debug]\n";
    /** {@code get_close_matches}' cutoff in {@code CLIArgParser._check_value}. */
    private static final double CLOSE_MATCH_CUTOFF = 0.8;
    private static final int CLOSE_MATCHES = 3;

    private UsageText() {
    }

    /**
     * {@code argument NAME: Found invalid choice 'VALUE'}, then the choices close to it, one {@code "  * "} line each
     * (the message parts are joined with newlines, so blank lines fall where argparse puts them).
     */
    static String invalidChoice(String argument, String value, List<String> choices) {
        List<String> parts = new ArrayList<>();
        parts.add("Found invalid choice '" + value + "'\n");
        List<String> close = Difflib.closeMatches(value, choices, CLOSE_MATCHES, CLOSE_MATCH_CUTOFF);
        if (!close.isEmpty()) {
            parts.add("Maybe you meant:\n");
            for (String word : close) {
                parts.add("  * " + word);
            }
        }
        return "argument " + argument + ": " + String.join("\n", parts);
    }
}
