package dev.ssocli.sso;

import dev.ssocli.runtime.BrowserLauncher;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

    /** The device flow waits for the user until the code expires, {@code left} from now. */
    void waiting(Duration left) {
    }

    /** The wait is over (approved, denied, expired or interrupted). */
    void finished() {
    }

    /**
     * This prompt, with additions for a person at a terminal in the device flow: the verification URL with the code
     * filled in as a QR code (a phone can finish the login) and a live countdown until the code expires. Output that
     * is not a terminal gets exactly the AWS CLI's text.
     */
    public AuthorizationPrompt onTerminal(boolean terminal) {
        return terminal ? new TerminalPrompt(this) : this;
    }

    /** The terminal additions around another prompt. */
    private static final class TerminalPrompt extends AuthorizationPrompt {
        private final AuthorizationPrompt plain;
        private ScheduledExecutorService ticker;

        TerminalPrompt(AuthorizationPrompt plain) {
            super(plain.out);
            this.plain = plain;
        }

        @Override
        void show(String userCode, String verificationUri, String verificationUriComplete) {
            plain.show(userCode, verificationUri, verificationUriComplete);
            if (userCode != null && verificationUriComplete != null) {
                out.print("\nOr scan this code with a phone:\n\n" + QrText.render(verificationUriComplete));
                out.flush();
            }
        }

        @Override
        synchronized void waiting(Duration left) {
            long deadline = System.nanoTime() + left.toNanos();
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "device-code-countdown");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(() -> {
                long seconds = Math.max(0, (deadline - System.nanoTime()) / 1_000_000_000L);
                synchronized (this) {
                    out.print(String.format("\rWaiting for approval; the code expires in %d:%02d ", seconds / 60,
                            seconds % 60));
                    out.flush();
                }
            }, 0, 1, TimeUnit.SECONDS);
        }

        @Override
        synchronized void finished() {
            if (ticker != null) {
                ticker.shutdownNow();
                ticker = null;
                out.print("\r\u001b[K");
                out.flush();
            }
        }
    }
}
