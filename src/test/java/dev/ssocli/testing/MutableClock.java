package dev.ssocli.testing;

import dev.ssocli.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; its {@link #sleeper()} advances it instead of waiting and records each sleep. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock at a fixed, whole-second instant. */
    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    /** Starts at the current time, so clients that sign requests with the real time stay plausible. */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.now());
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Sleeps by advancing this clock; {@code onSleep} runs after each (e.g. to approve a pending login). */
    public Sleeper sleeper(Runnable onSleep) {
        return duration -> {
            sleeps.add(duration);
            advance(duration);
            onSleep.run();
        };
    }

    public Sleeper sleeper() {
        return sleeper(() -> { });
    }

    /** Every sleep requested so far. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
