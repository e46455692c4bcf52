/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.ForcedAnswer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The answers forced per PCE, with how many uses each has left; guarded by the engine's lock. */
final class ForcedAnswers {

    private static final class Entry {
        final ForcedAnswer answer;
        int remaining;

        Entry(ForcedAnswer answer) {
            this.answer = answer;
            this.remaining = answer.times();
        }
    }

    private final Map<String, Entry> byPce = new HashMap<>();

    void force(String numeroPce, ForcedAnswer answer) {
        byPce.put(numeroPce, new Entry(answer));
    }

    void clear(String numeroPce) {
        byPce.remove(numeroPce);
    }

    void clear() {
        byPce.clear();
    }

    /** The answer a call of {@code operation} on this PCE gets, counting one use of it. */
    Optional<ForcedAnswer> take(String numeroPce, Operation operation) {
        Entry entry = numeroPce == null ? null : byPce.get(numeroPce);
        if (entry == null || !entry.answer.appliesTo(operation)) {
            return Optional.empty();
        }
        if (entry.answer.times() > 0 && --entry.remaining <= 0) {
            byPce.remove(numeroPce);
        }
        return Optional.of(entry.answer);
    }
}
