package dev.ssocli.cache;

import dev.ssocli.fs.AtomicFile;
import dev.ssocli.fs.FileAccessException;
import dev.ssocli.python.PythonJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * A directory of JSON entries named {@code <key>.json}, written as botocore's {@code JSONFileCache} writes them (one
 * line of {@code json.dumps}, no final newline, {@code 0600} when new, an existing file keeps its mode), but
 * atomically and under a lock, so a reader never sees half a file and concurrent writers serialise.
 */
public final class JsonFileCache {
    private final Path dir;

    public JsonFileCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The file of {@code key}. */
    public Path path(String key) {
        return dir.resolve(key + ".json");
    }

    /** What is stored under {@code key}: nothing, something unparseable, or a JSON object. */
    public Entry read(String key) {
        return read(path(key));
    }

    /** What {@code file} holds; botocore tests presence with "is a regular file" (docs/file-formats.md#token-cache). */
    public static Entry read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Entry.MISSING;
        }
        try {
            return CacheJson.parseObject(Files.readAllBytes(file)).map(Entry::of).orElse(Entry.UNPARSEABLE);
        } catch (NoSuchFileException e) {
            return Entry.MISSING;
        } catch (IOException e) {
            return Entry.UNPARSEABLE;
        }
    }

    /** Replaces the entry of {@code key} with {@code record}; a failure is a {@link FileAccessException}. */
    public void write(String key, Map<String, Object> record) {
        AtomicFile.write(path(key), PythonJson.DEFAULT.dumps(record).getBytes(StandardCharsets.UTF_8),
                AtomicFile.PRIVATE_FILE);
    }

    /** Runs {@code action} holding the lock of {@code key}'s file, so read-modify-write cycles do not interleave. */
    public <T> T locked(String key, Callable<T> action) {
        return AtomicFile.withLock(path(key), action);
    }

    /** Runs {@code action} holding the lock of {@code key}'s file unless another run holds it (then empty). */
    public <T> Optional<T> tryLocked(String key, Callable<T> action) {
        return AtomicFile.tryWithLock(path(key), action);
    }

    /** Deletes {@code file} if it exists. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new FileAccessException(file, e);
        }
    }

    /** The {@code *.json} files of the directory, in name order; none when it does not exist. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return new ArrayList<>(entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new FileAccessException(dir, e);
        }
    }

    /** One cache entry as read. */
    public record Entry(State state, Map<String, Object> record) {
        static final Entry MISSING = new Entry(State.MISSING, null);
        static final Entry UNPARSEABLE = new Entry(State.UNPARSEABLE, null);

        static Entry of(Map<String, Object> record) {
            return new Entry(State.PARSED, record);
        }

        public Optional<Map<String, Object>> parsed() {
            return Optional.ofNullable(record);
        }
    }

    /** Whether an entry exists and parses. */
    public enum State { MISSING, UNPARSEABLE, PARSED }
}
