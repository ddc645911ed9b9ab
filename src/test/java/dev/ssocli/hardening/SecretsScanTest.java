package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.WireFault;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret in any output or in any file outside the caches, {@code --debug} included (issue 14, "secrets scan"):
 * every token, refresh token, client secret, secret key and session token the emulator issued during a session of
 * logins, refreshes, service calls, failures and a logout is looked for in everything the CLI printed and wrote
 * elsewhere. Only the commands whose job is to print credentials are left out of the scan of their stdout.
 */
class SecretsScanTest {
    private static final Pattern SECRET = Pattern.compile(
            "\"(accessToken|refreshToken|clientSecret|SecretAccessKey|SessionToken)\": \"([^\"]+)\"");

    @TempDir
    Path home;

    @Test
    void noOutputAndNoFileOutsideTheCachesHoldsASecret() throws Exception {
        Set<String> secrets = new LinkedHashSet<>();
        List<String> printed = new ArrayList<>();
        try (SsoWorld world = SsoWorld.start(home).config(SsoWorld.CONFIG)) {
            List<List<String>> session = List.of(
                    List.of("sso", "login", "--profile", "dev", "--debug"),
                    List.of("sso", "login", "--profile", "dev", "--use-device-code", "--debug"),
                    List.of("sts", "get-caller-identity", "--profile", "dev", "--debug"),
                    List.of("configure", "list", "--profile", "dev", "--debug"),
                    List.of("sso", "list-accounts", "--profile", "dev", "--debug"),
                    List.of("configure", "set", "region", "eu-west-1", "--profile", "dev", "--debug"),
                    List.of("sso", "login", "--profile", "legacy", "--debug"),
                    List.of("sts", "get-caller-identity", "--profile", "legacy", "--debug"));
            for (List<String> command : session) {
                record(world.cli().run(command.toArray(String[]::new)), printed);
                collect(home.resolve(".aws"), secrets);
            }
            // a refresh, a failed refresh, a failed credential fetch
            world.clock.advance(Duration.ofHours(7).plusMinutes(55));
            record(world.cli().run("sts", "get-caller-identity", "--profile", "dev", "--debug"), printed);
            collect(home.resolve(".aws"), secrets);
            world.clock.advance(Duration.ofHours(7).plusMinutes(55));
            world.emulator.injectFault("CreateToken", WireFault.raw(200, null, ""));
            world.emulator.injectError("GetRoleCredentials", 401, "UnauthorizedException", "Session token not found");
            record(world.cli().run("configure", "export-credentials", "--profile", "dev", "--debug"), printed);
            collect(home.resolve(".aws"), secrets);
            // printing credentials is these commands' job: their stdout is not scanned, their stderr is
            CliRun.Result export = world.cli().run("configure", "export-credentials", "--profile", "dev", "--debug");
            printed.add(export.err());
            collect(home.resolve(".aws"), secrets);
            record(world.cli().run("sso", "logout", "--debug"), printed);
        }

        assertThat(secrets).hasSizeGreaterThan(8);
        for (String output : printed) {
            for (String secret : secrets) {
                assertThat(output).as("a secret in the output").doesNotContain(secret);
            }
        }
        assertThat(String.join("", printed)).contains(" - DEBUG - ");
        try (Stream<Path> files = Files.walk(home.resolve(".aws"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = home.resolve(".aws").relativize(file).toString();
                if (relative.startsWith("sso/cache/") || relative.startsWith("cli/cache/")) {
                    continue;
                }
                String text = Files.readString(file);
                for (String secret : secrets) {
                    assertThat(text).as(relative).doesNotContain(secret);
                }
            }
        }
    }

    private static void record(CliRun.Result result, List<String> printed) {
        printed.add(result.out());
        printed.add(result.err());
    }

    private static void collect(Path aws, Set<String> secrets) throws IOException {
        for (String cache : List.of("sso/cache", "cli/cache")) {
            Path dir = aws.resolve(cache);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher secret = SECRET.matcher(Files.readString(file));
                    while (secret.find()) {
                        secrets.add(secret.group(2));
                    }
                }
            }
        }
    }
}
