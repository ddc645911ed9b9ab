package dev.ssocli.fs;

import dev.ssocli.cli.ExitCodes;

/** A back-edge (fs using cli) that {@code ArchitectureTest} must reject; never used by the product. */
public final class ArchitectureBackEdgeFixture {
    private ArchitectureBackEdgeFixture() {
    }

    static int code() {
        return ExitCodes.of(new IllegalStateException());
    }
}
