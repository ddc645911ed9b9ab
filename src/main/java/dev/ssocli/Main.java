package dev.ssocli;

import dev.ssocli.cli.Cli;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.Sleeper;
import dev.ssocli.runtime.SystemBrowserLauncher;
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

    public static void main(String[] args) {
        nameServiceImplementations();
        Environment env = Environment.fromSystem();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Console console = new Console(System.in, out, err, TerminalDetection.isTerminal(0),
                TerminalDetection.isTerminal(1));
        int code = new Cli(realWorld(env, console)).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Names the implementations that libraries would otherwise look up on every start by scanning the class path
     * (SLF4J's provider, which is slf4j-nop's no-op logger, without SLF4J's note that it was named; the JDK's own
     * StAX parser, which the SDK reads XML responses with). A value given with {@code -D} wins.
     */
    static void nameServiceImplementations() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            setIfAbsent("slf4j.internal.verbosity", "WARN");
        }
        // The JDK's internal class, named only where it exists (a missing one would fail every XML response).
        String stax = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
        if (jdkHas(stax)) {
            setIfAbsent("javax.xml.stream.XMLInputFactory", stax);
        }
    }

    /** Whether the JDK's own (boot) class loader has the class; it is loaded, not initialised. */
    private static boolean jdkHas(String className) {
        try {
            Class.forName(className, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The real clock, sleeper, browser and file locations around {@code env} and {@code console}. */
    static CliContext realWorld(Environment env, Console console) {
        return new CliContext(env, AwsPaths.from(env), console, Clock.systemUTC(), Sleeper.system(),
                new SystemBrowserLauncher(env));
    }
}
