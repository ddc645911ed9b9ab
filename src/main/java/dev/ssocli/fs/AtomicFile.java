package dev.ssocli.fs;

import dev.ssocli.errors.GeneralException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
import java.util.EnumSet;
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

    private AtomicFile() {
    }

    /**
     * Replaces {@code target}'s content: a temp file in the same directory is written and fsynced, then moved over
     * the target atomically. A symlinked target has its final destination replaced and the link kept; an existing
     * file keeps its mode (and owner, where permitted); a new file gets {@code modeIfNew}; missing parent
     * directories are created as {@code 0700}. On failure the original is untouched and a
     * {@link FileAccessException} says why.
     */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> modeIfNew) {
        Path real = resolveLinks(target);
        Path dir = parentOf(real);
        try {
            createPrivateDirectories(dir);
        } catch (IOException e) {
            throw new FileAccessException(dir, e);
        }
        PosixFileAttributes existing = attributes(real);
        Set<PosixFilePermission> mode = existing != null ? existing.permissions() : modeIfNew;
        Path temp;
        try {
            temp = createTemp(dir, "." + real.getFileName() + ".");
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
            move(temp, real);
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

    /**
     * Runs {@code action} while holding the lock of {@code target}: a thread lock within this JVM plus an exclusive
     * {@link FileChannel#lock()} on the hidden sibling {@code .NAME.lock} (of the symlink-resolved target), so other
     * processes running this CLI wait. Re-entrant for the calling thread. Checked exceptions of the action are wrapped
     * in a {@link GeneralException}; I/O failures taking the lock become {@link FileAccessException}.
     */
    public static <T> T withLock(Path target, Callable<T> action) {
        Path real = resolveLinks(target);
        Path lockFile = parentOf(real).resolve("." + real.getFileName() + ".lock");
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                key -> new ReentrantLock());
        threadLock.lock();
        try {
            if (threadLock.getHoldCount() > 1) {
                return call(action);
            }
            try {
                createPrivateDirectories(lockFile.getParent());
            } catch (IOException e) {
                throw new FileAccessException(lockFile.getParent(), e);
            }
            FileChannel channel;
            try {
                channel = openLockFile(lockFile);
            } catch (IOException e) {
                throw FileAccessException.about(lockFile.getParent(), e);
            }
            try (channel; FileLock lock = channel.lock()) {
                return call(action);
            } catch (IOException e) {
                throw new FileAccessException(lockFile, e);
            }
        } finally {
            threadLock.unlock();
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
     * A new empty {@code 0600} file named {@code PREFIX<random>.tmp} in {@code dir}, created exclusively (never
     * through an existing file or link). Not {@code Files.createTempFile}: it seeds a {@code SecureRandom}, which loads
     * the JCA configuration and providers, for every write.
     */
    private static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
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
