package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.cache.CacheKeys;
import dev.ssocli.emulator.Emulator;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.EmulatorBrowser;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How hard the adversarial suites push: {@code ./mvnw verify} runs the CI sizes; {@code -Dhardening.long=true}
 * (or {@code HARDENING_LONG=1}) runs the long versions the README's "Guarantees" section reports.
 */
final class Hardening {
    private Hardening() {
    }

    static boolean isLong() {
        return Boolean.getBoolean("hardening.long") || "1".equals(System.getenv("HARDENING_LONG"));
    }

    /** {@code ci} iterations normally, {@code long} with the long runs on. */
    static int iterations(int ci, int longRun) {
        String explicit = System.getProperty("hardening.iterations");
        if (explicit != null) {
            return Integer.parseInt(explicit);
        }
        return isLong() ? longRun : ci;
    }

    /** {@code home}'s config ({@link SsoWorld#CONFIG}), and the environment that sends its calls to {@code emulator}. */
    static Map<String, String> ssoHome(Path home, Emulator emulator) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), SsoWorld.CONFIG);
        return Map.of("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint(), "AWS_ENDPOINT_URL_SSO", emulator.endpoint(),
                "AWS_ENDPOINT_URL_STS", emulator.endpoint());
    }

    /** Logs profile {@code dev} in (the browser allows at once); returns its token file. */
    static Path logIn(Path home, Map<String, String> env) {
        CliRun login = CliRun.in(home).browser(EmulatorBrowser.allowing());
        env.forEach(login::env);
        assertThat(login.run("sso", "login", "--profile", "dev").exitCode()).isZero();
        return home.resolve(".aws/sso/cache").resolve(CacheKeys.token("my-sso") + ".json");
    }

    /** Leaves the cached token {@code left} before it expires (inside the refresh window: the next reader refreshes). */
    static void expireIn(Path tokenFile, Duration left) throws IOException {
        String token = Files.readString(tokenFile);
        Files.writeString(tokenFile, token.replaceAll("\"expiresAt\": \"[^\"]+\"", "\"expiresAt\": \""
                + Instant.now().plus(left).truncatedTo(ChronoUnit.SECONDS) + "\""));
    }
}
