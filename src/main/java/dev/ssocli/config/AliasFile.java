package dev.ssocli.config;

import dev.ssocli.python.PythonStrings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ~/.aws/cli/alias}, read as the AWS CLI reads it (docs/cli-surface.md#aliases-and-completion): Python's
 * {@code RawConfigParser} with its defaults (names lower-cased, {@code =} or {@code :} after a name, a line indented
 * deeper than the name before it continues that value, full-line {@code #}/{@code ;} comments, duplicate sections
 * or names refused), values stripped, and sections named {@code command A B} keyed by their blank-separated words.
 */
public final class AliasFile {
    /** The section of top-level aliases. */
    public static final String TOPLEVEL = "toplevel";

    private final Map<String, Map<String, String>> sections;

    private AliasFile(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /** {@code HOME/.aws/cli/alias} (no setting moves it), or empty when there is no such file. */
    public static Optional<AliasFile> load(Path home) {
        Path file = home.resolve(".aws").resolve("cli").resolve("alias");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (Files.isDirectory(file) || !Files.exists(file)) {
                return Optional.empty();
            }
            throw new ConfigParseException(file, 0, "cannot be read: " + e.getClass().getSimpleName());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigParseException(file, 0, "not UTF-8");
        }
        return Optional.of(parse(text, file));
    }

    /** The aliases of {@code [toplevel]}, by name. */
    public Map<String, String> toplevel() {
        return sections.getOrDefault(TOPLEVEL, Map.of());
    }

    /** The aliases of {@code [command COMMAND]} (subcommands of {@code aws COMMAND}), by name. */
    public Map<String, String> forCommand(String command) {
        return sections.getOrDefault("command " + command, Map.of());
    }

    static AliasFile parse(String text, Path file) {
        Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        Map<String, List<String>> section = null;
        List<String> value = null;
        int indentOfName = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            String clean = PythonStrings.strip(line);
            boolean comment = clean.startsWith("#") || clean.startsWith(";");
            if (clean.isEmpty() || comment) {
                if (!comment && value != null) {
                    value.add("");
                }
                continue;
            }
            int indent = line.length() - PythonStrings.lstrip(line).length();
            if (value != null && indent > indentOfName) {
                value.add(clean);
                continue;
            }
            indentOfName = indent;
            int close = clean.lastIndexOf(']');
            if (clean.startsWith("[") && close > 1) {
                String header = clean.substring(1, close);
                value = null;
                if (header.equals("DEFAULT")) {
                    section = defaults;
                } else if (raw.containsKey(header)) {
                    throw new ConfigParseException(file, number, "section [" + header + "] appears twice");
                } else {
                    section = new LinkedHashMap<>();
                    raw.put(header, section);
                }
                continue;
            }
            if (section == null) {
                throw new ConfigParseException(file, number, "a name outside a section");
            }
            int delimiter = firstDelimiter(clean);
            String name = delimiter < 0 ? "" : PythonStrings.rstrip(clean.substring(0, delimiter));
            if (name.isEmpty()) {
                throw new ConfigParseException(file, number, "not 'name = value'");
            }
            name = name.toLowerCase(Locale.ROOT);
            if (section.containsKey(name)) {
                throw new ConfigParseException(file, number, "a name appears twice in its section");
            }
            value = new ArrayList<>();
            value.add(PythonStrings.strip(clean.substring(delimiter + 1)));
            section.put(name, value);
        }
        Map<String, Map<String, String>> sections = new HashMap<>();
        raw.forEach((header, entries) -> {
            Map<String, String> joined = new LinkedHashMap<>();
            defaults.forEach((name, valueLines) -> joined.put(name, join(valueLines)));
            entries.forEach((name, valueLines) -> joined.put(name, join(valueLines)));
            sections.put(key(header), joined);
        });
        return new AliasFile(sections);
    }

    /** botocore keys {@code command A B} by its words; any other section by its name as written. */
    private static String key(String header) {
        if (!header.startsWith("command ")) {
            return header;
        }
        return String.join(" ", PythonStrings.strip(header).split("\\s+"));
    }

    private static int firstDelimiter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '=' || line.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** RawConfigParser joins a value's lines with newlines and drops trailing blanks; the CLI strips the rest. */
    private static String join(List<String> lines) {
        return PythonStrings.strip(String.join("\n", lines));
    }
}
