package dev.ssocli.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void newFilesGetTheRequestedModeAndPrivateParents() throws IOException {
        Path target = dir.resolve("home/.aws/sso/cache/token.json");
        AtomicFile.write(target, bytes("{}"), AtomicFile.PRIVATE_FILE);
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("home/.aws"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("home/.aws/sso/cache"))).isEqualTo("rwx------");
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path target = dir.resolve("config");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(target, bytes("new"), AtomicFile.PRIVATE_FILE);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(mode(target)).isEqualTo("rw-r-----");
    }

    @Test
    void symlinkChainsAreFollowedAndKept() throws IOException {
        Path real = dir.resolve("dotfiles/aws/config");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "old");
        Files.createDirectories(dir.resolve(".aws"));
        Path middle = dir.resolve("middle");
        Files.createSymbolicLink(middle, Path.of("dotfiles/aws/config"));
        Path link = dir.resolve(".aws/config");
        Files.createSymbolicLink(link, Path.of("../middle"));

        AtomicFile.write(link, bytes("new"), AtomicFile.PRIVATE_FILE);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(AtomicFile.resolveLinks(link)).isEqualTo(real);
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget() throws IOException {
        Path link = dir.resolve("config");
        Files.createSymbolicLink(link, dir.resolve("elsewhere/config"));
        AtomicFile.write(link, bytes("x"), AtomicFile.PRIVATE_FILE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("elsewhere/config"))).isEqualTo("x");
    }

    @Test
    void aFailedWriteLeavesNoTempFileAndTheOriginal() throws IOException {
        Path target = dir.resolve("config");
        Files.createDirectory(target);
        assertThatThrownBy(() -> AtomicFile.write(target, bytes("x"), AtomicFile.PRIVATE_FILE))
                .isInstanceOf(FileAccessException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("config");
        }
        assertThat(target).isDirectory();
    }

    @Test
    void lockIsReentrantAndReturnsTheActionsValue() {
        Path target = dir.resolve("config");
        String value = AtomicFile.withLock(target, () -> AtomicFile.withLock(target, () -> {
            AtomicFile.write(target, bytes("inner"), AtomicFile.PRIVATE_FILE);
            return "done";
        }));
        assertThat(value).isEqualTo("done");
        // the lock file goes with the lock: no command leaves one behind (issue 14, case 3)
        assertThat(dir.resolve(".config.lock")).doesNotExist();
    }

    @Test
    void threadsTakingTheLockRunOneAtATime() throws InterruptedException {
        Path target = dir.resolve("counter");
        AtomicFile.write(target, bytes("0"), AtomicFile.PRIVATE_FILE);
        List<Thread> threads = Stream.generate(() -> new Thread(() -> AtomicFile.withLock(target, () -> {
            int n = Integer.parseInt(Files.readString(target));
            AtomicFile.write(target, bytes(Integer.toString(n + 1)), AtomicFile.PRIVATE_FILE);
            return null;
        }))).limit(8).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(new String(readAll(target), StandardCharsets.UTF_8)).isEqualTo("8");
    }

    @Test
    void checkedExceptionsOfTheActionAreWrapped() {
        assertThatThrownBy(() -> AtomicFile.withLock(dir.resolve("x"), () -> {
            throw new IOException("boom");
        })).isInstanceOf(FileAccessException.class).hasMessageContaining("boom");
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
