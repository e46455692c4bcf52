/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.CallEvent;
import io.github.omegadit.protocol.Operation;
import io.micrometer.observation.Observation;
import java.util.Objects;

/** The Micrometer observation context of one call to OMEGA: its operation, then how it ended. */
public final class OmegaCallContext extends Observation.Context {

    private final Operation operation;
    private volatile CallEvent event;

    /**
     * A call about to start.
     *
     * @param operation the WSDL operation
     */
    public OmegaCallContext(Operation operation) {
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /** The operation called. */
    public Operation operation() {
        return operation;
    }

    /** How the call ended; {@code null} while it runs. */
    public CallEvent event() {
        return event;
    }

    void event(CallEvent value) {
        this.event = value;
    }
}
