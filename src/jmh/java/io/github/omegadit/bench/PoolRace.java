/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import java.util.concurrent.atomic.LongAdder;

/**
 * JDK-8338569, a race in the JDK HttpClient (present in 17.0.15): when a pooled HTTP/1.1 connection is taken for the
 * next request, the pool's idle-connection watcher can still be its read subscriber when the answer arrives; it takes
 * the answer for unexpected data, closes the connection ("connection closed locally"), and the request fails with
 * "HTTP/1.1 header parser received no bytes" although the server received and answered it. On loopback, with a
 * server that answers in microseconds, it hits a few requests in a million.
 *
 * <p>The contenders that talk to the JDK client directly (raw, plain CXF) retry such a request, which is safe against
 * the bench's canned server, and count it here; {@link ClientCostProfiler} reports the count as {@code race.hits}.
 * DitClient retries the idempotent VerifierRecevabiliteDIT itself and answers a creation hit by it with
 * {@code ResultatIncertain}, which is counted here too.
 */
final class PoolRace {

    private static final LongAdder HITS = new LongAdder();

    private PoolRace() {}

    /** True when {@code t} is that race's signature. */
    static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains("connection closed locally")) {
                return true;
            }
        }
        return false;
    }

    static void hit() {
        HITS.increment();
    }

    static long hits() {
        return HITS.sum();
    }
}
