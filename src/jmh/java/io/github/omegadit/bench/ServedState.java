/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import java.net.URI;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A contender and the {@link LocalServer} it talks to, one of each per benchmark fork, shared by the benchmark's
 * threads. Checks the contender's first answer before measuring.
 */
@State(Scope.Benchmark)
public abstract class ServedState {

    protected LocalServer server;

    /** Builds the contender for the server's endpoint. */
    protected abstract void open(URI endpoint) throws Exception;

    /** One call of each kind the benchmarks make; throws when an answer is not the expected one. */
    protected abstract void check() throws Exception;

    /** Releases the contender. */
    protected abstract void closeContender() throws Exception;

    @Setup(Level.Trial)
    public final void startTrial() throws Exception {
        server = LocalServer.start();
        open(server.endpoint());
        // closed when the fork exits, not in a trial teardown: JMH runs that teardown inside the last measurement
        // iteration, before the profilers read the threads, and the threads it ends would take their CPU time and
        // allocations of that iteration with them
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-close"));
        check();
        if (server.unknownRequests() > 0) {
            throw new IllegalStateException("the server could not tell which operation a request called");
        }
    }

    @TearDown(Level.Trial)
    public final void endTrial() {
        if (server.unknownRequests() > 0) {
            throw new IllegalStateException(server.unknownRequests() + " requests matched no operation");
        }
    }

    private void close() {
        try {
            closeContender();
        } catch (Exception e) {
            System.err.println("closing the contender failed: " + e);
        } finally {
            server.close();
        }
    }
}
