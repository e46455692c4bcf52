/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a campaign does once a demande is created and awaits an appointment: book the first slot offered, book in a
 * preferred plage, stop at the requested date (AbandonnerRdv: the demande is kept at its date, a technician calls the
 * customer), or leave it awaiting. The runner asks the policy after every answer that leaves the demande awaiting
 * (DatePlageH, ListeDP, Message, or a resume), until it books, stops or leaves.
 *
 * <pre>{@code
 * Campagne.builder()...appointmentPolicy(AppointmentPolicy.preferredPlage("MATIN", "DEBUT-MATINEE"))
 * }</pre>
 *
 * Write your own for anything else; it must be thread-safe (the runner calls it from several threads) and should
 * end: after {@link #DEFAULT_MAX_PAGES} pages without a slot the built-in policies leave the demande awaiting.
 */
@FunctionalInterface
public interface AppointmentPolicy {

    /** Pages turned (DemanderPrecSuiv) by the built-in policies before they leave a demande awaiting. */
    int DEFAULT_MAX_PAGES = 5;

    /** The next step for a demande that awaits an appointment. */
    Choice choose(Offer offer);

    /**
     * What OMEGA offers a demande now.
     *
     * @param demande       the demande as created
     * @param numeroDemande OMEGA's NumeroDemande
     * @param slots         the slots offered last (the DatePlageH slot, or the ListeDP list); empty when OMEGA offered
     *                      none (Message, an empty list) or after a resume, before any list
     * @param pagesTurned   DemanderPrecSuiv calls made so far for this demande in this run
     */
    record Offer(CreerDemande demande, String numeroDemande, List<DatePlage> slots, int pagesTurned) {
        /** Copies the slots. */
        public Offer {
            Objects.requireNonNull(demande, "demande");
            Objects.requireNonNull(numeroDemande, "numeroDemande");
            slots = List.copyOf(slots);
        }
    }

    /** A step: accept a slot offered, page, propose a date, stop at the requested date, or leave the demande. */
    sealed interface Choice {
        /** AccepterRdv on one of the slots offered. */
        record Accept(DatePlage slot) implements Choice {
            /** The slot is required. */
            public Accept {
                Objects.requireNonNull(slot, "slot");
            }
        }

        /** DemanderPrecSuiv: the previous or next slots (read-only at OMEGA). */
        record Page(Sens sens) implements Choice {
            /** The direction is required. */
            public Page {
                Objects.requireNonNull(sens, "sens");
            }
        }

        /** ProposerDatePlage: it becomes the demande's requested date at OMEGA (guide §2.1.2). */
        record Propose(DatePlage slot) implements Choice {
            /** The slot is required. */
            public Propose {
                Objects.requireNonNull(slot, "slot");
            }
        }

        /** AbandonnerRdv: the demande is kept at its requested date (DmdOkDD). */
        record StopAtRequestedDate() implements Choice {}

        /** Nothing more: the demande stays "en attente de RDV" at OMEGA ({@link Statut#LEFT_AWAITING}). */
        record LeaveAwaiting() implements Choice {}
    }

    /**
     * Books the first slot offered; with none offered, pages forward up to {@link #DEFAULT_MAX_PAGES} times, then
     * leaves the demande awaiting.
     */
    static AppointmentPolicy firstSlotOffered() {
        return offer -> {
            if (!offer.slots().isEmpty()) {
                return new Choice.Accept(offer.slots().get(0));
            }
            return offer.pagesTurned() < DEFAULT_MAX_PAGES ? new Choice.Page(Sens.SUIVANT) : new Choice.LeaveAwaiting();
        };
    }

    /**
     * Books the first slot offered in one of these plages (e.g. {@code "MATIN"}); pages forward up to
     * {@link #DEFAULT_MAX_PAGES} times looking for one, then takes the first slot of the last list, or leaves the
     * demande awaiting when that list is empty.
     *
     * @throws IllegalArgumentException when no plage is given or one is blank
     */
    static AppointmentPolicy preferredPlage(String... plages) {
        Set<String> wanted = Set.of(plages);
        if (wanted.isEmpty() || wanted.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("preferredPlage needs at least one non-blank plage");
        }
        return offer -> {
            for (DatePlage slot : offer.slots()) {
                if (wanted.contains(slot.plage())) {
                    return new Choice.Accept(slot);
                }
            }
            if (offer.pagesTurned() < DEFAULT_MAX_PAGES) {
                return new Choice.Page(Sens.SUIVANT);
            }
            return offer.slots().isEmpty() ? new Choice.LeaveAwaiting() : new Choice.Accept(offer.slots().get(0));
        };
    }

    /** Stops every created demande at its requested date with AbandonnerRdv (T / DmdOkDD): no slot is booked. */
    static AppointmentPolicy stopAtRequestedDate() {
        return offer -> new Choice.StopAtRequestedDate();
    }

    /** Leaves every created demande awaiting an appointment, to be booked later (another run, a person). */
    static AppointmentPolicy leaveAwaiting() {
        return offer -> new Choice.LeaveAwaiting();
    }
}
