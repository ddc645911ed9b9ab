package dev.ssocli.sso;

import dev.ssocli.config.AwsConfig;
import dev.ssocli.errors.ConfigurationException;
import dev.ssocli.errors.ParamValidationException;
import dev.ssocli.runtime.BrowserLauncher;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Which login flow works where the command runs. The AWS CLI always uses the loopback authorization-code flow for an
 * sso-session unless told otherwise; that flow cannot complete over SSH, in a container or under WSL without a
 * browser here, so there the device flow is used by itself, with a one-line notice. An explicit
 * {@code --use-device-code}, a {@code $BROWSER} naming a browser, or a fixed callback port (for {@code ssh -L}) decide
 * first.
 */
public final class LoginFlowChoice {
    private LoginFlowChoice() {
    }

    /** {@code --redirect-port}, else the sso-session's {@code sso_redirect_port}, else 0 (an ephemeral port). */
    public static int redirectPort(String flag, AwsConfig config, SsoSessionConfig sso) {
        if (flag != null) {
            return port(flag).orElseThrow(() -> new ParamValidationException("Invalid value for --redirect-port: \""
                    + flag + "\". Use a port number from 1 to 65535."));
        }
        if (sso.isLegacy()) {
            return 0;
        }
        Optional<String> configured = config.ssoSession(sso.sessionName()).flatMap(s -> s.get("sso_redirect_port"));
        if (configured.isEmpty()) {
            return 0;
        }
        return port(configured.get()).orElseThrow(() -> new ConfigurationException("Invalid sso_redirect_port in "
                + "sso-session " + sso.sessionName() + ": \"" + configured.get() + "\". Use a port number from 1 to "
                + "65535."));
    }

    /** Whether to log in with the device flow; prints why on {@code err} when this machine decides it. */
    public static boolean useDeviceCode(boolean flag, int redirectPort, SsoSessionConfig sso, BrowserLauncher browser,
                                        PrintStream err) {
        if (flag || sso.isLegacy() || redirectPort != 0) {
            return flag;
        }
        Optional<String> reason = browser.whyNoLocalBrowser();
        reason.ifPresent(why -> err.print("Using the device code flow: " + why + ", so no browser here can complete "
                + "the login (set BROWSER, or use --redirect-port with ssh -L to keep the browser flow).\n"));
        return reason.isPresent();
    }

    private static Optional<Integer> port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
