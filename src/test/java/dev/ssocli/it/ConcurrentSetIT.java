package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.config.ConfigSection;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import dev.ssocli.testing.CliJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Twenty processes setting twenty different keys at once: the lock and the re-read under it lose none. */
class ConcurrentSetIT {
    private static final int PROCESSES = 20;
    private static final String BEFORE = "# shared dotfile\n[default]\nregion = us-east-1\n\n"
            + "[profile dev]\r\nsso_session = corp ; odd but kept\r\n[sso-session corp]\nsso_region = us-east-1";

    @TempDir
    Path home;

    @Test
    void noUpdateIsLost() throws Exception {
        Path config = home.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, BEFORE);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            ProcessBuilder builder = new ProcessBuilder(CliJar.command("configure", "set", "key_" + i, "value_" + i,
                    "--profile", "dev"));
            builder.environment().put("HOME", home.toString());
            builder.environment().remove("AWS_CONFIG_FILE");
            builder.redirectErrorStream(true);
            processes.add(builder.start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).isEmpty();
        }

        String after = Files.readString(config);
        List<String> added = new ArrayList<>(after.lines().toList());
        for (String line : BEFORE.lines().toList()) {
            assertThat(added.remove(line)).as("kept: " + line).isTrue();
        }
        assertThat(added).hasSize(PROCESSES).allMatch(line -> line.matches("key_\\d+ = value_\\d+"));
        assertThat(after).startsWith(BEFORE.substring(0, BEFORE.indexOf("[sso-session")));
        ConfigSection dev = AwsConfig.load(AwsPaths.from(new Environment(Map.of("HOME", home.toString()))))
                .profile("dev").orElseThrow();
        for (int i = 0; i < PROCESSES; i++) {
            assertThat(dev.get("key_" + i)).contains("value_" + i);
        }
        assertThat(dev.properties()).hasSize(PROCESSES + 1);
        try (var files = Files.list(config.getParent())) {
            // the lock file goes with the last lock (issue 14, case 3)
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config");
        }
    }
}
