package dev.ssocli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.python.Shlex;
import dev.ssocli.runtime.AwsPaths;
import dev.ssocli.runtime.Environment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden before/after pairs under {@code config-golden/}: {@code NAME.before} (absent for {@code @file-missing}),
 * {@code NAME.edit} and {@code NAME.after}, compared byte for byte. An edit file holds {@code [section]} lines
 * followed by {@code key=value} (set), {@code key.sub=value} (nested) or {@code !key} (delete).
 */
class ConfigGoldenTest {
    private static final Path GOLDEN = golden();

    @TempDir
    Path home;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".edit"))
                    .map(n -> n.substring(0, n.length() - ".edit".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyCaseIsComplete() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).forEach(n -> {
                int dot = n.lastIndexOf('.');
                String ext = dot < 0 ? "" : n.substring(dot + 1);
                if (!Set.of("before", "edit", "after").contains(ext)) {
                    problems.add("unexpected file " + n);
                }
                names.add(dot < 0 ? n : n.substring(0, dot));
            });
        }
        for (String name : names) {
            boolean missingFile = Files.exists(GOLDEN.resolve(name + ".edit"))
                    && Files.readString(GOLDEN.resolve(name + ".edit")).contains("@file-missing");
            for (String ext : List.of("edit", "after")) {
                if (!Files.exists(GOLDEN.resolve(name + "." + ext))) {
                    problems.add(name + "." + ext + " is missing");
                }
            }
            if (missingFile == Files.exists(GOLDEN.resolve(name + ".before"))) {
                problems.add(name + ".before must exist unless the edit says @file-missing");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(names).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void editGivesTheGoldenFile(String name) throws IOException {
        List<String> edit = Files.readAllLines(GOLDEN.resolve(name + ".edit"), StandardCharsets.UTF_8);
        Path config = home.resolve(".aws").resolve("config");
        Path written = config;
        if (!edit.contains("@file-missing")) {
            byte[] before = Files.readAllBytes(GOLDEN.resolve(name + ".before"));
            if (edit.contains("@symlink")) {
                written = home.resolve("dotfiles").resolve("aws-config");
                Files.createDirectories(written.getParent());
                Files.createDirectories(config.getParent());
                Files.write(written, before);
                Files.createSymbolicLink(config, Path.of("..", "dotfiles", "aws-config"));
            } else {
                Files.createDirectories(config.getParent());
                Files.write(config, before);
            }
        }

        Map<String, Map<String, Object>> expected = apply(edit, new ConfigFileWriter(config));

        assertThat(new String(Files.readAllBytes(written), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN.resolve(name + ".after")));
        if (edit.contains("@symlink")) {
            assertThat(Files.isSymbolicLink(config)).isTrue();
        }
        AwsConfig reread = AwsConfig.load(AwsPaths.from(new Environment(Map.of("HOME", home.toString()))));
        expected.forEach((section, values) -> values.forEach((key, value) ->
                assertThat(readBack(reread, section, key)).as(section + " " + key).isEqualTo(value)));
    }

    private static Map<String, Map<String, Object>> apply(List<String> edit, ConfigFileWriter writer) {
        Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
        String section = null;
        Map<String, String> scalars = new LinkedHashMap<>();
        List<String[]> nested = new ArrayList<>();
        for (String line : edit) {
            if (line.startsWith("@") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("[")) {
                flush(writer, section, scalars, nested);
                section = line.substring(1, line.length() - 1);
                continue;
            }
            Map<String, Object> want = expected.computeIfAbsent(section, k -> new LinkedHashMap<>());
            if (line.startsWith("!")) {
                scalars.put(line.substring(1), null);
                want.put(line.substring(1), null);
                continue;
            }
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            if (key.contains(".")) {
                nested.add(new String[] {key.substring(0, key.indexOf('.')), key.substring(key.indexOf('.') + 1), value});
            } else {
                scalars.put(key, value);
            }
            want.put(key, value);
        }
        flush(writer, section, scalars, nested);
        return expected;
    }

    private static void flush(ConfigFileWriter writer, String section, Map<String, String> scalars,
                              List<String[]> nested) {
        if (section == null) {
            return;
        }
        if (!scalars.isEmpty()) {
            writer.update(section, new LinkedHashMap<>(scalars));
        }
        for (String[] sub : nested) {
            writer.updateSubProperties(section, sub[0], Map.of(sub[1], sub[2]));
        }
        scalars.clear();
        nested.clear();
    }

    private static Object readBack(AwsConfig config, String section, String key) {
        ConfigSection found;
        if (section.equals("default")) {
            found = config.profile("default").orElseThrow();
        } else {
            String kind = section.substring(0, section.indexOf(' '));
            String name = Shlex.splitOrEmpty(section).filter(t -> t.size() == 2).map(t -> t.get(1))
                    .orElse(section.substring(kind.length() + 1));
            found = switch (kind) {
                case "profile" -> config.profile(name).orElseThrow();
                case "sso-session" -> config.ssoSession(name).orElseThrow();
                default -> config.services(name).orElseThrow();
            };
        }
        if (key.contains(".")) {
            return found.subProperties(key.substring(0, key.indexOf('.'))).get(key.substring(key.indexOf('.') + 1));
        }
        return found.get(key).orElse(null);
    }

    private static Path golden() {
        try {
            return Path.of(ConfigGoldenTest.class.getResource("/config-golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
