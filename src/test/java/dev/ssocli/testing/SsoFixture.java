package dev.ssocli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.emulator.Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A temp HOME with SSO profiles pointing at an emulator, and a real login through {@code sso login} (device code;
 * the test's sleeper approves the pending request, as the user would in the browser).
 */
public final class SsoFixture {
    public static final String SESSION = "my-sso";
    public static final String START_URL = Emulator.START_URL;
    public static final String SSO_REGION = Emulator.REGION;
    public static final String ACCOUNT = "123456789012";
    public static final String ROLE = "ReadOnly";
    /** botocore's role-credential cache key for {@code dev} (session form): sha1 of the compact sorted JSON. */
    public static final String DEV_ROLE_CACHE_KEY = "31b260dab331b2af063485cea75f7b8b3cf54c71";

    /** The profiles: {@code dev} (sso-session), {@code legacy} (legacy keys), each without a region. */
    public static final String CONFIG = "[profile dev]\n"
            + "sso_session = " + SESSION + "\n"
            + "sso_account_id = " + ACCOUNT + "\n"
            + "sso_role_name = " + ROLE + "\n"
            + "[profile legacy]\n"
            + "sso_start_url = " + START_URL + "\n"
            + "sso_region = " + SSO_REGION + "\n"
            + "sso_account_id = " + ACCOUNT + "\n"
            + "sso_role_name = " + ROLE + "\n"
            + "[sso-session " + SESSION + "]\n"
            + "sso_start_url = " + START_URL + "\n"
            + "sso_region = " + SSO_REGION + "\n"
            + "sso_registration_scopes = sso:account:access\n";

    /** The same for {@code legacy}: keyed by the start URL. */
    public static final String LEGACY_ROLE_CACHE_KEY = "2a6862e5433dc2556ab0036215718d8e72e15a5b";

    private final Path home;
    private final Emulator emulator;
    private final Clock clock;

    private SsoFixture(Path home, Emulator emulator, Clock clock) {
        this.home = home;
        this.emulator = emulator;
        this.clock = clock;
    }

    /** A HOME with {@link #CONFIG} (plus {@code extraConfig}) whose CLI runs talk to {@code emulator}. */
    public static SsoFixture create(Path home, Emulator emulator, Clock clock, String extraConfig) {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), CONFIG + extraConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SsoFixture(home, emulator, clock);
    }

    /** An emulator whose device codes may be polled without pause (the tests' sleeps are simulated). */
    public static Emulator emulator(Clock clock) {
        return Emulator.builder().clock(clock).pollInterval(Duration.ZERO).start();
    }

    public Path home() {
        return home;
    }

    /** A CLI run in this HOME against the emulator, on the fixture's clock. */
    public CliRun cli() {
        return CliRun.in(home).clock(clock).env("AWS_ENDPOINT_URL", emulator.endpoint())
                .env("AWS_EC2_METADATA_DISABLED", "true");
    }

    /** Logs {@code profile} in with {@code sso login --use-device-code --no-browser}. */
    public SsoFixture login(String profile) {
        CliRun.Result result = cli().sleeper(duration -> emulator.approveAll())
                .run("sso", "login", "--profile", profile, "--use-device-code", "--no-browser");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return this;
    }

    public Path roleCache(String key) {
        return home.resolve(".aws/cli/cache/" + key + ".json");
    }

    public Path cliCacheDir() {
        return home.resolve(".aws/cli/cache");
    }
}
