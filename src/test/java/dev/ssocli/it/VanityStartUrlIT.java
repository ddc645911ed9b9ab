package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.emulator.Emulator;
import dev.ssocli.emulator.RecordedRequest;
import dev.ssocli.emulator.VanityFront;
import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import dev.ssocli.testing.ReferenceCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vanity start URLs (docs/wire-protocols.md#vanity-start-urls) through our CLI and the reference AWS CLI
 * ({@link ReferenceCli}, 2.36.12), each in its own copy of the same HOME, against the emulator and its vanity front
 * (an HTTPS alias on loopback that redirects to {@code https://d-0000000000.portal.eu-west-1.app.aws/start}, trusted
 * through {@code AWS_CA_BUNDLE}): exit code, stdout, stderr, the config written, the token record and the start URL
 * each sent to SSO OIDC must agree.
 */
class VanityStartUrlIT {
    private static final String PORTAL = VanityFront.DEFAULT_TARGET;

    @TempDir
    static Path root;
    private static Emulator emulator;
    private static Emulator notFound;
    private static String vanity;
    private static Path browser;
    private static Path caBundle;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(ReferenceCli.available(), ReferenceCli.missing());
        // one account with one role: configure sso then asks nothing that needs a terminal menu
        Path directory = Files.writeString(root.resolve("directory.json"), "{\"user\": {\"email\": "
                + "\"alice@example.com\"}, \"accounts\": [{\"accountId\": \"123456789012\", \"accountName\": "
                + "\"Account1\", \"emailAddress\": \"account1@example.com\", \"roles\": [\"ReadOnly\"]}]}");
        emulator = Emulator.builder().approve(Emulator.Approve.AUTO).directory(directory)
                .vanityFront(PORTAL, VanityFront.Mode.REDIRECT).start();
        notFound = Emulator.builder().vanityFront(PORTAL, VanityFront.Mode.NOT_FOUND).start();
        VanityFront front = emulator.vanityFront().orElseThrow();
        vanity = front.startUrl();
        caBundle = root.resolve("bundle.pem");
        Files.writeString(caBundle, Files.readString(front.certificate())
                + Files.readString(notFound.vanityFront().orElseThrow().certificate()));
        browser = root.resolve("browser");
        // The reference CLI waits for the browser command to end before it listens for the callback.
        Files.writeString(browser, "#!/bin/sh\ncurl -sL \"$1\" >/dev/null 2>&1 &\n");
        browser.toFile().setExecutable(true);
    }

    @AfterAll
    static void stop() {
        for (Emulator e : new Emulator[] {emulator, notFound}) {
            if (e != null) {
                e.close();
            }
        }
    }

    @Test
    void ssoLoginSendsTheResolvedUrlAndRecordsTheRegionInTheSession() throws Exception {
        String config = "[profile dev]\nsso_session = corp\n\n[sso-session corp]\nsso_start_url = " + vanity + "\n"
                + "sso_region = us-east-1\nsso_registration_scopes = sso:account:access\n";
        Pair runs = both(config, List.of("sso", "login", "--profile", "dev"), "");
        runs.assertSame();
        Run mine = runs.mine();
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.out()).endsWith("\nSSO region updated to eu-west-1\nSuccessfully logged into Start URL: "
                + vanity + "\n");
        assertThat(mine.config()).isEqualTo(config.replace("sso_region = us-east-1", "sso_region = eu-west-1"));
        assertThat(mine.oidcStartUrls()).containsExactly("RegisterClient " + PORTAL);
        assertThat(mine.token("corp")).contains("\"startUrl\": \"" + vanity + "\", \"region\": \"eu-west-1\"");
    }

    @Test
    void aLegacyProfileGetsTheRegionInItsSectionAndTheDeviceFlowTheResolvedUrl() throws Exception {
        String config = "[profile old]\nsso_start_url = " + vanity + "\nsso_region = us-west-2\n"
                + "sso_account_id = 123456789012\nsso_role_name = ReadOnly\n";
        Pair runs = both(config, List.of("sso", "login", "--profile", "old"), "");
        runs.assertSame();
        Run mine = runs.mine();
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.config()).isEqualTo(config.replace("sso_region = us-west-2", "sso_region = eu-west-1"));
        assertThat(mine.oidcStartUrls()).containsExactly("StartDeviceAuthorization " + PORTAL);
        assertThat(mine.token(vanity)).contains("\"startUrl\": \"" + vanity + "\", \"region\": \"eu-west-1\"");
    }

    @Test
    void theRightRegionAlreadyConfiguredWritesNothing() throws Exception {
        String config = "[profile dev]\nsso_session = corp\n[sso-session corp]\nsso_start_url = " + vanity + "\n"
                + "sso_region = eu-west-1\n";
        Pair runs = both(config, List.of("sso", "login", "--profile", "dev", "--use-device-code"), "");
        runs.assertSame();
        assertThat(runs.mine().out()).doesNotContain("SSO region updated")
                .endsWith("Successfully logged into Start URL: " + vanity + "\n");
        assertThat(runs.mine().config()).isEqualTo(config);
    }

    /**
     * The default profile: the AWS CLI writes {@code sso_region} into a new {@code [profile default]} section, which
     * then hides {@code [default]} from botocore (the profile loses its start URL); we update {@code [default]}
     * (README "Deliberate differences").
     */
    @Test
    void theDefaultProfileIsUpdatedInPlace() throws Exception {
        String config = "[default]\nsso_start_url = " + vanity + "\nsso_region = us-east-1\n";
        Pair runs = both(config, List.of("sso", "login"), "");
        assertThat(runs.mine().exitCode()).isEqualTo(runs.theirs().exitCode()).isZero();
        assertThat(mask(runs.mine().out())).isEqualTo(mask(runs.theirs().out()));
        assertThat(runs.theirs().config()).isEqualTo(config + "[profile default]\nsso_region = eu-west-1\n");
        assertThat(runs.mine().config()).isEqualTo(config.replace("us-east-1", "eu-west-1"));
    }

    @Test
    void configureSsoSessionTakesTheRegionFromTheLookup() throws Exception {
        Pair runs = both("[default]\nregion = us-east-1\n", List.of("configure", "sso-session"),
                "corp\n" + vanity + "\n\n");
        runs.assertSameIgnoringPrompts();
        assertThat(runs.mine().config()).isEqualTo("[default]\nregion = us-east-1\n[sso-session corp]\n"
                + "sso_start_url = " + vanity + "\nsso_region = eu-west-1\nsso_registration_scopes = "
                + "sso:account:access\n");
        assertThat(runs.mine().out()).doesNotContain("SSO region [");
    }

    @Test
    void configureSsoSessionAsksForTheRegionWhenTheLookupFails() throws Exception {
        String failing = notFound.vanityFront().orElseThrow().startUrl();
        Pair runs = both("", List.of("configure", "sso-session", "--debug"), "corp\n" + failing + "\nap-south-1\n\n");
        assertThat(runs.mine().exitCode()).isEqualTo(runs.theirs().exitCode()).isZero();
        assertThat(runs.mine().config()).isEqualTo(runs.theirs().config()).contains("sso_region = ap-south-1\n");
        assertThat(runs.mine().out()).contains("SSO region [None]: ");
        String debugLine = "awscli.customizations.configure.sso_commands - DEBUG - Failed to resolve vanity URL '"
                + failing + "': Failed to resolve start URL: HTTP 404. Falling back to region prompt.\n";
        assertThat(runs.mine().err()).contains(debugLine);
        assertThat(runs.theirs().err()).contains(debugLine);
    }

    @Test
    void configureSsoLogsInWithTheResolvedUrlAndWritesTheRegion() throws Exception {
        Pair runs = both("[default]\nregion = us-east-1\n", List.of("configure", "sso", "--profile", "work"),
                "corp\n" + vanity + "\n\n\n\n");
        runs.assertSameIgnoringPrompts();
        Run mine = runs.mine();
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.config()).isEqualTo("[default]\nregion = us-east-1\n[profile work]\nsso_session = corp\n"
                + "sso_account_id = 123456789012\nsso_role_name = ReadOnly\n[sso-session corp]\nsso_start_url = "
                + vanity + "\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n");
        assertThat(mine.oidcStartUrls()).containsExactly("RegisterClient " + PORTAL);
        assertThat(mine.token("corp")).contains("\"startUrl\": \"" + vanity + "\", \"region\": \"eu-west-1\"");
    }

    @Test
    void configureSsoInTheLegacyFormatWritesTheRegionToTheProfile() throws Exception {
        Pair runs = both("", List.of("configure", "sso", "--profile", "old"), "\n" + vanity + "\n\n\n");
        runs.assertSameIgnoringPrompts();
        Run mine = runs.mine();
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.config()).isEqualTo("[profile old]\nsso_start_url = " + vanity + "\nsso_region = eu-west-1\n"
                + "sso_account_id = 123456789012\nsso_role_name = ReadOnly\n");
        assertThat(mine.oidcStartUrls()).containsExactly("StartDeviceAuthorization " + PORTAL);
    }

    @Test
    void anUntrustedCertificateFailsTheLoginAsTheCliDoes() throws Exception {
        String config = "[profile dev]\nsso_session = corp\n[sso-session corp]\nsso_start_url = " + vanity + "\n"
                + "sso_region = us-east-1\n";
        Pair runs = both(config, List.of("sso", "login", "--profile", "dev"), "", Map.of("AWS_CA_BUNDLE", ""));
        runs.assertSame();
        assertThat(runs.mine().exitCode()).isEqualTo(253);
        assertThat(runs.mine().err()).isEqualTo("\naws: [ERROR]: An error occurred (Configuration): Failed to "
                + "resolve start URL: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed "
                + "certificate (_ssl.c:1082)\n");
    }

    private static Pair both(String config, List<String> args, String stdin) throws IOException {
        return both(config, args, stdin, Map.of());
    }

    private static Pair both(String config, List<String> args, String stdin, Map<String, String> env)
            throws IOException {
        List<String> reference = new ArrayList<>(List.of(ReferenceCli.path().toString()));
        reference.addAll(args);
        Run theirs = run("theirs", reference, config, stdin, env);
        Run mine = run("mine", CliJar.command(args.toArray(String[]::new)), config, stdin, env);
        return new Pair(mine, theirs);
    }

    private static Run run(String name, List<String> command, String config, String stdin, Map<String, String> extra)
            throws IOException {
        Path home = Files.createTempDirectory(root, name);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), config);
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_SSO", emulator.endpoint());
        env.put("AWS_ENDPOINT_URL_STS", emulator.endpoint());
        env.put("AWS_CA_BUNDLE", caBundle.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.put("AWS_SSO_JAVA_CDS", "off");
        env.put("BROWSER", browser.toString());
        env.putAll(extra);
        env.values().removeIf(String::isEmpty);
        emulator.clearRequests();
        ExternalCommand.Result result = ExternalCommand.runIsolated(command, env, stdin);
        List<String> oidcStartUrls = new ArrayList<>();
        for (RecordedRequest request : emulator.requests()) {
            if (request.startUrl() != null) {
                oidcStartUrls.add(request.operation() + " " + request.startUrl());
            }
        }
        return new Run(home, result.exitCode(), result.out(), result.err(),
                Files.readString(home.resolve(".aws/config")), oidcStartUrls);
    }

    private static String mask(String text) {
        return VolatileText.mask(text);
    }

    /** What one CLI did. */
    record Run(Path home, int exitCode, String out, String err, String config, List<String> oidcStartUrls) {
        /** The token file of a session name or a legacy start URL. */
        String token(String name) throws Exception {
            String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
            return Files.readString(home.resolve(".aws/sso/cache/" + key + ".json"));
        }

        /** The text after the last prompt: prompt_toolkit draws the reference CLI's prompts differently on a pipe. */
        String outAfterPrompts() {
            String[] markers = {"Completed configuring", "Attempting to open", "Browser will not"};
            for (String marker : markers) {
                int at = out.indexOf(marker);
                if (at >= 0) {
                    String tail = out.substring(at);
                    int prompt = tail.indexOf("Default client Region");
                    return prompt >= 0 ? tail.substring(0, prompt) : tail;
                }
            }
            return out;
        }

        String tokenFiles() throws IOException {
            Path cache = home.resolve(".aws/sso/cache");
            if (!Files.isDirectory(cache)) {
                return "";
            }
            try (Stream<Path> files = Files.list(cache)) {
                return String.join("\n", files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    record Pair(Run mine, Run theirs) {
        void assertSame() throws IOException {
            assertThat(mask(mine.out())).isEqualTo(mask(theirs.out()));
            assertSameIgnoringPrompts();
        }

        void assertSameIgnoringPrompts() throws IOException {
            assertThat(mine.exitCode()).as(mine.err()).isEqualTo(theirs.exitCode());
            assertThat(mask(mine.outAfterPrompts())).isEqualTo(mask(theirs.outAfterPrompts()));
            assertThat(mine.err()).isEqualTo(theirs.err());
            assertThat(mine.config()).isEqualTo(theirs.config());
            assertThat(mine.oidcStartUrls()).isEqualTo(theirs.oidcStartUrls());
            assertThat(mine.tokenFiles()).isEqualTo(theirs.tokenFiles());
        }
    }
}
