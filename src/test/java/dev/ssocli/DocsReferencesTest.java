package dev.ssocli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every link into the project's {@code docs} folder cited in the sources names a file and a heading that exist. */
class DocsReferencesTest {
    /** A docs file with an anchor, optionally followed by {@code , #other} anchors in it (across a comment break). */
    private static final Pattern REFERENCE =
            Pattern.compile("docs/([\\w-]+\\.md)((?:#[\\w-]+)?(?:,\\s*(?:\\*\\s*|//\\s*)?#[\\w-]+)*)");
    private static final Pattern ANCHOR = Pattern.compile("#([\\w-]+)");
    private static final Path DOCS = Path.of("docs");

    @Test
    void everyCitedAnchorIsAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        int cited = 0;
        for (Path source : sources()) {
            Matcher m = REFERENCE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                cited++;
                Path doc = DOCS.resolve(m.group(1));
                if (!Files.isRegularFile(doc)) {
                    broken.add(source + ": " + m.group());
                    continue;
                }
                Set<String> anchors = anchors(doc);
                Matcher a = ANCHOR.matcher(m.group(2));
                while (a.find()) {
                    if (!anchors.contains(a.group(1))) {
                        broken.add(source + ": " + m.group(1) + "#" + a.group(1));
                    }
                }
            }
        }
        assertThat(cited).as("docs references found in src/").isGreaterThan(50);
        assertThat(broken).isEmpty();
    }

    @Test
    void noCommentCitesTheOldSpecSections() throws IOException {
        List<String> old = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (Pattern.compile("(sso-compat|cli-surface)\\.md\\s*\u00a7").matcher(text).find()) {
                old.add(source.toString());
            }
        }
        assertThat(old).isEmpty();
    }

    @Test
    void anchorsFollowGitHubRules() {
        assertThat(anchor("Authorization code flow with PKCE")).isEqualTo("authorization-code-flow-with-pkce");
        assertThat(anchor("STS GetCallerIdentity")).isEqualTo("sts-getcalleridentity");
        assertThat(anchor("Permissions, locking and atomic writes")).isEqualTo("permissions-locking-and-atomic-writes");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Set<String> anchors(Path doc) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                anchors.add(anchor(line.replaceFirst("^#+\\s*", "")));
            }
        }
        return anchors;
    }

    /** GitHub's heading id: lower case, punctuation other than {@code -} and {@code _} dropped, spaces to hyphens. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
