package dev.ssocli.config;

import dev.ssocli.python.PythonStrings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code configparser.RawConfigParser()} with its defaults followed by botocore's nested-value parsing
 * ({@code raw_config_parse}), so a file reads here exactly as the AWS CLI and boto3 read it
 * (docs/file-formats.md#config-file).
 */
final class IniParser {
    /** configparser's special section whose keys show through in every other section. */
    static final String DEFAULT_SECTION = "DEFAULT";

    private IniParser() {
    }

    /** One parsed file: section name to ordered keys; each value is a String or a {@code Map<String,String>}. */
    record Parsed(Map<String, Map<String, Object>> sections) {
    }

    static Parsed parse(byte[] bytes, Path file) {
        return parse(decode(bytes, file), file);
    }

    static String decode(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigParseException(file, 0, "not valid UTF-8");
        }
    }

    static Parsed parse(String text, Path file) {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        Map<List<String>, Integer> startLines = new IdentityHashMap<>();
        Set<String> added = new HashSet<>();
        Map<String, List<String>> current = null;
        String sectionName = null;
        String option = null;
        int indentLevel = 0;
        List<String> lines = Lines.splitUniversal(text);
        for (int index = 0; index < lines.size(); index++) {
            int lineNo = index + 1;
            String line = lines.get(index);
            String stripped = PythonStrings.strip(line);
            boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
            String value = comment ? "" : stripped;
            if (value.isEmpty()) {
                // configparser keeps blank lines inside a multi-line value, but not comment lines.
                if (!comment && current != null && option != null) {
                    current.get(option).add("");
                }
                continue;
            }
            int indent = Lines.indentOf(line);
            if (current != null && option != null && indent > indentLevel) {
                current.get(option).add(value);
                continue;
            }
            indentLevel = indent;
            String header = Lines.sectionHeader(value);
            if (header != null) {
                if (sections.containsKey(header) && added.contains(header)) {
                    throw new ConfigParseException(file, lineNo, "section [" + header + "] appears twice");
                }
                if (header.equals(DEFAULT_SECTION)) {
                    current = defaults;
                } else {
                    current = sections.computeIfAbsent(header, k -> new LinkedHashMap<>());
                    added.add(header);
                }
                sectionName = header;
                option = null;
                continue;
            }
            if (current == null) {
                throw new ConfigParseException(file, lineNo, "a setting before the first [section] header");
            }
            int delimiter = Lines.firstDelimiter(value);
            if (delimiter < 0) {
                throw new ConfigParseException(file, lineNo, "a line that is neither a [section] nor key = value");
            }
            String key = PythonStrings.rstrip(value.substring(0, delimiter)).toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new ConfigParseException(file, lineNo, "a setting without a key");
            }
            if (!added.add(sectionName + "\u0000" + key)) {
                throw new ConfigParseException(file, lineNo, "key '" + key + "' appears twice in [" + sectionName + "]");
            }
            List<String> parts = new ArrayList<>();
            parts.add(PythonStrings.strip(value.substring(delimiter + 1)));
            current.put(key, parts);
            startLines.put(parts, lineNo);
            option = key;
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> section : sections.entrySet()) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, List<String>> merged = new LinkedHashMap<>(section.getValue());
            defaults.forEach(merged::putIfAbsent);
            for (Map.Entry<String, List<String>> entry : merged.entrySet()) {
                String joined = PythonStrings.rstrip(String.join("\n", entry.getValue()));
                values.put(entry.getKey(), joined.startsWith("\n")
                        ? nested(joined, file, startLines.getOrDefault(entry.getValue(), 0)) : joined);
            }
            result.put(section.getKey(), values);
        }
        return new Parsed(result);
    }

    /** botocore's {@code _parse_nested}: one {@code sub = value} per line, split at the first {@code =}. */
    private static Map<String, String> nested(String value, Path file, int startLine) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : Lines.pySplitLines(value)) {
            String stripped = PythonStrings.strip(line);
            if (stripped.isEmpty()) {
                continue;
            }
            int eq = stripped.indexOf('=');
            if (eq < 0) {
                throw new ConfigParseException(file, startLine, "a nested value line without '='");
            }
            parsed.put(PythonStrings.strip(stripped.substring(0, eq)), PythonStrings.strip(stripped.substring(eq + 1)));
        }
        return parsed;
    }
}
