package dev.ssocli.testing;

import dev.ssocli.cli.Cli;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.BrowserLauncher;
import dev.ssocli.runtime.CliContext;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.Sleeper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the CLI in-process against a temp HOME with captured streams: the test seam for command tests.
 * Build one per test with {@link #in(Path)}, adjust it, then call {@link #run(String...)}.
 */
public final class CliRun {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean terminal;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private BrowserLauncher browser = url -> false;
    private boolean quickPath = true;

    private CliRun(Path home) {
        env.put("HOME", home.toString());
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** A run with HOME set to {@code home} and no other AWS variables. */
    public static CliRun in(Path home) {
        return new CliRun(home);
    }

    public CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    public CliRun terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    public CliRun clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public CliRun sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    public CliRun browser(BrowserLauncher browser) {
        this.browser = browser;
        return this;
    }

    /** False sends every line through picocli, bypassing {@code QuickCommandLine}. */
    public CliRun quickPath(boolean quickPath) {
        this.quickPath = quickPath;
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment environment = new Environment(env);
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal, terminal);
        CliContext ctx = new CliContext(environment, AwsPaths.from(environment), console, clock, sleeper, browser);
        int code = new Cli(ctx, quickPath).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }
}
