/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The simulator's server over its life: not started, running, closed for good. Thread-safe; {@code close()} waits
 * for the server to stop outside the lock.
 */
public final class ServerHolder {

    private final Object lock = new Object();
    private SimulatorServer server;
    private boolean closed;

    /**
     * Starts the server unless it runs.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void start(Supplier<SimulatorServer> start) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this simulator was closed; build a new one");
            }
            if (server == null) {
                server = start.get();
            }
        }
    }

    /** True between start and close. */
    public boolean isRunning() {
        synchronized (lock) {
            return server != null && !closed;
        }
    }

    /**
     * The running server.
     *
     * @throws IllegalStateException when not started or closed
     */
    public SimulatorServer running() {
        synchronized (lock) {
            if (server == null || closed) {
                throw new IllegalStateException(closed ? "the simulator is closed" : "the simulator is not started: "
                        + "call start() first");
            }
            return server;
        }
    }

    /** The endpoint when running, else {@code null}. */
    public URI urlOrNull() {
        synchronized (lock) {
            return server != null && !closed ? server.url() : null;
        }
    }

    /** Closes for good; idempotent. */
    public void close() {
        SimulatorServer s;
        synchronized (lock) {
            closed = true;
            s = server;
        }
        if (s != null) {
            s.close();
        }
    }
}
