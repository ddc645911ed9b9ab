package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliJar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at a {@code configure sso-session} prompt exits 130 and writes nothing (docs/cli-surface.md#exit-codes,
 * #configure-sso-session).
 */
class InterruptIT {
    @TempDir
    Path home;

    @Test
    void sigintAtAPromptExits130AndWritesNothing() throws Exception {
        Path config = home.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[default]\nregion = us-east-1\n");
        ProcessBuilder builder = new ProcessBuilder(CliJar.command("configure", "sso-session"));
        builder.environment().put("HOME", home.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        OutputStream stdin = process.getOutputStream();
        stdin.write("corp\nhttps://corp.awsapps.com/start\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        awaitText(process.getInputStream(), seen, "SSO region [None]: ");

        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(seen.toString(StandardCharsets.UTF_8)).isEqualTo(130);
        String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rest).isEqualTo("\n");
        stdin.close();
        assertThat(Files.readString(config)).isEqualTo("[default]\nregion = us-east-1\n");
        try (var files = Files.list(config.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config");
        }
    }

    private static void awaitText(InputStream in, ByteArrayOutputStream seen, String text) throws IOException {
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("process ended before printing " + text + ": " + seen);
            }
            seen.write(b);
        }
    }
}
