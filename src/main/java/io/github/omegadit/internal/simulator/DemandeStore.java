/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator remembers: the demandes by NumeroDemande, and the calls it received. Guarded by the engine's
 * lock.
 */
final class DemandeStore {

    /** The most calls the log keeps; the oldest go first. Counts are not affected. */
    static final int MAX_RECORDED_CALLS = 10_000;

    private final Map<String, DemandeRecord> demandes = new LinkedHashMap<>();
    private final Deque<RecordedCall> calls = new ArrayDeque<>();
    private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
    /** Never reset: NumeroDemande stays unique over the store's lifetime. */
    private final AtomicLong sequence = new AtomicLong();

    String nextNumero() {
        return String.format("DIT%09d", sequence.incrementAndGet());
    }

    void put(DemandeRecord d) {
        demandes.put(d.numeroDemande, d);
    }

    /** The demande with this number, or {@code null}. */
    DemandeRecord get(String numeroDemande) {
        return numeroDemande == null ? null : demandes.get(numeroDemande);
    }

    List<SimulatedDemande> snapshots() {
        return demandes.values().stream().map(DemandeRecord::snapshot).toList();
    }

    Optional<SimulatedDemande> snapshot(String numeroDemande) {
        return Optional.ofNullable(get(numeroDemande)).map(DemandeRecord::snapshot);
    }

    void record(Operation op, String pce, String numeroDemande, String codeRetour, String rawBody, Instant at) {
        calls.addLast(new RecordedCall(op, pce, numeroDemande, codeRetour, rawBody, at));
        while (calls.size() > MAX_RECORDED_CALLS) {
            calls.removeFirst();
        }
        counts.merge(op, 1, Integer::sum);
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    int count(Operation op) {
        return counts.getOrDefault(op, 0);
    }

    /** Demandes and calls forgotten; the numbering goes on. */
    void clear() {
        demandes.clear();
        calls.clear();
        counts.clear();
    }
}
