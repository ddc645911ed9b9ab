package dev.ssocli.runtime;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a program in the foreground with this process's standard streams and working directory, the way a shell
 * does: Ctrl-C from the terminal reaches the child (it shares the process group) while this process ignores it and
 * waits, a SIGTERM or SIGHUP sent to this process alone is passed on, and the child's exit code comes back (128 plus
 * the signal number when a signal ended it).
 */
public final class ChildProcess {
    private static final List<String> FORWARDED = List.of("TERM", "HUP");
    private static final List<String> IGNORED_WHILE_WAITING = List.of("INT");

    private ChildProcess() {
    }

    /** Runs {@code command} with exactly {@code environment}; throws when it cannot be started. */
    public static int run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        Map<Signal, SignalHandler> previous = new HashMap<>();
        try {
            for (String name : IGNORED_WHILE_WAITING) {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, s -> { }));
            }
            for (String name : FORWARDED) {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, s -> signal(process, s.getName())));
            }
            return process.waitFor();
        } finally {
            previous.forEach(Signal::handle);
        }
    }

    private static void signal(Process process, String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        } catch (IOException e) {
            process.destroy();
        }
    }
}
