package dev.ssocli.sso;

import dev.ssocli.runtime.BrowserLauncher;
import java.io.PrintStream;

/**
 * Tells the user where to approve a login, with the texts of current AWS CLI v2
 * (docs/wire-protocols.md#device-code-flow, #authorization-code-flow-with-pkce; docs/cli-surface.md#login-messages):
 * {@link #openBrowser} prints and then opens the browser, {@link #printOnly} is {@code --no-browser}.
 */
public abstract class AuthorizationPrompt {
    final PrintStream out;

    private AuthorizationPrompt(PrintStream out) {
        this.out = out;
    }

    /** The default handler: print, then open {@code verificationUriComplete}; a browser failure is silent. */
    public static AuthorizationPrompt openBrowser(PrintStream out, BrowserLauncher browser) {
        return new AuthorizationPrompt(out) {
            @Override
            void show(String userCode, String verificationUri, String verificationUriComplete) {
                if (userCode != null) {
                    out.print("Attempting to open your default browser.\n"
                            + "If the browser does not open or you wish to use a different device to authorize this "
                            + "request, open the following URL:\n\n" + verificationUri + "\n");
                    out.print("\nThen enter the code:\n\n" + userCode + "\n");
                } else {
                    out.print("Attempting to open your default browser. If the browser does not open, open the "
                            + "following URL.\nIf you are unable to open the URL on this device, run this command "
                            + "again with the '--use-device-code' option.\n\n" + verificationUri + "\n\n");
                }
                out.flush();
                try {
                    browser.open(verificationUriComplete);
                } catch (RuntimeException e) {
                    // webbrowser errors are only debug-logged by the CLI: the URL is on screen
                }
            }
        };
    }

    /** {@code --no-browser}: print the URL (and code), open nothing. */
    public static AuthorizationPrompt printOnly(PrintStream out) {
        return new AuthorizationPrompt(out) {
            @Override
            void show(String userCode, String verificationUri, String verificationUriComplete) {
                out.print("Browser will not be automatically opened.\nPlease visit the following URL:\n\n"
                        + verificationUri + "\n");
                if (userCode != null) {
                    out.print("\nThen enter the code:\n\n" + userCode + "\n\nAlternatively, you may visit the "
                            + "following URL which will autofill the code upon loading:\n" + verificationUriComplete
                            + "\n");
                }
                out.flush();
            }
        };
    }

    /** Shows the login URL; {@code userCode} is null in the authorization-code flow. */
    abstract void show(String userCode, String verificationUri, String verificationUriComplete);
}
