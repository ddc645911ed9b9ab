package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssocli.testing.CliJar;
import dev.ssocli.testing.ExternalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, a read-only file system, a read-only {@code ~/.aws}, an unreadable file and a directory in place of
 * the file: a one-line error, exit 255, and the original file untouched. The disk cases mount a small tmpfs and the
 * permission cases run as {@code nobody}; both need root and are skipped otherwise.
 */
class FileFailuresIT {
    private static final String ORIGINAL = "# keep me\n[default]\nregion = us-east-1\n";

    @TempDir
    Path temp;

    private Path mounted;

    @AfterEach
    void unmount() throws IOException {
        if (mounted != null) {
            ExternalCommand.runIsolated(List.of("umount", mounted.toString()), Map.of(), "");
        }
    }

    @Test
    void aFullDiskLeavesTheOriginalUntouched() throws IOException {
        Path home = smallTmpfs();
        Path config = writeConfig(home);
        Files.write(home.resolve("filler"), new byte[8 * 1024]);
        String big = "v".repeat(9000);

        ExternalCommand.Result outcome = ours(home, "configure", "set", "output", big);

        assertThat(outcome).isEqualTo(new ExternalCommand.Result(255, "",
                "\naws: [ERROR]: [Errno 28] No space left on device: '" + config + "'\n"));
        assertThat(Files.readString(config)).isEqualTo(ORIGINAL);
        assertThat(entries(config.getParent())).containsExactlyInAnyOrder("config");
    }

    @Test
    void aReadOnlyFileSystemLeavesTheOriginalUntouched() throws IOException {
        Path home = smallTmpfs();
        Path config = writeConfig(home);
        Files.writeString(config.getParent().resolve(".config.lock"), "");
        assertThat(ExternalCommand.runIsolated(List.of("mount", "-o", "remount,ro", mounted.toString()), Map.of(), "")
                .exitCode()).isZero();

        ExternalCommand.Result outcome = ours(home, "configure", "set", "output", "json");

        assertThat(outcome.exitCode()).isEqualTo(255);
        assertThat(outcome.err()).isEqualTo("\naws: [ERROR]: [Errno 30] Read-only file system: '" + config.getParent() + "'\n");
        assertThat(Files.readString(config)).isEqualTo(ORIGINAL);
        assertThat(ours(home, "configure", "get", "region").out()).isEqualTo("us-east-1\n");
    }

    @Test
    void aReadOnlyAwsDirectoryGivesAClearErrorWhenTheFileIsNotOursEither() throws IOException {
        Path home = nobodysHome();
        Path config = writeConfig(home);
        chown(home, config.getParent());
        Files.setPosixFilePermissions(config.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));

        ExternalCommand.Result outcome = asNobody(home, "configure", "set", "output", "json");

        assertThat(outcome.exitCode()).isEqualTo(255);
        assertThat(outcome.err()).endsWith("\naws: [ERROR]: [Errno 13] Permission denied: '" + config.getParent()
                + "'\n");
        assertThat(Files.readString(config)).isEqualTo(ORIGINAL);
    }

    @Test
    void aWritableConfigInAFolderWeCannotWriteIsRewrittenInPlaceAsTheCliDoes() throws IOException {
        // issue 14, case 9: ~/.aws/config -> a shared folder's file that is ours, in a folder that is not
        Path home = nobodysHome();
        Path shared = temp.resolve("shared");
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path real = shared.resolve("config");
        Files.writeString(real, ORIGINAL);
        Files.createDirectories(home.resolve(".aws"));
        Files.createSymbolicLink(home.resolve(".aws/config"), real);
        chown(home, home.resolve(".aws"), real);

        ExternalCommand.Result outcome = asNobody(home, "configure", "set", "output", "json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(Files.readString(real)).isEqualTo(ORIGINAL + "output = json\n");
        assertThat(Files.isSymbolicLink(home.resolve(".aws/config"))).isTrue();
        assertThat(entries(shared)).containsExactly("config");
    }

    @Test
    void aLockFileAnotherUserLeftCostsAWarningNotTheCommand() throws IOException {
        // issue 14, case 3: "sudo aws ..." with the user's HOME left ~/.aws/.config.lock owned by root
        Path home = nobodysHome();
        Path config = writeConfig(home);
        Path lock = config.getParent().resolve(".config.lock");
        Files.writeString(lock, "");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-------"));
        chown(home, config, config.getParent());

        ExternalCommand.Result outcome = asNobody(home, "configure", "set", "output", "json");

        assertThat(outcome).isEqualTo(new ExternalCommand.Result(0, "", "Warning: cannot lock [Errno 13] "
                + "Permission denied: '" + lock + "'; going on without the lock.\n"));
        assertThat(Files.readString(config)).contains("output = json");
    }

    @Test
    void anUnreadableFileReadsAsEmptyAndCannotBeSet() throws IOException {
        Path home = nobodysHome();
        Path config = writeConfig(home);
        chown(home, config.getParent());
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));

        assertThat(asNobody(home, "configure", "list-profiles")).isEqualTo(new ExternalCommand.Result(0, "", ""));
        assertThat(asNobody(home, "configure", "set", "output", "json"))
                .isEqualTo(new ExternalCommand.Result(255, "", "\naws: [ERROR]: [Errno 13] Permission denied: '" + config + "'\n"));
        assertThat(Files.readString(config)).isEqualTo(ORIGINAL);
    }

    @Test
    void aDirectoryInPlaceOfTheFile() throws IOException {
        Path config = temp.resolve(".aws/config");
        Files.createDirectories(config);
        assertThat(ours(temp, "configure", "list-profiles")).isEqualTo(new ExternalCommand.Result(0, "", ""));
        assertThat(ours(temp, "configure", "set", "region", "x"))
                .isEqualTo(new ExternalCommand.Result(255, "", "\naws: [ERROR]: [Errno 21] Is a directory: '" + config + "'\n"));
        assertThat(config).isDirectory();
    }

    private Path smallTmpfs() throws IOException {
        Path mountPoint = temp.resolve("tiny");
        Files.createDirectories(mountPoint);
        ExternalCommand.Result mount = ExternalCommand.runIsolated(List.of("mount", "-t", "tmpfs", "-o", "size=16k",
                "tmpfs", mountPoint.toString()), Map.of(), "");
        assumeTrue(mount.exitCode() == 0, "cannot mount a tmpfs here: " + mount.err());
        mounted = mountPoint;
        return mountPoint;
    }

    private Path nobodysHome() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run as nobody");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = temp.resolve("nobody");
        Files.createDirectories(home);
        return home;
    }

    private static void chown(Path... paths) throws IOException {
        UserPrincipalLookupService lookup = paths[0].getFileSystem().getUserPrincipalLookupService();
        for (Path path : paths) {
            Files.setOwner(path, lookup.lookupPrincipalByName("nobody"));
        }
    }

    private static Path writeConfig(Path home) throws IOException {
        Path config = home.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, ORIGINAL);
        return config;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static ExternalCommand.Result ours(Path home, String... args) throws IOException {
        return ExternalCommand.runIsolated(CliJar.command(args), Map.of("HOME", home.toString()), "");
    }

    private static ExternalCommand.Result asNobody(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        command.addAll(CliJar.command(args));
        return ExternalCommand.runIsolated(command, Map.of("HOME", home.toString()), "");
    }
}
