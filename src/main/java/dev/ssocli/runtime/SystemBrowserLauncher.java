package dev.ssocli.runtime;

import dev.ssocli.python.Shlex;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Opens URLs the way Python's {@code webbrowser} does for the AWS CLI ({@code Lib/webbrowser.py}
 * {@code register_standard_browsers} and {@code get}): each entry of {@code $BROWSER} (a {@code :}-separated list, see
 * {@link #browserCommand}), then the
 * platform opener ({@code xdg-open} or {@code gio open} under a graphical session, {@code wslview} under WSL,
 * {@code open} on macOS). The browser's output never reaches our streams; a failure to open is not an error.
 */
public final class SystemBrowserLauncher implements BrowserLauncher {
    /** A launcher still running after this long is taken as started (a browser that stays in the foreground). */
    private static final long START_WAIT_MILLIS = 3000;

    /** Files a container runtime leaves: Docker's and Podman's. */
    private static final List<Path> CONTAINER_MARKERS = List.of(Path.of("/.dockerenv"), Path.of("/run/.containerenv"));

    private final Environment env;
    private final Predicate<Path> exists;

    public SystemBrowserLauncher(Environment env) {
        this(env, Files::exists);
    }

    SystemBrowserLauncher(Environment env, Predicate<Path> exists) {
        this.env = env;
        this.exists = exists;
    }

    /**
     * A browser named by {@code $BROWSER} is trusted; otherwise an SSH session or a container without a display, or
     * WSL without {@code wslview}, has no browser that could reach this machine's loopback callback.
     */
    @Override
    public Optional<String> whyNoLocalBrowser() {
        if (env.nonEmpty("BROWSER").isPresent()
                || String.valueOf(System.getProperty("os.name")).toLowerCase(Locale.ROOT).contains("mac")) {
            return Optional.empty();
        }
        boolean display = env.nonEmpty("DISPLAY").isPresent() || env.nonEmpty("WAYLAND_DISPLAY").isPresent();
        if (env.nonEmpty("WSL_DISTRO_NAME").isPresent() || env.nonEmpty("WSL_INTEROP").isPresent()) {
            return onPath("wslview") || display ? Optional.empty()
                    : Optional.of("this is WSL without wslview (install wslu) or a display");
        }
        if (display) {
            return Optional.empty();
        }
        if (env.nonEmpty("SSH_CONNECTION").isPresent() || env.nonEmpty("SSH_TTY").isPresent()) {
            return Optional.of("this is an SSH session without a display");
        }
        if (CONTAINER_MARKERS.stream().anyMatch(exists)) {
            return Optional.of("this is a container without a display");
        }
        return Optional.empty();
    }

    private boolean onPath(String program) {
        for (String dir : env.nonEmpty("PATH").orElse("").split(File.pathSeparator)) {
            if (!dir.isEmpty() && exists.test(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean open(String url) {
        for (List<String> command : candidates(url)) {
            if (run(command)) {
                return true;
            }
        }
        return false;
    }

    /** The commands to try, in order. */
    List<List<String>> candidates(String url) {
        List<List<String>> commands = new ArrayList<>();
        String browser = env.get("BROWSER");
        if (browser != null) {
            for (String entry : browser.split(File.pathSeparator)) {
                browserCommand(entry, url).ifPresent(commands::add);
            }
        }
        String os = String.valueOf(System.getProperty("os.name")).toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            commands.add(List.of("open", url));
            return commands;
        }
        if (env.nonEmpty("WSL_DISTRO_NAME").isPresent() || env.nonEmpty("WSL_INTEROP").isPresent()) {
            commands.add(List.of("wslview", url));
        }
        if (env.nonEmpty("DISPLAY").isPresent() || env.nonEmpty("WAYLAND_DISPLAY").isPresent()) {
            commands.add(List.of("xdg-open", url));
            commands.add(List.of("gio", "open", url));
        }
        return commands;
    }

    /**
     * One {@code $BROWSER} entry as CPython's {@code webbrowser.get} runs it: an entry holding {@code %s} is a
     * command line split by {@code shlex.split}, {@code %s} replaced in its arguments (a trailing {@code &} is
     * dropped); any other entry is one program name, spaces included, given the URL as its only argument
     * ({@code GenericBrowser(name)}). An entry Python cannot split (an unclosed quote) is skipped.
     */
    static Optional<List<String>> browserCommand(String entry, String url) {
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (!entry.contains("%s")) {
            return Optional.of(List.of(entry, url));
        }
        Optional<List<String>> words = Shlex.splitOrEmpty(entry).filter(w -> !w.isEmpty());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> split = words.get();
        if (split.get(split.size() - 1).equals("&")) {
            split = split.subList(0, split.size() - 1);
        }
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(split.get(0));
        for (String word : split.subList(1, split.size())) {
            command.add(word.replace("%s", url));
        }
        return Optional.of(command);
    }

    private boolean run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env.asMap());
        try {
            Process process = builder.start();
            if (process.waitFor(START_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return process.exitValue() == 0;
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
