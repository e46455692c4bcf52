/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.campagne.AppointmentPolicy;
import io.github.omegadit.campagne.AppointmentPolicy.Choice;
import io.github.omegadit.campagne.JournalException;
import io.github.omegadit.campagne.Resultat;
import io.github.omegadit.campagne.Statut;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole dialogue of one demande, with the journal: every state-changing call has its intent committed before it
 * is sent and its answer recorded after; VerifierRecevabiliteDIT and DemanderPrecSuiv change nothing at OMEGA and are
 * not journalled as intents. One worker per runner thread.
 */
final class DemandeWorker {

    /** Bound on the appointment steps of one demande in one run, whatever the policy does. */
    static final int MAX_STEPS = 50;

    private final JdbcStore store;
    private final Execution.Settings settings;
    private final long owner;
    private final Execution execution;
    private final DitClient client;
    private final AppointmentPolicy policy;

    /** The demande being processed and its status in the journal. */
    private JdbcStore.Claimed row;
    private Statut statut;
    private Resultat last;

    DemandeWorker(JdbcStore store, Execution.Settings settings, long owner, Execution execution) {
        this.store = store;
        this.settings = settings;
        this.owner = owner;
        this.execution = execution;
        this.client = settings.client();
        this.policy = settings.policy();
    }

    void process(JdbcStore.Claimed claimed) {
        row = claimed;
        statut = claimed.statut();
        last = null;
        CreerDemande d = DemandeCodec.decode(claimed.demande());
        if (statut == Statut.PENDING) {
            create(d);
        } else {
            resume(d);
        }
        execution.tell(last != null ? last : new Resultat(settings.campagne(), row.referenceDemande(),
                row.numeroPce(), statut, row.numeroDemande(), null, null, null, Instant.now()), execution.progress());
    }

    private void create(CreerDemande d) {
        Dialogue dit = client.newDialogue();
        try {
            dit.verifierRecevabilite(new VerifierRecevabilite(d.numeroPce(), d.codePostal()));
        } catch (InvalidRequestException e) {
            set(new JdbcStore.Change(Statut.FAILED, null, null, null, "not sent: " + e.getMessage()));
            return;
        } catch (DitServiceException e) {
            set(new JdbcStore.Change(Statut.PENDING, null, null, null, "VerifierRecevabiliteDIT failed, nothing "
                    + "created; the next run tries again: " + e.getMessage()));
            return;
        }
        Reponse checked = dit.lastReponse().orElseThrow();
        if (dit.state() != DialogueState.RECEIVABLE) {
            set(new JdbcStore.Change(Statut.REFUSED, null, checked.codeRetour(), null, "VerifierRecevabiliteDIT: "
                    + messages(checked)));
            return;
        }
        long appel = intent(Operation.CREER_DEMANDE_DIT, null, null, Statut.CREATING);
        Reponse created;
        try {
            created = dit.creerDemande(d);
        } catch (InvalidRequestException e) {
            answer(appel, "NOT_SENT", null, new JdbcStore.Change(Statut.FAILED, null, null, null, "not sent: "
                    + e.getMessage()));
            return;
        } catch (DitServiceException e) {
            // thrown only when the request provably never left: safe to try again in a later run
            answer(appel, "NOT_SENT", null, new JdbcStore.Change(Statut.PENDING, null, null, null,
                    "CreerDemandeDIT not sent; the next run tries again: " + e.getMessage()));
            return;
        }
        if (created instanceof ResultatIncertain u) {
            answer(appel, "NO_ANSWER", null, new JdbcStore.Change(Statut.UNCERTAIN, null, null, null,
                    "CreerDemandeDIT may have reached OMEGA, no answer (" + u.cause().failure() + "): look the "
                            + "demande up in OMEGA's follow-up by its ReferenceDemande, then reconcile"));
            return;
        }
        String numero = dit.numeroDemande().orElse(null);
        Statut next = after(dit, Statut.UNCERTAIN, Statut.REFUSED);
        answer(appel, "ANSWERED", created, new JdbcStore.Change(next, numero, created.codeRetour(),
                rdv(created, d), next == Statut.UNCERTAIN ? "answer not understood, the demande's state is unknown: "
                        + messages(created) : messages(created)));
        if (next == Statut.AWAITING_APPOINTMENT) {
            appointment(dit, d, numero, dit.offeredSlots());
        }
    }

    /** A demande created earlier: ask OMEGA where it stands (DemanderPrecSuiv changes nothing), then go on. */
    private void resume(CreerDemande d) {
        String numero = row.numeroDemande();
        Dialogue dit = client.resume(numero);
        Reponse probe;
        try {
            probe = dit.demanderPrecSuiv(Sens.SUIVANT);
        } catch (DitServiceException e) {
            set(new JdbcStore.Change(statut, null, null, null, "DemanderPrecSuiv failed; the next run tries "
                    + "again: " + e.getMessage()));
            return;
        }
        Statut next = after(dit, Statut.APPOINTMENT_CALL, Statut.CLOSED_AT_OMEGA);
        if (next != Statut.AWAITING_APPOINTMENT) {
            set(new JdbcStore.Change(next, null, probe.codeRetour(), null, (statut == Statut.APPOINTMENT_CALL
                    ? "the appointment call sent before the interruption may have taken effect; " : "")
                    + "DemanderPrecSuiv: " + messages(probe)));
            return;
        }
        if (statut != Statut.AWAITING_APPOINTMENT) {
            set(new JdbcStore.Change(Statut.AWAITING_APPOINTMENT, null, probe.codeRetour(), null,
                    "still awaiting an appointment at OMEGA"));
        }
        appointment(dit, d, numero, dit.offeredSlots());
    }

    private void appointment(Dialogue dit, CreerDemande d, String numero, List<DatePlage> slots) {
        int pages = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            Choice choice = policy.choose(new AppointmentPolicy.Offer(d, numero, slots, pages));
            Reponse r;
            if (choice instanceof Choice.LeaveAwaiting) {
                set(new JdbcStore.Change(Statut.LEFT_AWAITING, null, null, null, "left awaiting an appointment"));
                return;
            } else if (choice instanceof Choice.Page p) {
                try {
                    r = dit.demanderPrecSuiv(p.sens());
                } catch (DitServiceException e) {
                    set(new JdbcStore.Change(Statut.AWAITING_APPOINTMENT, null, null, null, "DemanderPrecSuiv "
                            + "failed; the next run goes on: " + e.getMessage()));
                    return;
                }
                pages++;
                Statut next = after(dit, Statut.AWAITING_APPOINTMENT, Statut.CLOSED_AT_OMEGA);
                if (next != Statut.AWAITING_APPOINTMENT) {
                    set(new JdbcStore.Change(next, null, r.codeRetour(), rdv(r, d), messages(r)));
                    return;
                }
            } else {
                Operation op;
                DatePlage slot = null;
                Supplier<Reponse> call;
                if (choice instanceof Choice.Accept a) {
                    op = Operation.ACCEPTER_RDV;
                    slot = a.slot();
                    call = () -> dit.accepterRdv(a.slot());
                } else if (choice instanceof Choice.Propose p) {
                    op = Operation.PROPOSER_DATE_PLAGE;
                    slot = p.slot();
                    call = () -> dit.proposerDatePlage(p.slot());
                } else {
                    op = Operation.ABANDONNER_RDV;
                    call = dit::abandonnerRdv;
                }
                long appel = intent(op, numero, slot, Statut.APPOINTMENT_CALL);
                try {
                    r = call.get();
                } catch (InvalidRequestException e) {
                    answer(appel, "NOT_SENT", null, new JdbcStore.Change(Statut.FAILED, null, null, null,
                            "the appointment policy chose a call the client refuses: " + e.getMessage()));
                    return;
                } catch (DitServiceException e) {
                    boolean left = e.mayHaveBeenReceived();
                    answer(appel, left ? "NO_ANSWER" : "NOT_SENT", null, new JdbcStore.Change(left
                            ? Statut.APPOINTMENT_CALL : Statut.AWAITING_APPOINTMENT, null, null, null, op
                            + (left ? " may have reached OMEGA, no answer; the next run asks OMEGA where the demande"
                                    + " stands: " : " not sent; the next run goes on: ") + e.getMessage()));
                    return;
                }
                Statut next = after(dit, Statut.APPOINTMENT_CALL, Statut.CLOSED_AT_OMEGA);
                answer(appel, "ANSWERED", r, new JdbcStore.Change(next, null, r.codeRetour(), rdv(r, d),
                        messages(r)));
                if (next != Statut.AWAITING_APPOINTMENT) {
                    return;
                }
            }
            slots = dit.offeredSlots();
        }
        set(new JdbcStore.Change(Statut.LEFT_AWAITING, null, null, null, "left awaiting an appointment after "
                + MAX_STEPS + " steps of the appointment policy"));
    }

    /** The journal status for the dialogue's state after a call. */
    private static Statut after(Dialogue dit, Statut unknown, Statut refused) {
        switch (dit.state()) {
            case DONE:
                return Statut.DONE;
            case AWAITING_APPOINTMENT:
                return Statut.AWAITING_APPOINTMENT;
            case ABANDONED:
            case REFUSED:
                return refused;
            default:
                return unknown;
        }
    }

    private static DatePlage rdv(Reponse r, CreerDemande d) {
        if (r instanceof DmdOkDP p) {
            return p.dateProgrammee() == null ? null : p.dateProgrammee().datePlage();
        }
        if (r instanceof DmdOkDD dd) {
            java.time.LocalDate date = dd.dateDemandee() != null ? dd.dateDemandee() : d.rdvDate();
            return date == null ? null : new DatePlage(date, d.rdvPlage() == null ? "" : d.rdvPlage());
        }
        return null;
    }

    private static String messages(Reponse r) {
        return r.messages().isEmpty() ? null : String.join(" | ", r.messages());
    }

    private long intent(Operation op, String numero, DatePlage slot, Statut inFlight) {
        try {
            long id = store.intent(settings.campagne(), row.referenceDemande(), owner, op, numero, slot, inFlight);
            moved(inFlight);
            return id;
        } catch (SQLException e) {
            throw new JournalException("cannot write the intent of " + op + " for " + row.referenceDemande()
                    + ": not sent: " + e.getMessage(), e);
        }
    }

    private void answer(long appel, String issue, Reponse r, JdbcStore.Change change) {
        try {
            store.answer(appel, issue, r == null || r.typeRetourDialogue() == null ? null
                    : r.typeRetourDialogue().name(), r == null ? null : r.codeRetour(), change.detail(),
                    settings.campagne(), row.referenceDemande(), owner, change);
        } catch (SQLException e) {
            throw new JournalException("cannot record the answer for " + row.referenceDemande() + " ("
                    + change.statut() + "): the journal keeps the call in flight: " + e.getMessage(), e);
        }
        recorded(change);
    }

    private void set(JdbcStore.Change change) {
        try {
            store.update(settings.campagne(), row.referenceDemande(), owner, change);
        } catch (SQLException e) {
            throw new JournalException("cannot record " + change.statut() + " for " + row.referenceDemande() + ": "
                    + e.getMessage(), e);
        }
        recorded(change);
    }

    private void recorded(JdbcStore.Change change) {
        moved(change.statut());
        String numero = change.numeroDemande() != null ? change.numeroDemande() : last != null
                ? last.numeroDemande() : row.numeroDemande();
        last = new Resultat(settings.campagne(), row.referenceDemande(), row.numeroPce(), change.statut(), numero,
                change.codeRetour(), change.rdv(), change.detail(), Instant.now());
    }

    private void moved(Statut to) {
        execution.moved(statut, to);
        statut = to;
    }
}
