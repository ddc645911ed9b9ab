package dev.ssocli.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.runtime.BrowserLauncher;
import dev.ssocli.testing.CliRun;
import dev.ssocli.testing.SsoWorld;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins where no local browser can reach a loopback callback, and the fixed callback port for ssh -L. */
class SsoLoginRemoteTest {
    @TempDir
    Path home;
    SsoWorld world;

    @BeforeEach
    void start() {
        world = SsoWorld.start(home).config(SsoWorld.CONFIG);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private List<String> operations() {
        return world.emulator.requests().stream().map(r -> r.operation()).toList();
    }

    /** The test browser, on a machine that says it is an SSH session without a display. */
    private BrowserLauncher overSsh() {
        return new BrowserLauncher() {
            @Override
            public boolean open(String url) {
                return world.browser.open(url);
            }

            @Override
            public Optional<String> whyNoLocalBrowser() {
                return Optional.of("this is an SSH session without a display");
            }
        };
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void overSshWithoutADisplayTheDeviceFlowIsUsedWithANotice() {
        CliRun.Result result = world.cli().browser(overSsh()).run("sso", "login", "--profile", "dev");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("Using the device code flow: this is an SSH session without a display, so "
                + "no browser here can complete the login (set BROWSER, or use --redirect-port with ssh -L to keep "
                + "the browser flow).\n");
        assertThat(result.out()).contains("Then enter the code:");
        assertThat(operations()).contains("StartDeviceAuthorization").doesNotContain("Authorize");

        CliRun.Result noBrowser = world.cli().browser(overSsh()).run("sso", "login", "--profile", "dev",
                "--no-browser");
        assertThat(noBrowser.err()).startsWith("Using the device code flow: ");
    }

    @Test
    void onATerminalTheDeviceFlowAddsAQrCodeAndACountdown() {
        CliRun.Result result = world.cli().terminal(true).run("sso", "login", "--profile", "dev",
                "--use-device-code");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("\nThen enter the code:\n\n[A-Z]{4}-[A-Z]{4}\n\nOr scan this code "
                + "with a phone:\n\n█{20,}\n")
                .contains("\r\u001b[K")
                .endsWith("Successfully logged into Start URL: " + SsoWorld.START_URL + "\n");

        CliRun.Result piped = world.cli().run("sso", "login", "--profile", "dev", "--use-device-code");
        assertThat(piped.out()).doesNotContain("Or scan", "█", "\r");
    }

    @Test
    void configureSsoOverSshLogsInWithTheDeviceFlowToo() {
        world.config("");
        CliRun.Result result = world.cli().browser(overSsh()).run("configure", "sso", "--profile", "x",
                "--sso-session-name", "remote", "--sso-start-url", SsoWorld.START_URL, "--sso-region", "us-east-1",
                "--sso-registration-scopes", "sso:account:access", "--account-id", "123456789012", "--role-name",
                "ReadOnly", "--default-region", "", "--default-output", "");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("Using the device code flow: this is an SSH session without a display");
        assertThat(operations()).contains("StartDeviceAuthorization").doesNotContain("Authorize");
    }

    @Test
    void aFixedRedirectPortKeepsTheBrowserFlowOnThatPort() throws Exception {
        int port = freePort();

        CliRun.Result result = world.cli().browser(overSsh()).run("sso", "login", "--profile", "dev",
                "--redirect-port", Integer.toString(port));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("&redirect_uri=http%3A%2F%2F127.0.0.1%3A" + port + "%2Foauth%2Fcallback&");
        assertThat(operations()).contains("Authorize").doesNotContain("StartDeviceAuthorization");
    }

    @Test
    void theSsoSessionCanFixThePortAndABusyPortIsAClearError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            world.config(SsoWorld.CONFIG.replace("sso_registration_scopes = sso:account:access\n",
                    "sso_registration_scopes = sso:account:access\nsso_redirect_port = " + busy.getLocalPort()
                            + "\n"));

            CliRun.Result result = world.cli().run("sso", "login", "--profile", "dev");

            assertThat(result.exitCode()).isEqualTo(255);
            assertThat(result.err()).contains("Unable to listen for the login callback on 127.0.0.1:"
                    + busy.getLocalPort() + ": ").doesNotContain("Exception");
        }
        CliRun.Result bad = world.cli().run("sso", "login", "--profile", "dev", "--redirect-port", "70000");
        assertThat(bad.exitCode()).isEqualTo(252);
        assertThat(bad.err()).contains("Invalid value for --redirect-port: \"70000\"");
    }
}
