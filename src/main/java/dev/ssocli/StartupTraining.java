package dev.ssocli;

import dev.ssocli.cli.Cli;
import dev.ssocli.runtime.Console;
import dev.ssocli.runtime.Environment;
import dev.ssocli.runtime.SttyTerminal;
import dev.ssocli.runtime.TerminalDetection;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs many CLI command lines in one JVM so that a class-data archive recorded from this process covers every
 * command's start-up path ({@code bin/aws-startup-archive}). Reads one command line per stdin line (arguments
 * separated by spaces, no quoting), discards their output and reports each exit code on stderr.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Environment env = Environment.fromSystem();
        // What Main does before the first command, so the archive holds those classes too.
        TerminalDetection.isTerminal(0);
        StartupTraining.class.getClassLoader().loadClass(Main.class.getName());
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> argv = new ArrayList<>(List.of(line.trim().split(" +")));
            // The terminal Main gives every command, so its class is in the archive too (it runs no stty here: no
            // command of the training asks for a width or a menu).
            Console console = new Console(new ByteArrayInputStream(new byte[0]), discard, discard, false, false,
                    false, new SttyTerminal());
            int code = new Cli(Main.realWorld(env, console)).run(argv.toArray(String[]::new));
            System.err.println(code + "\t" + line);
        }
    }
}
