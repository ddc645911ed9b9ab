package dev.ssocli.output;

import dev.ssocli.errors.GeneralException;

/** The values of {@code --output} (docs/cli-surface.md#global-options). */
public enum OutputFormat {
    JSON("json"), TEXT("text"), TABLE("table"), YAML("yaml"), YAML_STREAM("yaml-stream");

    private final String cliName;

    OutputFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in the config file. */
    public String cliName() {
        return cliName;
    }

    /**
     * The format called {@code s}. Unknown names get the CLI's print-time error (exit 255); {@code --output} itself
     * is checked earlier by the argument parser.
     */
    public static OutputFormat parse(String s) {
        for (OutputFormat format : values()) {
            if (format.cliName.equals(s)) {
                return format;
            }
        }
        throw new GeneralException("Unknown output type: " + s);
    }
}
