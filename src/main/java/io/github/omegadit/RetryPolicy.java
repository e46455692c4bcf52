/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.error.DitException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a call that failed in transit. Only calls whose failure is
 * {@linkplain DitException#retrySafe() retry-safe} are retried: VerifierRecevabiliteDIT and DemanderPrecSuiv on any
 * transport failure, every call when the request provably never left (connection refused, unknown host, TLS
 * handshake). CreerDemandeDIT and the other state-changing calls are never sent twice. Backoff is exponential with
 * full jitter, and never extends a call past its deadline.
 *
 * @param maxAttempts    total attempts including the first, at least 1 (1 disables retries)
 * @param initialBackoff upper bound of the first jittered pause
 * @param maxBackoff     upper bound of any pause
 * @param sleeper        how to pause; tests pass {@link Sleeper#NONE} to run without sleeping
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Pauses the calling thread. */
    @FunctionalInterface
    public interface Sleeper {
        /** Does not pause at all: for tests. */
        Sleeper NONE = d -> { };

        /**
         * Pauses for {@code duration}.
         *
         * @param duration how long
         * @throws InterruptedException when the thread is interrupted while pausing
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * 3 attempts, 200 ms then up to 2 s jittered pauses, real sleeping.
     *
     * @return the policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
    }

    /**
     * A single attempt.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.NONE);
    }

    /**
     * Validates the values.
     *
     * @param maxAttempts attempts in all, at least 1 (1: no retry)
     * @param initialBackoff the pause after the first failed attempt, before jitter
     * @param maxBackoff the longest pause, before jitter
     * @param sleeper how to pause ({@link Sleeper#NONE} in tests)
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy.maxAttempts must be at least 1, got " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "RetryPolicy.initialBackoff");
        Objects.requireNonNull(maxBackoff, "RetryPolicy.maxBackoff");
        Objects.requireNonNull(sleeper, "RetryPolicy.sleeper");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("RetryPolicy backoffs must not be negative");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("RetryPolicy.maxBackoff (" + maxBackoff
                    + ") must not be below initialBackoff (" + initialBackoff + ")");
        }
    }

    /**
     * A copy with another sleeper (e.g. {@link Sleeper#NONE} in tests).
     *
     * @param other the sleeper to use
     * @return the policy
     */
    public RetryPolicy withSleeper(Sleeper other) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, other);
    }

    /**
     * A copy with another number of attempts.
     *
     * @param attempts attempts in all, at least 1
     * @return the policy
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, sleeper);
    }

    /**
     * The pause after failed attempt {@code attempt} (counting from 1): full jitter, {@code random} in [0, 1) times
     * {@code min(maxBackoff, initialBackoff * 2^(attempt-1))}.
     *
     * @param attempt the failed attempt, counting from 1
     * @param random a random number in [0, 1)
     * @return the pause
     */
    public Duration backoff(int attempt, double random) {
        long cap = initialBackoff.toNanos() << Math.min(attempt - 1, 20);
        if (cap <= 0 || cap > maxBackoff.toNanos()) {
            cap = maxBackoff.toNanos();
        }
        return Duration.ofNanos((long) (cap * random));
    }
}
