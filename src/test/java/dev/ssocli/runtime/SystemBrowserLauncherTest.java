package dev.ssocli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python {@code webbrowser} rules for {@code $BROWSER}, with real child processes. */
class SystemBrowserLauncherTest {
    private static final String URL = "http://127.0.0.1:1/device?user_code=AB&x=1";
    @TempDir
    Path dir;

    private Path script(String name, String body) throws Exception {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void triesBrowserCommandsInOrderSubstitutingOrAppendingTheUrl() throws Exception {
        Path log = dir.resolve("log");
        Path failing = script("failing", "echo noisy; echo noisy >&2; exit 3");
        Path recording = script("recording", "printf '%s|' \"$@\" >> " + log + "; echo on-stdout");
        Environment env = new Environment(Map.of("BROWSER",
                dir.resolve("missing") + ":" + failing + ":" + recording + " --new %s-tab"));
        assertThat(new SystemBrowserLauncher(env).open(URL)).isTrue();
        assertThat(Files.readString(log)).isEqualTo("--new|" + URL + "-tab|");
    }

    @Test
    void anEntryWithoutPlaceholderIsOneProgramNameSpacesIncluded() throws Exception {
        // Python: BROWSER='/bin/echo hi' runs the program "/bin/echo hi" (GenericBrowser(name)), which does not exist.
        Path log = dir.resolve("log");
        Path recording = script("recording", "printf '%s|' \"$@\" >> " + log);
        Environment env = new Environment(Map.of("BROWSER", recording + " hi"));
        assertThat(new SystemBrowserLauncher(env).open(URL)).isFalse();
        assertThat(log).doesNotExist();
        assertThat(new SystemBrowserLauncher(new Environment(Map.of("BROWSER", "firefox -P 'my profile'")))
                .candidates(URL)).containsExactly(List.of("firefox -P 'my profile'", URL));
    }

    @Test
    void anEntryWithPlaceholderIsSplitLikeShlex() {
        assertThat(SystemBrowserLauncher.browserCommand("\"my browser\" -x \"b\\$c\" %s &", URL))
                .contains(List.of("my browser", "-x", "b\\$c", URL));
        assertThat(SystemBrowserLauncher.browserCommand("open%s", URL)).contains(List.of("open%s"));
        assertThat(SystemBrowserLauncher.browserCommand("b 'open %s", URL)).isEmpty();
        assertThat(SystemBrowserLauncher.browserCommand("", URL)).isEmpty();
    }

    @Test
    void failureToOpenIsFalseNotAnError() {
        Environment env = new Environment(Map.of("BROWSER", dir.resolve("nope").toString()));
        assertThat(new SystemBrowserLauncher(env).open(URL)).isFalse();
    }

    @Test
    void platformOpenersNeedAGraphicalSession() {
        assertThat(new SystemBrowserLauncher(new Environment(Map.of())).candidates(URL)).isEmpty();
        assertThat(new SystemBrowserLauncher(new Environment(Map.of("DISPLAY", ":0"))).candidates(URL))
                .containsExactly(List.of("xdg-open", URL), List.of("gio", "open", URL));
        assertThat(new SystemBrowserLauncher(new Environment(Map.of("WSL_DISTRO_NAME", "Ubuntu"))).candidates(URL))
                .containsExactly(List.of("wslview", URL));
    }
}
