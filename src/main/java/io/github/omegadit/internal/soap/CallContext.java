/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call in flight: its deadline, what was seen of the HTTP answer, and the answer stream the watchdog closes when
 * the deadline passes. Interrupting the caller is not enough on its own: CXF and Woodstox may absorb an interrupt
 * while a body is read, so the stream is also closed and every read checks the deadline.
 */
final class CallContext {

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int FIRING = 2;
    private static final int FIRED = 3;

    private final Thread caller;
    private final long deadlineNanos;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private volatile Closeable answerStream;
    volatile int httpStatus;
    volatile String contentType;

    CallContext(Thread caller, long deadlineNanos) {
        this.caller = caller;
        this.deadlineNanos = deadlineNanos;
    }

    /** Watchdog side: the deadline passed while the call runs. */
    void expire() {
        if (state.compareAndSet(RUNNING, FIRING)) {
            caller.interrupt();
            Closeable stream = answerStream;
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException | RuntimeException ignored) {
                    // the read that was blocked on it fails, which is the point
                }
            }
            state.set(FIRED);
        }
    }

    /** Caller side: marks the call over; false when the deadline had already fired. */
    boolean complete() {
        return state.compareAndSet(RUNNING, DONE) || state.get() == DONE;
    }

    boolean deadlinePassed() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** The answer's body stream, closed by {@link #expire()}. */
    void answerStream(Closeable stream) {
        this.answerStream = stream;
        if (state.get() != RUNNING) {
            expire();
        }
    }

    /** Clears the interrupt this call's watchdog caused, leaving any other interrupt alone. */
    void clearOwnInterrupt() {
        if (state.get() == DONE) {
            return;
        }
        while (state.get() != FIRED) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
    }
}
