package dev.ssocli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When no browser on this machine can finish a loopback login: SSH, containers and WSL without a display. */
class RemoteBrowserDetectionTest {
    private static SystemBrowserLauncher launcher(Map<String, String> env, String... existing) {
        Set<Path> files = Set.of(java.util.Arrays.stream(existing).map(Path::of).toArray(Path[]::new));
        return new SystemBrowserLauncher(new Environment(env), files::contains);
    }

    @Test
    void sshWithoutADisplayHasNoLocalBrowser() {
        assertThat(launcher(Map.of("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")).whyNoLocalBrowser())
                .contains("this is an SSH session without a display");
        assertThat(launcher(Map.of("SSH_TTY", "/dev/pts/1")).whyNoLocalBrowser()).isPresent();
    }

    @Test
    void aDisplayOrABrowserVariableDecidesFirst() {
        assertThat(launcher(Map.of("SSH_TTY", "/dev/pts/1", "DISPLAY", "localhost:10.0")).whyNoLocalBrowser())
                .isEmpty();
        assertThat(launcher(Map.of("SSH_TTY", "/dev/pts/1", "BROWSER", "w3m")).whyNoLocalBrowser()).isEmpty();
        assertThat(launcher(Map.of("SSH_TTY", "/dev/pts/1", "BROWSER", "")).whyNoLocalBrowser()).isPresent();
    }

    @Test
    void containersWithoutADisplay() {
        assertThat(launcher(Map.of(), "/.dockerenv").whyNoLocalBrowser())
                .contains("this is a container without a display");
        assertThat(launcher(Map.of(), "/run/.containerenv").whyNoLocalBrowser()).isPresent();
        assertThat(launcher(Map.of("WAYLAND_DISPLAY", "wayland-0"), "/.dockerenv").whyNoLocalBrowser()).isEmpty();
        assertThat(launcher(Map.of()).whyNoLocalBrowser()).isEmpty();
    }

    @Test
    void wslNeedsWslview() {
        Map<String, String> wsl = Map.of("WSL_DISTRO_NAME", "Ubuntu", "PATH", "/usr/bin:/bin");
        assertThat(launcher(wsl).whyNoLocalBrowser()).contains("this is WSL without wslview (install wslu) or a display");
        assertThat(launcher(wsl, "/usr/bin/wslview").whyNoLocalBrowser()).isEmpty();
    }
}
