package dev.ssocli.runtime;

import java.time.Duration;

/** Waits; tests pass one that advances their clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
