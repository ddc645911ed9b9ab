package dev.ssocli.cli;

import dev.ssocli.runtime.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of every runnable command: gives it the context and the global options; subclasses stay thin. */
@Command
public abstract class LeafCommand implements Callable<Integer> {
    protected final CliContext ctx;

    @Spec
    protected CommandSpec spec;

    private GlobalOptions quickGlobals;

    protected LeafCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The global options, wherever on the command line they were given. */
    protected GlobalOptions globals() {
        return quickGlobals != null ? quickGlobals : ((AwsCommand) spec.root().userObject()).globals;
    }

    /** The global options of a line parsed without picocli ({@link QuickCommandLine}). */
    final void useGlobals(GlobalOptions globals) {
        this.quickGlobals = globals;
    }

    /** True for generated service operations (their unknown-option error shows the usage block). */
    protected boolean isServiceOperation() {
        return false;
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** Runs the command; returns the exit code (0 unless the command defines otherwise). */
    protected abstract int run() throws Exception;
}
