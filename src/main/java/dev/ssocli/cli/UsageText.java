package dev.ssocli.cli;

import java.util.List;

/** The argparse-style texts of the AWS CLI's usage errors (cli-surface.md §0.1). */
final class UsageText {
    static final String USAGE = "\n"
            + "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
            + "To see help text, you can run:\n"
            + "\n"
            + "  aws help\n"
            + "  aws <command> help\n"
            + "  aws <command> <subcommand> help\n"
            + "\n";

    private UsageText() {
    }

    /** The whole stderr text of a usage error. */
    static String error(String detail) {
        return USAGE + "aws: error: " + detail + "\n\n";
    }

    /** {@code argument NAME: Invalid choice, valid choices are:} followed by the two-column list. */
    static String invalidChoice(String argument, List<String> choices) {
        return "argument " + argument + ": Invalid choice, valid choices are:\n\n" + columns(choices);
    }

    /** awscli's two-column choice list: cells left-justified to 40 characters, joined with {@code "| "}. */
    static String columns(List<String> choices) {
        StringBuilder out = new StringBuilder();
        int half = (choices.size() + 1) / 2;
        for (int row = 0; row < half; row++) {
            String left = choices.get(row);
            int rightIndex = row + half;
            if (rightIndex < choices.size()) {
                out.append(String.format("%-40s", left)).append("| ").append(choices.get(rightIndex));
            } else {
                out.append(left);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
