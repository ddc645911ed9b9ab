package dev.ssocli.config;

import dev.ssocli.errors.GeneralException;
import dev.ssocli.fs.AtomicFile;
import dev.ssocli.fs.FileAccessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Edits one section of a config or credentials file losslessly, atomically and under the file's lock, re-reading
 * the file under the lock so concurrent runs never lose an update (docs/file-formats.md#config-writer).
 */
public final class ConfigFileWriter {
    private final Path file;

    public ConfigFileWriter(Path file) {
        this.file = file;
    }

    /**
     * Sets keys of {@code sectionName} ({@code default}, {@code profile NAME}, {@code sso-session NAME},
     * {@code services NAME}, or a credentials-file profile name) in the map's order; a null value deletes the key.
     * A missing section is appended, a missing file created with mode 0600.
     */
    public void update(String sectionName, Map<String, String> values) {
        Map<String, Object> edits = new LinkedHashMap<>();
        values.forEach(edits::put);
        apply(sectionName, edits);
    }

    /** Sets (or, for null values, deletes) the nested sub-keys of {@code key}, e.g. {@code s3 =} followed by indented lines. */
    public void updateSubProperties(String sectionName, String key, Map<String, String> values) {
        Map<String, Object> edits = new LinkedHashMap<>();
        edits.put(key, new LinkedHashMap<>(values));
        apply(sectionName, edits);
    }

    /**
     * Edits many sections in one locked read-modify-write, in the map's order: each value holds a section's edits as
     * for {@link #update} (a {@code Map<String,String>} value edits nested sub-keys), or is null to remove the section.
     */
    public void updateSections(Map<String, Map<String, Object>> sections) {
        sections.forEach((name, edits) -> validate(name, edits == null ? Map.of() : edits));
        edit(document -> document.updateSections(sections));
    }

    /** {@code default}, or {@code profile NAME} with NAME shell-quoted when it has whitespace, as the CLI names it. */
    public static String profileSectionName(String profile) {
        return SectionId.profile(profile).headerName();
    }

    /** {@code sso-session NAME}, NAME shell-quoted when it has whitespace. */
    public static String ssoSessionSectionName(String session) {
        return SectionId.ssoSession(session).headerName();
    }

    private void apply(String sectionName, Map<String, Object> edits) {
        validate(sectionName, edits);
        edit(document -> document.update(sectionName, edits));
    }

    private void edit(java.util.function.Consumer<ConfigDocument> change) {
        AtomicFile.withLock(file, () -> {
            Path real = AtomicFile.resolveLinks(file);
            byte[] before = readExisting(real);
            String original = before == null ? "" : IniParser.decode(before, file);
            ConfigDocument document = ConfigDocument.parse(original);
            change.accept(document);
            String updated = document.render();
            if (before != null && updated.equals(original)) {
                return null;
            }
            guardAgainstDamage(original, updated);
            AtomicFile.write(real, updated.getBytes(StandardCharsets.UTF_8), AtomicFile.PRIVATE_FILE);
            return null;
        });
    }

    private byte[] readExisting(Path real) {
        if (Files.isDirectory(real)) {
            throw new FileAccessException(file, new FileSystemException(file.toString(), null, "Is a directory"));
        }
        try {
            return Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new FileAccessException(file, e);
        }
    }

    /** A file botocore could read before must still be readable after our edit; otherwise nothing is written. */
    private void guardAgainstDamage(String original, String updated) {
        try {
            IniParser.parse(original, file);
        } catch (ConfigParseException e) {
            return;
        }
        try {
            IniParser.parse(updated, file);
        } catch (ConfigParseException e) {
            throw new GeneralException("Refusing to write " + file + ": the edit would make it unreadable ("
                    + e.reason() + ")");
        }
    }

    private static void validate(String sectionName, Map<String, Object> edits) {
        rejectLineBreaks(sectionName, "Invalid section name: newline characters and carriage returns are not allowed.");
        for (Map.Entry<String, Object> edit : edits.entrySet()) {
            String key = edit.getKey();
            rejectLineBreaks(key, "Invalid key: newline characters and carriage returns are not allowed.");
            String valueMessage = "Invalid value for key " + key
                    + ": newline characters and carriage returns are not allowed.";
            if (edit.getValue() instanceof String value) {
                rejectLineBreaks(value, valueMessage);
            } else if (edit.getValue() instanceof Map<?, ?> subs) {
                for (Map.Entry<?, ?> sub : subs.entrySet()) {
                    rejectLineBreaks((String) sub.getKey(),
                            "Invalid key: newline characters and carriage returns are not allowed.");
                    if (sub.getValue() != null) {
                        rejectLineBreaks((String) sub.getValue(), valueMessage);
                    }
                }
            }
        }
    }

    private static void rejectLineBreaks(String text, String message) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new GeneralException(message);
        }
    }
}
