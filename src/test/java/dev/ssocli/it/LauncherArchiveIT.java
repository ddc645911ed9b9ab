package dev.ssocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssocli.testing.ExternalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws} and {@code bin/aws-startup-archive} in a copy of the checkout's layout (its {@code bin/} scripts and
 * the built jar): the class-data archive is made in the background on first use, even from a working directory that
 * is deleted meanwhile; it is used while it is at least as new as the jar and made again after the jar changes; a
 * maker cut short by a signal is not recorded as failed (that would stop {@code bin/aws} from trying again).
 */
@Timeout(400)
class LauncherArchiveIT {
    private static final String FROM_ARCHIVE = "dev.ssocli.Main source: shared objects file";

    @TempDir
    Path tmp;
    private Path root;
    private Path jar;
    private Path archive;

    @BeforeEach
    void copyTheLayout() throws IOException, InterruptedException {
        root = tmp.resolve("checkout");
        Path project = Path.of(System.getProperty("project.basedir"));
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("target"));
        for (String script : List.of("aws", "aws-startup-archive")) {
            Files.copy(project.resolve("bin").resolve(script), root.resolve("bin").resolve(script));
            Files.setPosixFilePermissions(root.resolve("bin").resolve(script),
                    PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        jar = Files.copy(Path.of(System.getProperty("cli.jar")), root.resolve("target/aws-sso-java.jar"));
        Map<String, String> env = env();
        env.put("AWS_SSO_JAVA_CDS", "print");
        ExternalCommand.Result print = ExternalCommand.run(List.of(root.resolve("bin/aws").toString()), env, tmp);
        assertThat(print.exitCode()).as(print.err()).isZero();
        archive = Path.of(print.out().replaceFirst("(?s).*cds_archive=(\\S+).*", "$1"));
        assertThat(archive.getParent()).isEqualTo(root.resolve("target/startup-archive"));
        assertThat(archive.getFileName().toString()).matches(".+-\\S+\\.(jsa|aot)");
    }

    @Test
    void madeOnFirstUseUsedAndMadeAgainAfterTheJarChanges() throws Exception {
        Path gone = Files.createDirectories(tmp.resolve("gone"));
        ExternalCommand.Result first = version(gone);
        try (Stream<Path> files = Files.walk(gone)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertThat(gone).doesNotExist();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("aws-sso-java/").doesNotContain(FROM_ARCHIVE);
        awaitArchiveNewerThanJar();
        assertThat(version(tmp).out()).contains(FROM_ARCHIVE);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(2)));
        ExternalCommand.Result afterBuild = version(tmp);
        assertThat(afterBuild.exitCode()).as(afterBuild.err()).isZero();
        assertThat(afterBuild.out()).contains("aws-sso-java/").doesNotContain(FROM_ARCHIVE);
        awaitArchiveNewerThanJar();
        assertThat(version(tmp).out()).contains(FROM_ARCHIVE);
    }

    @Test
    void aMakerCutShortBySignalIsNotRecordedAsFailed() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/aws-startup-archive").toString())
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("maker.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env());
        Path makerTmp = Files.createDirectories(tmp.resolve("maker-tmp"));
        builder.environment().put("TMPDIR", makerTmp.toString());
        Process maker = builder.start();
        Path lock = Path.of(archive + ".lock");
        Instant deadline = Instant.now().plusSeconds(60);
        // Cut it short in the middle of training: once the training JVM has run its first command line (it reports
        // each one in the maker's training.log).
        while (!(Files.isDirectory(lock) && trainingHasRunACommand(makerTmp))) {
            assertThat(Instant.now()).as("the maker's training JVM ran a command").isBefore(deadline);
            Thread.sleep(20);
        }
        try (Stream<ProcessHandle> tree = Stream.concat(maker.descendants(), Stream.of(maker.toHandle()))) {
            tree.forEach(ProcessHandle::destroy);   // SIGTERM, children first, as a process-tree kill does
        }
        assertThat(maker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Path.of(archive + ".failed")).doesNotExist();
        assertThat(lock).doesNotExist();
        assertThat(archive).doesNotExist();
    }

    private static boolean trainingHasRunACommand(Path makerTmp) throws IOException {
        try (Stream<Path> files = Files.walk(makerTmp)) {
            return files.filter(f -> f.getFileName().toString().equals("training.log")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("\t");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /** {@code bin/aws --version} run from {@code dir}, listing where each class came from. */
    private ExternalCommand.Result version(Path dir) throws IOException, InterruptedException {
        Map<String, String> env = env();
        env.put("AWS_SSO_JAVA_OPTS", "-Xlog:class+load");
        return ExternalCommand.run(List.of(root.resolve("bin/aws").toString(), "--version"), env, dir);
    }

    private void awaitArchiveNewerThanJar() throws IOException, InterruptedException {
        Path failed = Path.of(archive + ".failed");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!(Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(
                Files.getLastModifiedTime(jar)) > 0 && !Files.exists(Path.of(archive + ".lock")))) {
            assertThat(failed).as("the maker failed").doesNotExist();
            assertThat(Instant.now()).as("the archive was made in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** The launcher with its archive on (the build turns it off for other tests). */
    private Map<String, String> env() {
        Map<String, String> env = ExternalCommand.cleanEnvironment(tmp.resolve("home"));
        env.remove("AWS_SSO_JAVA_CDS");
        env.remove("AWS_SSO_JAVA_OPTS");
        return env;
    }
}
