/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The simulator's clock: the configured one, moved forward by what the tests asked ({@link #advance}), so a fixed
 * clock and the system clock can both be advanced. {@link #reset()} goes back to the configured clock.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    /** A clock that reads {@code base} until advanced. */
    public AdjustableClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * Moves the clock forward.
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public synchronized void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + by);
        }
        offset = offset.plus(by);
    }

    /** Back to the configured clock. */
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    /** How far the clock was moved since the last reset. */
    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** A clock of that zone at the current offset (later advances do not move it). */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
