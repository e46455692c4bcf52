/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.protocol.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The observer every client has: keeps what {@link DitClient#health()} reports. Lock-free, one write per call. */
final class HealthTracker implements CallObserver, CallObserver.Call {

    private static final Operation[] OPERATIONS = Operation.values();

    private final Clock clock;
    private final Instant certificateExpiry;
    private final AtomicReferenceArray<ClientHealth.LastCall> last = new AtomicReferenceArray<>(OPERATIONS.length);
    private final AtomicInteger consecutiveTransportFailures = new AtomicInteger();

    HealthTracker(Clock clock, Instant certificateExpiry) {
        this.clock = clock;
        this.certificateExpiry = certificateExpiry;
    }

    @Override
    public Call start(Operation operation) {
        return this;
    }

    @Override
    public void end(CallEvent event) {
        last.set(event.operation().ordinal(), new ClientHealth.LastCall(clock.instant(), event.outcome(),
                event.reponse() != null, event.attempts(), event.duration()));
        if (event.reponse() != null) {
            consecutiveTransportFailures.set(0);
        } else if (event.transportFailure()) {
            consecutiveTransportFailures.incrementAndGet();
        }
    }

    ClientHealth snapshot(boolean closed) {
        Map<Operation, ClientHealth.LastCall> calls = new EnumMap<>(Operation.class);
        for (Operation op : OPERATIONS) {
            ClientHealth.LastCall c = last.get(op.ordinal());
            if (c != null) {
                calls.put(op, c);
            }
        }
        return new ClientHealth(clock.instant(), calls, consecutiveTransportFailures.get(), certificateExpiry,
                closed);
    }
}
