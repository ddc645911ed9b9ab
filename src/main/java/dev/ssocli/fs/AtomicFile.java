package dev.ssocli.fs;

import dev.ssocli.errors.GeneralException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Crash-safe file replacement and inter-process locking for everything written under {@code ~/.aws}: a reader (this
 * CLI, the AWS CLI, boto3, the Java SDK) sees either the old or the new content, never a torn file, and two
 * concurrent runs never lose each other's update.
 */
public final class AtomicFile {
    /** Mode of directories we create ({@code ~/.aws}, its caches): they hold secrets. */
    public static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    /** Mode of new files that hold secrets or settings ({@code 0600}, as the AWS CLI creates them). */
    public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private static final int MAX_SYMLINK_HOPS = 40;
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Object NO_IDENTITY = new Object();
    private static final long PID = ProcessHandle.current().pid();
    /** Our temp files: {@code .<target>.<pid>-<random>.tmp}, older ones {@code .<target>.<random>.tmp}. */
    private static final Pattern TEMP_NAME =
            Pattern.compile("\\.(.+)\\.(?:(\\d+)-[0-9a-z]{1,13}|[0-9a-z]{10,13})\\.tmp");
    /** Age after which a temp file without a pid in its name counts as left behind. */
    private static final long UNNAMED_TEMP_MAX_AGE_MILLIS = 10 * 60 * 1000;

    private AtomicFile() {
    }

    /**
     * Replaces {@code target}'s content: a temp file in the same directory is written and fsynced, then moved over
     * the target atomically. A symlinked target has its final destination replaced and the link kept; an existing
     * file keeps its mode (and owner, where permitted); a new file gets {@code modeIfNew}; missing parent
     * directories are created as {@code 0700}. On failure the original is untouched and a
     * {@link FileAccessException} says why. The one exception: an existing writable file in a directory we cannot
     * write is rewritten in place, as the AWS CLI does.
     */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> modeIfNew) {
        Path real = resolveLinks(target);
        Path dir = parentOf(real);
        try {
            createPrivateDirectories(dir);
        } catch (IOException e) {
            throw new FileAccessException(dir, e);
        }
        removeLeftoverTemps(dir);
        if (Files.isDirectory(real)) {
            // Python's open() fails on the target: say so about the target, and never rename over an empty folder
            throw FileAccessException.about(real, new java.nio.file.FileSystemException(real.toString(), null,
                    "Is a directory"));
        }
        PosixFileAttributes existing = attributes(real);
        Set<PosixFilePermission> mode = existing != null ? existing.permissions() : modeIfNew;
        Path temp;
        try {
            temp = createTemp(dir, "." + real.getFileName() + ".");
        } catch (AccessDeniedException e) {
            if (existing != null && existing.isRegularFile() && Files.isWritable(real)) {
                // A writable file in a folder we may not write (a config symlinked into a shared folder): the AWS
                // CLI rewrites it in place, and so do we, since no temp file can go next to it.
                writeInPlace(real, content);
                return;
            }
            throw FileAccessException.about(dir, e);
        } catch (IOException e) {
            throw FileAccessException.about(dir, e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (existing != null) {
                keepOwner(temp, existing);
            }
            Files.setPosixFilePermissions(temp, mode);
            try {
                move(temp, real);
            } catch (IOException e) {
                // the rename's failure is the target's: the temp file is ours and is about to go
                throw FileAccessException.about(real, e);
            }
            moved = true;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new FileAccessException(real, e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void writeInPlace(Path real, byte[] content) {
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new FileAccessException(real, e);
        }
    }

    /**
     * Runs {@code action} while holding the lock of {@code target}: a thread lock within this JVM plus an exclusive
     * {@link FileChannel#lock()} on the hidden sibling {@code .NAME.lock} (of the symlink-resolved target), so other
     * processes running this CLI wait. The lock file is deleted before the lock is released, so no command leaves
     * one behind; a lock file that cannot be created or opened (say one root left behind) costs a warning, once, and
     * the action runs without it, as the AWS CLI, which takes no lock, would. Re-entrant for the calling thread.
     * Checked exceptions of the action are wrapped in a {@link GeneralException}.
     */
    public static <T> T withLock(Path target, Callable<T> action) {
        return locked(target, action, true).value();
    }

    /**
     * Like {@link #withLock} but without waiting: empty when another thread or process holds the lock, so a caller
     * that has something usable already need not queue behind a slow holder.
     */
    public static <T> Optional<T> tryWithLock(Path target, Callable<T> action) {
        Outcome<T> outcome = locked(target, action, false);
        return outcome.ran() ? Optional.ofNullable(outcome.value()) : Optional.empty();
    }

    /** Whether the action ran (it does not when the lock was busy and we were not to wait), and what it returned. */
    private record Outcome<T>(boolean ran, T value) {
        static <T> Outcome<T> of(T value) {
            return new Outcome<>(true, value);
        }

        static <T> Outcome<T> busy() {
            return new Outcome<>(false, null);
        }
    }

    private static <T> Outcome<T> locked(Path target, Callable<T> action, boolean wait) {
        Path real = resolveLinks(target);
        Path lockFile = parentOf(real).resolve("." + real.getFileName() + ".lock");
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                key -> new ReentrantLock());
        if (wait) {
            threadLock.lock();
        } else if (!threadLock.tryLock()) {
            return Outcome.busy();
        }
        try {
            if (threadLock.getHoldCount() > 1) {
                return Outcome.of(call(action));
            }
            FileChannel channel;
            while (true) {
                Object opened;
                try {
                    createPrivateDirectories(lockFile.getParent());
                    Object before = fileKey(lockFile);
                    channel = openLockFile(lockFile);
                    opened = fileKey(lockFile);
                    if (opened == null && Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                        // a file system without file identities: lock what we opened and trust it
                        opened = NO_IDENTITY;
                    }
                    if (opened == null || (before != null && !before.equals(opened))) {
                        // replaced between the look and the open: start again with what is there now
                        closeQuietly(channel);
                        continue;
                    }
                } catch (IOException e) {
                    warnOnce(lockFile, e);
                    return Outcome.of(call(action));
                }
                FileLock lock;
                try {
                    lock = wait ? channel.lock() : channel.tryLock();
                } catch (IOException e) {
                    closeQuietly(channel);
                    warnOnce(lockFile, e);
                    return Outcome.of(call(action));
                }
                if (lock == null) {
                    closeQuietly(channel);
                    return Outcome.busy();
                }
                Object now;
                try {
                    now = fileKey(lockFile);
                } catch (IOException e) {
                    now = null;
                }
                if (opened == NO_IDENTITY || opened.equals(now)) {
                    break;
                }
                // The holder we waited for deleted the file on its way out; lock the one that is there now.
                closeQuietly(channel);
            }
            try {
                return Outcome.of(call(action));
            } finally {
                deleteQuietly(lockFile);
                closeQuietly(channel);
            }
        } finally {
            threadLock.unlock();
        }
    }

    /** The identity (device and inode) of the file at {@code path}, or null when there is none. */
    private static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Warns, once per command, that {@code lockFile} could not be used. Not on a read-only file system: there the
     * write fails anyway and its error says all.
     */
    private static void warnOnce(Path lockFile, IOException failure) {
        String reason = FileAccessException.describe(lockFile, failure, true);
        if (!reason.startsWith("[Errno 30]")) {
            FileWarnings.once("Warning: cannot lock " + reason + "; going on without the lock.\n");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing releases the lock; nothing else to undo
        }
    }

    /**
     * The temp files in {@code dir} that a crashed writer left behind: ours by name, written by a process that no
     * longer runs (or, without a pid in the name, older than ten minutes and named after a file that is there).
     * They may hold tokens or credentials.
     */
    public static List<Path> leftoverTemps(Path dir) {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path entry : entries) {
                Matcher name = TEMP_NAME.matcher(entry.getFileName().toString());
                if (name.matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && isLeftover(entry, name.group(1), name.group(2))) {
                    leftovers.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            // an unreadable directory has nothing we could remove
        }
        leftovers.sort(null);
        return leftovers;
    }

    /** Deletes the {@link #leftoverTemps} of {@code dir}; what cannot be deleted stays for the next run. */
    public static void removeLeftoverTemps(Path dir) {
        for (Path leftover : leftoverTemps(dir)) {
            deleteQuietly(leftover);
        }
    }

    private static boolean isLeftover(Path temp, String target, String pid) {
        if (pid != null) {
            try {
                long writer = Long.parseLong(pid);
                return writer != PID && ProcessHandle.of(writer).map(p -> !p.isAlive()).orElse(true);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (!Files.exists(temp.resolveSibling(target), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS)
                    .toMillis();
            return age > UNNAMED_TEMP_MAX_AGE_MILLIS;
        } catch (IOException e) {
            return false;
        }
    }

    /** Follows a chain of symlinks to the path that is really written (which may not exist yet). */
    public static Path resolveLinks(Path path) {
        Path current = path.toAbsolutePath();
        for (int hop = 0; hop < MAX_SYMLINK_HOPS && Files.isSymbolicLink(current); hop++) {
            try {
                Path link = Files.readSymbolicLink(current);
                current = parentOf(current).resolve(link).normalize();
            } catch (IOException e) {
                throw new FileAccessException(current, e);
            }
        }
        if (Files.isSymbolicLink(current)) {
            // a loop (or a chain longer than the kernel follows): ELOOP, as Python reports it, about the path given
            throw FileAccessException.about(path.toAbsolutePath(), new java.nio.file.FileSystemException(
                    path.toString(), null, "Too many levels of symbolic links"));
        }
        return current;
    }

    private static <T> T call(Callable<T> action) {
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new FileAccessException(null, e);
        } catch (Exception e) {
            throw new GeneralException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static FileChannel openLockFile(Path lockFile) throws IOException {
        try {
            return FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    posix(PRIVATE_FILE));
        } catch (FileAlreadyExistsException e) {
            return FileChannel.open(lockFile, StandardOpenOption.WRITE);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            Files.createDirectory(dir, posix(PRIVATE_DIR));
            // createDirectory's mode is filtered by the umask; 0700 is what we promise.
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    private static PosixFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new FileAccessException(file, e);
        }
    }

    private static void keepOwner(Path temp, PosixFileAttributes existing) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributes now = view.readAttributes();
            if (!now.owner().equals(existing.owner())) {
                view.setOwner(existing.owner());
            }
            if (!now.group().equals(existing.group())) {
                view.setGroup(existing.group());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only root can give a file away; anyone else keeps the file as their own, as an in-place write would.
        }
    }

    private static void move(Path temp, Path real) throws IOException {
        try {
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open or sync a directory; the rename itself has already happened.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more to do: the temp file is hidden and the original is untouched.
        }
    }

    private static Path parentOf(Path path) {
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        return parent == null ? absolute.getRoot() : parent;
    }

    /**
     * A new empty {@code 0600} file named {@code PREFIX<pid>-<random>.tmp} in {@code dir}, created exclusively (never
     * through an existing file or link). The writer's process id in the name lets any later run tell a crashed
     * writer's leftover (which may hold a token or credentials) from a write in progress. Not
     * {@code Files.createTempFile}: it seeds a {@code SecureRandom}, which loads the JCA configuration and providers,
     * for every write.
     */
    private static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = dir.resolve(prefix + PID + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate, posix(PRIVATE_FILE));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> posix(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(EnumSet.copyOf(mode));
    }
}
