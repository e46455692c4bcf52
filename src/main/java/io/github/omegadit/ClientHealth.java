/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.protocol.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a client has seen of OMEGA so far, from the calls it made: a health check reads it instead of calling OMEGA
 * ({@link DitClient#health()}). A snapshot: immutable, taken at {@link #at()}.
 *
 * @param at                           when the snapshot was taken
 * @param lastCalls                    the last call of each operation the client sent, by operation (unmodifiable;
 *                                     an operation never sent is absent)
 * @param consecutiveTransportFailures calls in a row, up to now, that ended in a transport failure
 *                                     ({@link CallEvent#transportFailure()}, after their retries); 0 once OMEGA
 *                                     answers
 * @param clientCertificateExpiry      when the client certificate expires (the earliest, if several), or
 *                                     {@code null} without one
 * @param closed                       true once the client is closed
 */
public record ClientHealth(Instant at, Map<Operation, LastCall> lastCalls, int consecutiveTransportFailures,
        Instant clientCertificateExpiry, boolean closed) {

    /** The time and the calls are required. */
    public ClientHealth {
        Objects.requireNonNull(at, "at");
        EnumMap<Operation, LastCall> copy = new EnumMap<>(Operation.class);
        copy.putAll(lastCalls);
        lastCalls = Collections.unmodifiableMap(copy);
    }

    /**
     * The last call of one operation.
     *
     * @param at        when it ended
     * @param outcome   {@link CallEvent#outcome()}: {@code P/DatePlageH}, {@code RECEIVE_TIMEOUT}...
     * @param answered  true when OMEGA answered (whatever the answer)
     * @param attempts  how many times the request was tried
     * @param duration  how long the call took
     */
    public record LastCall(Instant at, String outcome, boolean answered, int attempts, Duration duration) {

        /** All required. */
        public LastCall {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** The last call of {@code operation}, if it was ever sent. */
    public Optional<LastCall> lastCall(Operation operation) {
        return Optional.ofNullable(lastCalls.get(operation));
    }

    /** The last call of any operation, if any. */
    public Optional<LastCall> lastCall() {
        return lastCalls.values().stream().max((a, b) -> a.at().compareTo(b.at()));
    }

    /**
     * Whole days from {@link #at()} until the client certificate expires: negative once it has expired; empty without
     * a client certificate. OMEGA refuses an expired certificate, and renewal takes weeks.
     */
    public OptionalLong certificateDaysLeft() {
        if (clientCertificateExpiry == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.floorDiv(Duration.between(at, clientCertificateExpiry).getSeconds(), 86_400));
    }
}
