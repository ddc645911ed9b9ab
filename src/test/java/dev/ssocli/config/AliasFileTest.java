package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ~/.aws/cli/alias} read as Python's {@code RawConfigParser} reads it; the expected values were recorded from
 * Python 3.11's {@code configparser} on the same texts (values then stripped, as the CLI's alias loader does).
 */
class AliasFileTest {
    private static final Path FILE = Path.of("/home/u/.aws/cli/alias");

    @TempDir
    Path home;

    @Test
    void namesAreLowerCasedAndEitherDelimiterWorks() {
        AliasFile file = AliasFile.parse("[toplevel]\nWhoAmI = sts get-caller-identity\nreg: configure get region\n",
                FILE);
        assertThat(file.toplevel()).containsExactly(Map.entry("whoami", "sts get-caller-identity"),
                Map.entry("reg", "configure get region"));
    }

    @Test
    void deeperIndentedLinesContinueTheValueAndCommentsAreSkipped() {
        AliasFile file = AliasFile.parse("[toplevel]\nmulti =\n    !f() {\n        echo $1\n\n    }; f\n  ; comment\n"
                + "    tail\nnext = x\n", FILE);
        assertThat(file.toplevel()).containsExactly(Map.entry("multi", "!f() {\necho $1\n\n}; f\ntail"),
                Map.entry("next", "x"));
        AliasFile indented = AliasFile.parse("[toplevel]\n  a = 1\n    b = 2\n  c = 3\n", FILE);
        assertThat(indented.toplevel()).containsExactly(Map.entry("a", "1\nb = 2"), Map.entry("c", "3"));
    }

    @Test
    void defaultsReachEverySectionAndCommandSectionsAreKeyedByTheirWords() {
        assertThat(AliasFile.parse("[DEFAULT]\nd = from default\n[toplevel]\nx = 1\n", FILE).toplevel())
                .containsOnly(Map.entry("x", "1"), Map.entry("d", "from default"));
        AliasFile file = AliasFile.parse("[command   configure ] ; note\nr = get region\n[command\tsts]\nme = x\n", FILE);
        assertThat(file.forCommand("configure")).containsExactly(Map.entry("r", "get region"));
        // botocore only splits section names that start with "command " (a space): a tab is not one.
        assertThat(file.forCommand("sts")).isEmpty();
    }

    @Test
    void whatPythonRefusesIsAParseError() {
        for (String text : new String[] {"[toplevel]\nx = 1\nX = 2\n", "x = 1\n", "[toplevel]\njustaname\n",
                "[a]\n[a]\n", "[toplevel]\n = 1\n"}) {
            assertThatThrownBy(() -> AliasFile.parse(text, FILE)).as(text)
                    .isInstanceOf(ConfigParseException.class)
                    .hasMessageStartingWith("Unable to parse config file: " + FILE);
        }
    }

    @Test
    void loadReadsHomeAndAMissingFileIsNoAliases() throws Exception {
        assertThat(AliasFile.load(home)).isEmpty();
        Files.createDirectories(home.resolve(".aws/cli"));
        Files.writeString(home.resolve(".aws/cli/alias"), "[toplevel]\nwhoami = sts get-caller-identity\n");
        assertThat(AliasFile.load(home)).get().extracting(AliasFile::toplevel)
                .isEqualTo(Map.of("whoami", "sts get-caller-identity"));
        Files.write(home.resolve(".aws/cli/alias"), new byte[] {'[', (byte) 0xff, ']'});
        assertThatThrownBy(() -> AliasFile.load(home)).isInstanceOf(ConfigParseException.class);
    }
}
