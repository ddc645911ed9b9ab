package dev.ssocli.errors;

import java.util.List;

/**
 * Options the command does not know: exit 252. Custom commands print only {@code Unknown options: a,b}; service
 * operations print the usage block first and join with {@code ", "} (docs/cli-surface.md#usage-errors).
 */
public final class UnknownOptionsException extends CliException {
    private static final long serialVersionUID = 1L;
    private final List<String> options;
    private final boolean serviceOperation;

    public UnknownOptionsException(List<String> options, boolean serviceOperation) {
        super("Unknown options: " + String.join(serviceOperation ? ", " : ",", options));
        this.options = List.copyOf(options);
        this.serviceOperation = serviceOperation;
    }

    public List<String> options() {
        return options;
    }

    public boolean serviceOperation() {
        return serviceOperation;
    }
}
