/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import io.github.omegadit.ValidationMode;
import io.github.omegadit.internal.homologation.CaseRequests;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.simulator.ForcedAnswer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One homologation case: a dialogue of one or more calls, each with its inputs and what must come back. Read from a
 * case file ({@link HomologationCases}); the file format is documented there.
 *
 * @param id            our id, unique in its file (e.g. {@code CREER-LISTEDP-6M})
 * @param distributorId the distributor's id of the case on its homologation sheet, or {@code null}
 * @param title         what the case shows, in a sentence
 * @param guide         where the guide states it (e.g. {@code Annexe A}, {@code §3.3.1.2}), or {@code null}
 * @param numeroVersion the NumeroVersion to send instead of the client's, or {@code null}
 * @param validation    the client's rule checks for this case instead of the client's, or {@code null} (cases that
 *                      show OMEGA's own refusal of a request the client would refuse use {@code OFF})
 * @param resume        a NumeroDemande to resume instead of starting a new dialogue, or {@code null}
 * @param force         what the embedded simulator must force, as in the file: the members of the admin API's
 *                      forced answer (dates may be relative, resolved when the case runs; see
 *                      {@link #forcedAnswer(LocalDate)}), or {@code null}; a case with one runs only against the
 *                      simulator
 * @param calls         the calls, in order
 */
public record HomologationCase(String id, String distributorId, String title, String guide,
        NumeroVersion numeroVersion, ValidationMode validation, String resume, Map<String, Object> force,
        List<Call> calls) {

    /** Id, title and calls required; the list is copied. */
    public HomologationCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        calls = List.copyOf(calls);
        force = force == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(force));
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("case " + id + " has no call");
        }
    }

    /** True when the case needs the embedded simulator (it forces an answer). */
    public boolean needsSimulator() {
        return force != null;
    }

    /**
     * The answer the simulator must force, its relative dates resolved against {@code today} as the requests' are.
     *
     * @return the forced answer, or {@code null} when the case forces none
     */
    public ForcedAnswer forcedAnswer(LocalDate today) {
        return force == null ? null : new CaseRequests(Objects.requireNonNull(today, "today")).forced(force);
    }

    /**
     * One call of a case.
     *
     * @param operation the call
     * @param request   its inputs, as in the file (field names of the library's request types; dates may be
     *                  relative, resolved when the case runs)
     * @param expect    what must come back
     */
    public record Call(Operation operation, Map<String, Object> request, Expectation expect) {

        /** All required. */
        public Call {
            Objects.requireNonNull(operation, "operation");
            request = Collections.unmodifiableMap(new LinkedHashMap<>(request));
            Objects.requireNonNull(expect, "expect");
        }
    }

    /**
     * What must come back from a call: an answer (its TypeRetourDialogue, CodeRetour and, where it matters, reasons),
     * or the client's own refusal before sending (rule ids), or a call out of sequence.
     *
     * @param typeRetourDialogue the expected P, A or T, or {@code null} when a refusal is expected
     * @param codeRetour         the expected CodeRetour, or {@code null}
     * @param raisons            reasons that must all be among the answer's, each written
     *                           {@code LIBELLE [code [/ code]]} with the names of
     *                           {@link io.github.omegadit.answer.AnnexeA.Libelle} (e.g.
     *                           {@code DONNEE_INCORRECTE CODE_MOTIF / MOTIF_INCONNU}); empty when they do not matter
     * @param refused            rule ids the client must refuse the request for, nothing sent (e.g. {@code R3});
     *                           empty when an answer is expected
     * @param outOfSequence      true when the client must refuse the call as out of sequence, nothing sent
     */
    public record Expectation(TypeRetourDialogue typeRetourDialogue, String codeRetour, List<String> raisons,
            List<String> refused, boolean outOfSequence) {

        /** Lists copied. */
        public Expectation {
            raisons = List.copyOf(raisons);
            refused = List.copyOf(refused);
        }

        /** True when the client itself must stop the call. */
        public boolean refusedBeforeSending() {
            return outOfSequence || !refused.isEmpty();
        }

        /** The expectation in one line, as the report prints it. */
        @Override
        public String toString() {
            if (outOfSequence) {
                return "refused by the client: out of sequence, nothing sent";
            }
            if (!refused.isEmpty()) {
                return "refused by the client (" + String.join(", ", refused) + "), nothing sent";
            }
            return typeRetourDialogue + " / " + codeRetour + (raisons.isEmpty() ? "" : " " + raisons);
        }
    }
}
