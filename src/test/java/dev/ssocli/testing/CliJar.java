package dev.ssocli.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built shaded jar (system property {@code cli.jar}, set by failsafe) as a command line. */
public final class CliJar {
    private CliJar() {
    }

    public static Path jar() {
        String jar = System.getProperty("cli.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("cli.jar is not built; run the *IT tests with ./mvnw verify");
        }
        return Path.of(jar);
    }

    /** {@code java -cp <jar> dev.ssocli.Main ARGS}. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", jar().toString(),
                "dev.ssocli.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
