/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.ForcedAnswer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The forced answers, newest first, with how many uses each has left; guarded by the engine's lock. */
final class ForcedAnswers {

    private static final class Entry {
        final ForcedAnswer answer;
        int remaining;

        Entry(ForcedAnswer answer) {
            this.answer = answer;
            this.remaining = answer.times();
        }
    }

    /** Newest first: the last one forced wins. */
    private final List<Entry> entries = new ArrayList<>();

    void force(ForcedAnswer answer) {
        entries.add(0, new Entry(answer));
    }

    /** Drops the answers scoped to this PCE. */
    void clear(String numeroPce) {
        entries.removeIf(e -> numeroPce.equals(e.answer.numeroPce()));
    }

    void clear() {
        entries.clear();
    }

    /** The answers in force, newest first, each with the uses it has left as its {@code times()}. */
    List<ForcedAnswer> active() {
        List<ForcedAnswer> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.answer.times() == 0 ? e.answer : e.answer.times(e.remaining));
        }
        return out;
    }

    /** The answer a call gets, counting one use of it. */
    Optional<ForcedAnswer> take(Operation operation, String numeroPce, String numeroDemande) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.answer.matches(operation, numeroPce, numeroDemande)) {
                if (e.answer.times() > 0 && --e.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(e.answer);
            }
        }
        return Optional.empty();
    }
}
