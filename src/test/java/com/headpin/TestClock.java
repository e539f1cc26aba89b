package com.headpin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** The system clock, which a test can move forward instead of waiting (no sleeps in tests). */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    /** Set: the clock stands still there (plus what {@link #advance} adds) instead of running. */
    private volatile @Nullable Instant stoppedAt;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Stops the clock at an instant, e.g. just before midnight in the company's zone; {@link #reset} restarts it. */
    public void stopAt(Instant at) {
        offset = Duration.ZERO;
        stoppedAt = at;
    }

    public void reset() {
        offset = Duration.ZERO;
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Headpin keeps time in UTC");
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return (stopped == null ? Instant.now() : stopped).plus(offset);
    }
}
