package dev.ssocli.runtime;

import java.io.PrintStream;

/**
 * While open, a Ctrl-C (which ends the JVM with exit 130) first prints the single newline the AWS CLI's interrupt
 * handler writes on stdout (docs/cli-surface.md#exit-codes). Open it around long waits: a login, a wizard.
 */
public final class InterruptNewline implements AutoCloseable {
    private final Thread hook;

    private InterruptNewline(PrintStream out) {
        this.hook = new Thread(() -> {
            out.print("\n");
            out.flush();
        }, "interrupt-newline");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static InterruptNewline on(PrintStream out) {
        return new InterruptNewline(out);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook prints the newline
        }
    }
}
