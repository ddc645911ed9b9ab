package dev.ssocli.config;

import dev.ssocli.python.PythonStrings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A config file as a list of lines with their own line endings, edited in place: every line an edit does not target
 * keeps its exact bytes (comments, blank lines, odd spacing, CRLF, a missing final newline). Where lines are added
 * it follows the AWS CLI's {@code ConfigFileWriter} (docs/file-formats.md#config-writer), but it finds sections and
 * keys the way botocore reads them, so it never writes a duplicate that botocore would reject or silently prefer.
 */
final class ConfigDocument {
    /** One physical line: its text and the terminator it had ({@code "\n"}, {@code "\r\n"}, {@code "\r"} or none). */
    record Line(String text, String eol) {
    }

    /** A key of a section: its first line, the last line of its value, and whether it is a nested block. */
    record Option(String key, int line, int end, boolean block) {
    }

    /** A section: raw header name, header line, the index after its last line, and its top-level keys. */
    record Section(String rawName, int header, int end, List<Option> options) {
        Optional<Option> option(String key) {
            String wanted = key.toLowerCase(Locale.ROOT);
            return options.stream().filter(o -> o.key().equals(wanted)).findFirst();
        }
    }

    private final List<Line> lines;

    private ConfigDocument(List<Line> lines) {
        this.lines = lines;
    }

    static ConfigDocument parse(String content) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                int next = c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(content.substring(start, i), content.substring(i, next)));
                i = next;
                start = i;
            } else {
                i++;
            }
        }
        if (start < content.length()) {
            lines.add(new Line(content.substring(start), ""));
        }
        return new ConfigDocument(lines);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text()).append(line.eol());
        }
        return out.toString();
    }

    /** Sections in file order, classified with configparser's own rules (indentation decides continuation). */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        String rawName = null;
        int header = -1;
        List<Option> options = new ArrayList<>();
        String key = null;
        int keyLine = -1;
        int keyEnd = -1;
        boolean keyHasValue = false;
        boolean keyContinued = false;
        int indentLevel = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            String stripped = PythonStrings.strip(text);
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            int indent = Lines.indentOf(text);
            if (header >= 0 && key != null && indent > indentLevel) {
                keyEnd = i;
                keyContinued = true;
                continue;
            }
            indentLevel = indent;
            String name = Lines.sectionHeader(stripped);
            if (name != null) {
                if (key != null) {
                    options.add(new Option(key, keyLine, keyEnd, !keyHasValue && keyContinued));
                }
                if (header >= 0) {
                    sections.add(new Section(rawName, header, i, List.copyOf(options)));
                }
                rawName = name;
                header = i;
                options.clear();
                key = null;
                continue;
            }
            int delimiter = Lines.firstDelimiter(stripped);
            if (header < 0 || delimiter <= 0) {
                continue;
            }
            if (key != null) {
                options.add(new Option(key, keyLine, keyEnd, !keyHasValue && keyContinued));
            }
            key = PythonStrings.rstrip(stripped.substring(0, delimiter)).toLowerCase(Locale.ROOT);
            keyLine = i;
            keyEnd = i;
            keyHasValue = !PythonStrings.strip(stripped.substring(delimiter + 1)).isEmpty();
            keyContinued = false;
        }
        if (key != null) {
            options.add(new Option(key, keyLine, keyEnd, !keyHasValue && keyContinued));
        }
        if (header >= 0) {
            sections.add(new Section(rawName, header, lines.size(), List.copyOf(options)));
        }
        return sections;
    }

    /**
     * The section botocore reads for {@code sectionName}: the last one with the same meaning (so {@code [profile a]}
     * also finds {@code [profile "a"]}, and {@code default} the later of {@code [default]}/{@code [profile default]}),
     * or with exactly that raw name (credentials-file sections).
     */
    Optional<Section> find(String sectionName) {
        SectionId target = SectionId.ofTarget(sectionName);
        Section found = null;
        for (Section section : sections()) {
            if (section.rawName().equals(sectionName) || SectionId.ofHeader(section.rawName()).equals(target)) {
                found = section;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Applies one section's edits. Each value is a String (set), null (delete the key) or a
     * {@code Map<String,String>} (set or, for null values, delete nested sub-keys).
     */
    void update(String sectionName, Map<String, Object> edits) {
        Optional<Section> existing = find(sectionName);
        if (existing.isEmpty()) {
            appendSection(SectionId.ofTarget(sectionName).headerName(), edits);
            return;
        }
        Map<String, Object> pending = new LinkedHashMap<>();
        for (Map.Entry<String, Object> edit : edits.entrySet()) {
            Section section = find(sectionName).orElseThrow();
            Optional<Option> option = section.option(edit.getKey());
            Object value = edit.getValue();
            if (option.isEmpty()) {
                if (value != null && !(value instanceof Map<?, ?> map && withoutNulls(map).isEmpty())) {
                    pending.put(edit.getKey(), value);
                }
            } else if (value == null) {
                remove(option.get().line(), option.get().end());
            } else if (value instanceof String text) {
                replaceScalar(option.get(), edit.getKey(), text);
            } else {
                updateBlock(option.get(), edit.getKey(), asSubValues(value));
            }
        }
        if (!pending.isEmpty()) {
            insertIntoSection(find(sectionName).orElseThrow(), pending);
        }
    }

    /**
     * Applies many sections' edits in the map's order, as {@link #update} (a null value removes the section with
     * {@link #removeSection}). Sections the file does not have yet are appended without scanning the file again for
     * each, so writing hundreds of new profiles stays linear.
     */
    void updateSections(Map<String, Map<String, Object>> sections) {
        Set<Object> present = new HashSet<>();
        for (Section section : sections()) {
            present.add(section.rawName());
            present.add(SectionId.ofHeader(section.rawName()));
        }
        for (Map.Entry<String, Map<String, Object>> entry : sections.entrySet()) {
            String name = entry.getKey();
            SectionId target = SectionId.ofTarget(name);
            if (entry.getValue() == null) {
                removeSection(name);
            } else if (present.contains(name) || present.contains(target)) {
                update(name, entry.getValue());
            } else {
                appendSection(target.headerName(), entry.getValue());
                present.add(target);
            }
        }
    }

    /**
     * Removes every section botocore would read as {@code sectionName}: its header and keys (comments between its
     * keys too); comments and blank lines after its last key stay, since they may introduce the next section.
     */
    void removeSection(String sectionName) {
        SectionId target = SectionId.ofTarget(sectionName);
        List<Section> all = sections();
        for (int i = all.size() - 1; i >= 0; i--) {
            Section section = all.get(i);
            if (section.rawName().equals(sectionName) || SectionId.ofHeader(section.rawName()).equals(target)) {
                int last = section.header();
                for (Option option : section.options()) {
                    last = Math.max(last, option.end());
                }
                remove(section.header(), last);
            }
        }
    }

    private void replaceScalar(Option option, String key, String value) {
        if (!option.block() && option.end() == option.line() && currentValue(option).equals(value)) {
            return;
        }
        String eol = lines.get(option.end()).eol();
        remove(option.line(), option.end());
        lines.add(option.line(), new Line(key + " = " + value, eol));
    }

    private String currentValue(Option option) {
        String stripped = PythonStrings.strip(lines.get(option.line()).text());
        return PythonStrings.strip(stripped.substring(Lines.firstDelimiter(stripped) + 1));
    }

    private void updateBlock(Option option, String key, Map<String, String> subValues) {
        if (!option.block()) {
            String lastEol = lines.get(option.end()).eol();
            String eol = lastEol.isEmpty() ? dominantEol() : lastEol;
            remove(option.line(), option.end());
            List<Line> block = new ArrayList<>();
            block.add(new Line(key + " =", eol));
            subValues.forEach((sub, val) -> {
                if (val != null) {
                    block.add(new Line("    " + sub + " = " + val, eol));
                }
            });
            lines.addAll(option.line(), block);
            return;
        }
        String indent = null;
        int end = option.end();
        for (Map.Entry<String, String> sub : subValues.entrySet()) {
            int found = -1;
            for (int i = option.line() + 1; i <= end; i++) {
                String text = lines.get(i).text();
                String stripped = PythonStrings.strip(text);
                if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                    continue;
                }
                if (indent == null) {
                    indent = text.substring(0, Lines.indentOf(text));
                }
                int eq = stripped.indexOf('=');
                if (eq > 0 && PythonStrings.strip(stripped.substring(0, eq)).equals(sub.getKey())) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                String text = lines.get(found).text();
                String lineIndent = text.substring(0, Lines.indentOf(text));
                if (sub.getValue() == null) {
                    lines.remove(found);
                    end--;
                } else {
                    String stripped = PythonStrings.strip(text);
                    String current = PythonStrings.strip(stripped.substring(stripped.indexOf('=') + 1));
                    if (!current.equals(sub.getValue())) {
                        lines.set(found, new Line(lineIndent + sub.getKey() + " = " + sub.getValue(),
                                lines.get(found).eol()));
                    }
                }
            } else if (sub.getValue() != null) {
                Line last = lines.get(end);
                if (last.eol().isEmpty()) {
                    lines.set(end, new Line(last.text(), dominantEol()));
                }
                lines.add(end + 1, new Line((indent == null ? "    " : indent) + sub.getKey() + " = "
                        + sub.getValue(), dominantEol()));
                end++;
            }
        }
    }

    /**
     * Adds keys the section does not have yet, where the CLI writer puts them: right after the section's last
     * option-like line, or, when the section is the last in the file, one line further (the writer's end-of-file
     * quirk, docs/file-formats.md#config-writer step 4) -- but never inside another key's continuation lines.
     */
    private void insertIntoSection(Section section, Map<String, Object> values) {
        int lastOptionLike = section.header();
        for (int i = section.header() + 1; i < section.end(); i++) {
            if (cliOptionLike(lines.get(i).text())) {
                lastOptionLike = i;
            }
        }
        boolean lastSection = section.end() == lines.size();
        int position = Math.min(lastOptionLike + (lastSection ? 2 : 1), lines.size());
        for (Option option : section.options()) {
            if (option.line() < position && position <= option.end()) {
                position = option.end() + 1;
            }
        }
        String eol = dominantEol();
        if (position > 0 && lines.get(position - 1).eol().isEmpty()) {
            Line previous = lines.get(position - 1);
            lines.set(position - 1, new Line(previous.text(), eol));
        }
        lines.addAll(position, newLines(values, eol));
    }

    private void appendSection(String headerName, Map<String, Object> edits) {
        List<Line> added = newLines(edits, dominantEol());
        if (added.isEmpty()) {
            return;
        }
        String eol = dominantEol();
        if (!lines.isEmpty() && lines.get(lines.size() - 1).eol().isEmpty()) {
            Line last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, new Line(last.text(), eol));
        }
        lines.add(new Line("[" + headerName + "]", eol));
        lines.addAll(added);
    }

    private static List<Line> newLines(Map<String, Object> values, String eol) {
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof String text) {
                out.add(new Line(entry.getKey() + " = " + text, eol));
            } else if (value instanceof Map<?, ?> map) {
                Map<String, String> subs = withoutNulls(map);
                if (!subs.isEmpty()) {
                    out.add(new Line(entry.getKey() + " =", eol));
                    subs.forEach((sub, val) -> out.add(new Line("    " + sub + " = " + val, eol)));
                }
            }
        }
        return out;
    }

    private static Map<String, String> withoutNulls(Map<?, ?> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                out.put((String) k, (String) v);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> asSubValues(Object value) {
        return (Map<String, String>) value;
    }

    private void remove(int from, int to) {
        lines.subList(from, to + 1).clear();
    }

    /** The line ending new lines get: the file's first one, {@code \n} for a file without any. */
    private String dominantEol() {
        for (Line line : lines) {
            if (!line.eol().isEmpty()) {
                return line.eol();
            }
        }
        return "\n";
    }

    /**
     * The CLI writer's {@code OPTION_REGEX} ({@code [^:=][^:=]*\s*[:=]\s*.*$} with {@code search}): any line with a
     * {@code =} or {@code :} after some other character, comments included.
     */
    static boolean cliOptionLike(String text) {
        boolean seenOther = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                if (seenOther) {
                    return true;
                }
            } else {
                seenOther = true;
            }
        }
        return false;
    }
}
