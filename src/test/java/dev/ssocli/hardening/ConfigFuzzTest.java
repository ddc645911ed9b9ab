package dev.ssocli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile configs, generated (issue 14, "hostile input"): whatever the file holds (odd sections and quoting,
 * comments of both kinds, continuation lines and nested blocks, CRLF, no final newline, non-ASCII, duplicates that
 * make it unparseable), {@code configure set} either changes exactly the line of the key it sets (or adds one) and
 * loses no other byte, or refuses with one message and leaves every byte as it was.
 */
class ConfigFuzzTest {
    /** Section headers, odd ones included; {@code [profile "p1"]} and {@code [ profile p1 ]} are p1 too. */
    private static final List<String> HEADERS = List.of("[default]", "[profile p1]", "[profile p2]",
            "[profile \"p1\"]", "[profile 'p 3']", "[ profile p1 ]", "[sso-session corp]", "[services dev]",
            "[profile p2] ; trailing", "[unknown thing]", "[profile default]", "[profile p\u00e9]");
    /** Lines inside a section: comments, odd spacing, continuations, nested blocks, non-ASCII, junk. */
    private static final List<String> BODY = List.of("region = us-east-1", "output =json",
            "k = v # not a comment", "sso_start_url = https://x.awsapps.com/start#frag", "s3 =",
            "  addressing_style = path", "\tmax_concurrent_requests = 4", "  continued value", "# comment",
            "; comment", "", "   ", "name = caf\u00e9 \u2603", "k2 = ", "emoji = \uD83D\uDE80",
            "long = " + "x".repeat(300), "fuzzkey = old", "= orphan", "[profile p1]x");

    @Provide
    Arbitrary<String> configs() {
        Arbitrary<String> keyLines = Arbitraries.integers().between(0, 999).map(n -> "key" + n + " = v" + n);
        Arbitrary<String> body = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(BODY)), net.jqwik.api.Tuple.of(2, keyLines));
        Arbitrary<List<String>> section = Combinators.combine(Arbitraries.of(HEADERS), body.list().ofMaxSize(8))
                .as((header, lines) -> {
                    List<String> all = new ArrayList<>();
                    all.add(header);
                    all.addAll(lines);
                    return all;
                });
        Arbitrary<List<String>> preamble = Arbitraries.of("# a user's file", "", "; top").list().ofMaxSize(2);
        Arbitrary<List<List<String>>> sections = section.list().ofMaxSize(5);
        Arbitrary<String> endings = Arbitraries.of("\n", "\r\n");
        Arbitrary<Boolean> finalNewline = Arbitraries.of(true, false);
        return Combinators.combine(preamble, sections, endings, finalNewline).as((top, parts, eol, last) -> {
            List<String> lines = new ArrayList<>(top);
            parts.forEach(lines::addAll);
            String text = String.join(eol, lines);
            return last && !lines.isEmpty() ? text + eol : text;
        });
    }

    @Property
    void configureSetLosesNoByteOutsideItsEdit(@ForAll("configs") String original,
                                               @ForAll("profiles") String profile) throws IOException {
        Path home = Files.createTempDirectory("fuzz-home");
        try {
            Path config = home.resolve(".aws/config");
            Files.createDirectories(config.getParent());
            Files.write(config, original.getBytes(StandardCharsets.UTF_8));

            CliRun.Result result = CliRun.in(home).run("configure", "set", "fuzzkey", "new-value", "--profile",
                    profile);
            String after = Files.readString(config, StandardCharsets.UTF_8);
            Statistics.collect(result.exitCode() == 0 ? "edited" : "refused");

            assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
            if (result.exitCode() != 0) {
                assertThat(result.exitCode()).isEqualTo(255);
                assertThat(result.err().strip().lines().count()).isEqualTo(1);
                assertThat(after).isEqualTo(original);
                return;
            }
            assertThat(result.err()).isEmpty();
            assertOnlyOneLineChangedOrAdded(original, after);
            CliRun.Result get = CliRun.in(home).run("configure", "get", "fuzzkey", "--profile", profile);
            assertThat(get.out()).isEqualTo("new-value\n");
        } finally {
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of("p1", "p2", "default", "p 3", "new-one");
    }

    /**
     * The edit is one of: a line replaced, lines inserted (the key, a new section header), with every other line of
     * the original, separators included, kept in order.
     */
    private static void assertOnlyOneLineChangedOrAdded(String original, String after) {
        List<String> before = splitKeepingEnds(original);
        List<String> now = splitKeepingEnds(after);
        int head = 0;
        while (head < before.size() && head < now.size() && before.get(head).equals(now.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < now.size() - head
                && before.get(before.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
            tail++;
        }
        List<String> removed = before.subList(head, before.size() - tail);
        List<String> added = new ArrayList<>(now.subList(head, now.size() - tail));
        assertThat(added).as("lines added for the edit").isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(String.join("", added)).contains("fuzzkey = new-value");
        // only the key's old value goes: its line and its continuation lines (we replace the whole value, so it
        // reads back as set; the CLI's writer leaves the continuation attached to the new value)
        for (int i = 0; i < removed.size(); i++) {
            String gone = removed.get(i);
            boolean keyLine = i == 0 && Character.toLowerCase(gone.charAt(0)) == 'f' && gone.startsWith("fuzzkey");
            boolean continuation = i > 0 && (gone.startsWith(" ") || gone.startsWith("\t") || gone.isBlank()
                    || gone.stripLeading().startsWith("#") || gone.stripLeading().startsWith(";"));
            boolean unterminatedLast = i == removed.size() - 1 && !gone.endsWith("\n") && added.get(0).startsWith(gone);
            assertThat(keyLine || continuation || unterminatedLast).as("lost: " + removed).isTrue();
        }
    }

    private static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
