package dev.ssocli;

import dev.ssocli.cli.Cli;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.Sleeper;
import dev.ssocli.runtime.SystemBrowserLauncher;
import dev.ssocli.runtime.SttyTerminal;
import dev.ssocli.runtime.TerminalDetection;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Entry point of {@code bin/aws}: builds the real-world context; the only caller of {@code System.exit}. */
public final class Main {
    private Main() {
    }

    /** Set by {@code bin/aws} when it was started with standard input closed. */
    static final String STDIN_CLOSED_PROPERTY = "ssocli.stdin.closed";

    public static void main(String[] args) {
        Environment env = Environment.fromSystem();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Console console = new Console(System.in, out, err, TerminalDetection.isTerminal(0),
                TerminalDetection.isTerminal(1), Boolean.getBoolean(STDIN_CLOSED_PROPERTY), new SttyTerminal());
        int code = new Cli(realWorld(env, console)).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The real clock, sleeper, browser and file locations around {@code env} and {@code console}. */
    static CliContext realWorld(Environment env, Console console) {
        return new CliContext(env, AwsPaths.from(env), console, Clock.systemUTC(), Sleeper.system(),
                new SystemBrowserLauncher(env));
    }
}
