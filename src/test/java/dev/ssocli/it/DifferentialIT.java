package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.VanityFront;
import dev.ssocli.python.Shlex;
import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.ReferenceCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command lines through our CLI and the reference AWS CLI ({@link ReferenceCli}, 2.36.12), one after the
 * other in one temp HOME reset to the same files before each run, against one emulator: exit code, stdout, stderr
 * and the config and credentials files afterwards must be equal byte for byte, once secrets, timestamps, ports and
 * device codes are masked. The lines are {@code src/test/resources/differential/cases.txt}; where we go beyond the
 * CLI on purpose is listed in the README ("Deliberate differences") and not exercised here.
 */
class DifferentialIT {
    private static final String RESOURCES = "/differential/";
    /** {@code -Ddifferential.only=TEXT} runs only the lines holding TEXT (while working on them; CI runs all). */
    private static final String ONLY = System.getProperty("differential.only", "");

    @TempDir
    static Path root;
    private static Emulator emulator;
    /** Vanity start-URL hosts, one per way the lookup can fail, named in the config as {@code {vanity-NAME}}. */
    private static final Map<String, Emulator> VANITY_FRONTS = new LinkedHashMap<>();
    private static Path home;
    private static Path savedSsoCache;
    private static String accessToken;

    @BeforeAll
    static void logInOnce() throws Exception {
        assumeTrue(ReferenceCli.available(), ReferenceCli.missing());
        emulator = Emulator.builder().approve(Emulator.Approve.AUTO).start();
        startVanityFronts();
        home = Files.createDirectories(root.resolve("home"));
        Path browser = root.resolve("browser");
        // The reference CLI waits for the browser command to end before it listens for the callback.
        Files.writeString(browser, "#!/bin/sh\ncurl -sL \"$1\" >/dev/null 2>&1 &\n");
        browser.toFile().setExecutable(true);
        resetHome(null);
        for (String profile : List.of("dev", "legacy")) {
            Run login = ours(List.of("sso", "login", "--profile", profile), Map.of("BROWSER", browser.toString()), "");
            assertThat(login.exitCode()).as(login.err()).isZero();
        }
        savedSsoCache = Files.createDirectories(root.resolve("sso-cache"));
        try (Stream<Path> files = Files.list(home.resolve(".aws/sso/cache"))) {
            for (Path file : files.toList()) {
                Files.copy(file, savedSsoCache.resolve(file.getFileName()));
            }
        }
        // An sso-session's token file is named after the SHA-1 of the session name.
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest("my-sso".getBytes(StandardCharsets.UTF_8)));
        accessToken = Files.readString(savedSsoCache.resolve(key + ".json"))
                .replaceAll(".*\"accessToken\": \"([^\"]+)\".*", "$1");
    }

    @AfterAll
    static void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
        VANITY_FRONTS.values().forEach(Emulator::close);
    }

    /** The fronts, and {@code vanity-ca.pem} trusting all of them ({@code {vanity-ca}} in a line). */
    private static void startVanityFronts() throws IOException {
        VANITY_FRONTS.put("404", Emulator.builder().vanityFront(null, VanityFront.Mode.NOT_FOUND).start());
        VANITY_FRONTS.put("no-location", Emulator.builder().vanityFront(null, VanityFront.Mode.NO_LOCATION).start());
        VANITY_FRONTS.put("no-redirect", Emulator.builder().vanityFront(null, VanityFront.Mode.NO_REDIRECT).start());
        VANITY_FRONTS.put("elsewhere", Emulator.builder().vanityFront("https://login.example.com/sso/",
                VanityFront.Mode.HEAD_NOT_ALLOWED).start());
        VANITY_FRONTS.put("plain-http", Emulator.builder().vanityFront(
                "http://d-0000000000.portal.eu-west-1.app.aws/start", VanityFront.Mode.REDIRECT).start());
        VANITY_FRONTS.put("no-region", Emulator.builder().vanityFront("https://identitycenter.amazonaws.com/ssoins-1",
                VanityFront.Mode.REDIRECT).start());
        StringBuilder bundle = new StringBuilder();
        for (Emulator front : VANITY_FRONTS.values()) {
            bundle.append(Files.readString(front.vanityFront().orElseThrow().certificate()));
        }
        Files.writeString(root.resolve("vanity-ca.pem"), bundle);
    }

    @TestFactory
    Stream<DynamicTest> everyLineGivesTheReferenceCliBytes() throws IOException {
        List<String> lines = cases();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(ONLY.isEmpty() ? 150 : 1);
        return lines.stream().map(line -> DynamicTest.dynamicTest(line, () -> compare(line)));
    }

    @Test
    void versionNamesTheReferenceRelease() throws IOException {
        Run theirs = reference(List.of("--version"), Map.of(), "");
        Run mine = ours(List.of("--version"), Map.of(), "");
        assertThat(theirs.out()).startsWith("aws-cli/" + ReferenceCli.VERSION + " ");
        assertThat(mine.out()).startsWith("aws-cli/" + ReferenceCli.VERSION + " aws-sso-java/");
    }

    private static List<String> cases() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = DifferentialIT.class.getResourceAsStream(RESOURCES + "cases.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains(ONLY)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /**
     * Runs one line through both CLIs. Leading words {@code @inject=OPERATION,STATUS,TYPE,COUNT} (that many calls of
     * the operation fail), {@code @stdin=TEXT} ({@code \n} for line breaks) and {@code NAME=VALUE} (environment)
     * set the scene; {@code {token}} stands for the my-sso access token, {@code {browser}} for the test browser,
     * {@code {vanity-ca}} for a CA bundle trusting the vanity fronts.
     */
    private static void compare(String line) throws IOException {
        List<String> words = new ArrayList<>();
        for (String word : Shlex.split(line)) {
            words.add(word.replace("{token}", accessToken).replace("{browser}", root.resolve("browser").toString())
                    .replace("{vanity-ca}", root.resolve("vanity-ca.pem").toString()));
        }
        Map<String, String> env = new HashMap<>();
        String stdin = "";
        String inject = null;
        while (!words.isEmpty()) {
            String word = words.get(0);
            if (word.startsWith("@inject=")) {
                inject = word.substring("@inject=".length());
            } else if (word.startsWith("@stdin=")) {
                stdin = word.substring("@stdin=".length()).replace("\\n", "\n");
            } else if (word.matches("[A-Z_]+=.*")) {
                env.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else {
                break;
            }
            words.remove(0);
        }
        resetHome(inject);
        Run theirs = reference(words, env, stdin).afterwards(home);
        resetHome(inject);
        Run mine = ours(words, env, stdin).afterwards(home);
        assertThat(mine.masked()).as(line).isEqualTo(theirs.masked());
    }

    /** The fixture files, the tokens of the first logins, nothing cached, and {@code inject} armed afresh. */
    private static void resetHome(String inject) throws IOException {
        Path aws = home.resolve(".aws");
        if (Files.exists(aws)) {
            try (Stream<Path> all = Files.walk(aws)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(aws);
        for (String name : List.of("config", "credentials")) {
            try (InputStream in = DifferentialIT.class.getResourceAsStream(RESOURCES + name)) {
                String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
                for (Map.Entry<String, Emulator> front : VANITY_FRONTS.entrySet()) {
                    text = text.replace("{vanity-" + front.getKey() + "}",
                            front.getValue().vanityFront().orElseThrow().startUrl());
                }
                Files.writeString(aws.resolve(name), text);
            }
        }
        if (savedSsoCache != null) {
            Path cache = Files.createDirectories(aws.resolve("sso/cache"));
            try (Stream<Path> files = Files.list(savedSsoCache)) {
                for (Path file : files.toList()) {
                    Files.copy(file, cache.resolve(file.getFileName()));
                }
            }
        }
        emulator.clearInjectedErrors();
        if (inject != null) {
            String[] parts = inject.split(",");
            for (int i = 0; i < Integer.parseInt(parts[3]); i++) {
                emulator.injectError(parts[0], Integer.parseInt(parts[1]), parts[2], "Injected " + parts[2]);
            }
        }
    }

    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.put("AWS_SSO_JAVA_CDS", "off");
        env.putAll(extra);
        return env;
    }

    private static Run reference(List<String> args, Map<String, String> env, String stdin) throws IOException {
        List<String> command = new ArrayList<>(List.of(ReferenceCli.path().toString()));
        command.addAll(args);
        return Run.of(ExternalCommand.runIsolated(command, environment(env), stdin));
    }

    private static Run ours(List<String> args, Map<String, String> env, String stdin) throws IOException {
        return Run.of(ExternalCommand.runIsolated(CliJar.command(args.toArray(String[]::new)), environment(env),
                stdin));
    }

    /** What one CLI printed and returned, and the files it left. */
    record Run(int exitCode, String out, String err, String files) {
        static Run of(ExternalCommand.Result result) {
            return new Run(result.exitCode(), result.out(), result.err(), "");
        }

        /**
         * This run with the config and credentials files and the names of the other files as they are now. Left out:
         * hidden files (our lock files, README "Configure commands") and the CLI's session database
         * ({@code ~/.aws/cli/cache/session.db}, README "Deliberate differences").
         */
        Run afterwards(Path home) {
            StringBuilder files = new StringBuilder();
            try (Stream<Path> all = Files.walk(home.resolve(".aws"))) {
                for (Path path : all.filter(Files::isRegularFile).sorted().toList()) {
                    String name = path.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("session.db")) {
                        continue;
                    }
                    files.append(home.relativize(path)).append('\n');
                    if (name.equals("config") || name.equals("credentials")) {
                        files.append(Files.readString(path));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Run(exitCode, out, err, files.toString());
        }

        String masked() {
            return "exit " + exitCode + "\n--- stdout\n" + mask(out) + "--- stderr\n" + mask(err) + "--- files\n"
                    + mask(files);
        }

        private static String mask(String text) {
            return VolatileText.mask(text);
        }
    }
}
