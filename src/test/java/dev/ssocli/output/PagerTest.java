package dev.ssocli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssocli.errors.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerTest {
    private static final Map<String, Object> RESPONSE = Map.of("Account", "111122223333");

    @Test
    void onlyOnATerminalAndNotWithNoCliPager() {
        Map<String, String> env = Map.of("AWS_PAGER", "cat");
        assertThat(Pager.resolve(env, null, false, true).isEnabled()).isTrue();
        assertThat(Pager.resolve(env, null, false, false).isEnabled()).isFalse();
        assertThat(Pager.resolve(env, null, true, true).isEnabled()).isFalse();
    }

    @Test
    void precedenceIsAwsPagerThenProfileThenPagerThenLess() {
        assertThat(Pager.resolve(Map.of("AWS_PAGER", "a", "PAGER", "c"), "b", false, true)).hasToString("Pager[a]");
        assertThat(Pager.resolve(Map.of("PAGER", "c"), "b", false, true)).hasToString("Pager[b]");
        assertThat(Pager.resolve(Map.of("PAGER", "c"), null, false, true)).hasToString("Pager[c]");
        assertThat(Pager.resolve(Map.of(), null, false, true)).hasToString("Pager[less]");
        assertThat(Pager.resolve(Map.of("AWS_PAGER", ""), "b", false, true).isEnabled()).isFalse();
        assertThat(Pager.resolve(Map.of("PAGER", "c"), "", false, true).isEnabled()).isFalse();
    }

    @Test
    void pagerGetsTheOutputAndLessFlags(@TempDir Path dir) throws IOException {
        Path paged = dir.resolve("paged");
        Pager pager = Pager.resolve(Map.of("PATH", "/usr/bin:/bin", "AWS_PAGER",
                "sh -c 'printf \"LESS=%s\\n\" \"$LESS\"; cat'"), null, false, true)
                .withOutput(ProcessBuilder.Redirect.to(paged.toFile()));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        new ResponsePrinter(settings(OutputFormat.TEXT), new PrintStream(stdout, true, StandardCharsets.UTF_8), pager)
                .print("GetCallerIdentity", RESPONSE);
        assertThat(Files.readString(paged)).isEqualTo("LESS=FRX\n111122223333\n");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void aMissingPagerIsTheCliPagerError() {
        Pager pager = Pager.resolve(Map.of("PATH", "/usr/bin:/bin", "AWS_PAGER", "no-such-pager-here -x"), null,
                false, true);
        ResponsePrinter printer = new ResponsePrinter(settings(OutputFormat.JSON), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), pager);
        assertThatThrownBy(() -> printer.print("GetCallerIdentity", RESPONSE))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Unable to redirect output to pager. Received the following error when opening pager:\n"
                        + "[Errno 2] No such file or directory: 'no-such-pager-here'\n\n"
                        + "Learn more about configuring the output pager by running \"aws help config-vars\".");
    }

    @Test
    void aPagerThatQuitsEarlyIsNotAnError(@TempDir Path dir) {
        Pager pager = Pager.resolve(Map.of("PATH", "/usr/bin:/bin", "AWS_PAGER", "true"), null, false, true)
                .withOutput(ProcessBuilder.Redirect.to(dir.resolve("ignored").toFile()));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ResponsePrinter printer = new ResponsePrinter(settings(OutputFormat.TEXT), new PrintStream(
                stdout, true, StandardCharsets.UTF_8), pager);
        List<Object> many = new java.util.ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add("line " + i);
        }
        // `true` exits without reading: the broken pipe must be swallowed and nothing fall back to stdout.
        assertThatCode(() -> printer.print("ListThings", Map.of("things", many))).doesNotThrowAnyException();
        assertThat(stdout.size()).isZero();
    }

    @Test
    void aPagerThatCannotBeExecutedSwallowsTheOutput(@TempDir Path dir) throws IOException {
        // Observed with aws-cli 2.9.19 on a terminal: exit 0, nothing on stdout or stderr.
        Path script = Files.writeString(dir.resolve("pager.sh"), "#!/bin/sh\ncat\n");
        Pager pager = Pager.resolve(Map.of("AWS_PAGER", script.toString()), null, false, true);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        new ResponsePrinter(settings(OutputFormat.JSON), new PrintStream(stdout, true, StandardCharsets.UTF_8), pager)
                .print("GetCallerIdentity", RESPONSE);
        assertThat(stdout.size()).isZero();
    }

    private static OutputSettings settings(OutputFormat format) {
        return new OutputSettings(format, null, false, 80, true);
    }
}
