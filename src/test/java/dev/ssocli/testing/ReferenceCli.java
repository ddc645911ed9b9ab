package dev.ssocli.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AWS CLI release whose bytes we match (docs/cli-surface.md, README "Compatibility"): {@code AWS_REFERENCE_CLI}, else
 * the copy {@code .ci/reference-cli.sh} unpacks into {@code .cache/awscli-VERSION/} of this checkout.
 */
public final class ReferenceCli {
    public static final String VERSION = "2.36.12";

    private ReferenceCli() {
    }

    /** The reference {@code aws} executable (it may not exist: see {@link #available()}). */
    public static Path path() {
        String configured = System.getenv("AWS_REFERENCE_CLI");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        String basedir = System.getProperty("project.basedir", System.getProperty("user.dir"));
        return Path.of(basedir, ".cache", "awscli-" + VERSION, "dist", "aws");
    }

    public static boolean available() {
        return Files.isExecutable(path());
    }

    /** The message of a test skipped for want of the reference CLI. */
    public static String missing() {
        return path() + " is missing: run .ci/reference-cli.sh (or set AWS_REFERENCE_CLI)";
    }
}
