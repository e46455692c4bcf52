/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.RecordedCall;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator remembers: the demandes by NumeroDemande, and the calls it received, each logged when it
 * arrives and completed when it is answered. Guarded by the engine's lock.
 */
final class DemandeStore {

    /** The most calls the log keeps; the oldest go first. Counts are not affected. */
    static final int MAX_RECORDED_CALLS = 10_000;

    /** A call in the log; its answer is filled in once known. */
    static final class Call {
        final Operation operation;
        final String requestBody;
        final Instant receivedAt;
        String numeroPce;
        String numeroDemande;
        String codeRetour;

        Call(Operation operation, String numeroPce, String numeroDemande, String requestBody, Instant receivedAt) {
            this.operation = operation;
            this.numeroPce = numeroPce;
            this.numeroDemande = numeroDemande;
            this.requestBody = requestBody;
            this.receivedAt = receivedAt;
        }

        RecordedCall snapshot() {
            return new RecordedCall(operation, numeroPce, numeroDemande, codeRetour, requestBody, receivedAt);
        }
    }

    private final Map<String, DemandeRecord> demandes = new LinkedHashMap<>();
    private final Deque<Call> calls = new ArrayDeque<>();
    private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
    /** Never reset: NumeroDemande stays unique over the store's lifetime. */
    private final AtomicLong sequence = new AtomicLong();

    String nextNumero() {
        // "DIT" and nine digits; not String.format, which cost a few percent of the simulator's time per creation
        String digits = Long.toString(sequence.incrementAndGet());
        return digits.length() >= 9 ? "DIT" + digits : "DIT" + "000000000".substring(digits.length()) + digits;
    }

    void put(DemandeRecord d) {
        demandes.put(d.numeroDemande, d);
    }

    /** The demande with this number, or {@code null}. */
    DemandeRecord get(String numeroDemande) {
        return numeroDemande == null ? null : demandes.get(numeroDemande);
    }

    /** Every demande, oldest first. */
    List<DemandeRecord> all() {
        return new ArrayList<>(demandes.values());
    }

    /** Logs and counts a call as it arrives. */
    Call arrive(Operation op, String pce, String numeroDemande, String rawBody, Instant at) {
        Call c = new Call(op, pce, numeroDemande, rawBody, at);
        calls.addLast(c);
        while (calls.size() > MAX_RECORDED_CALLS) {
            calls.removeFirst();
        }
        counts.merge(op, 1, Integer::sum);
        return c;
    }

    List<RecordedCall> calls() {
        List<RecordedCall> out = new ArrayList<>(calls.size());
        for (Call c : calls) {
            out.add(c.snapshot());
        }
        return out;
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
