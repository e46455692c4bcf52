/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.OutOfSequenceException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.Outcome;
import io.github.omegadit.protocol.Transition;
import io.github.omegadit.protocol.Transitions;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.DitRules;
import io.github.omegadit.rules.RuleContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue of one DIT with OMEGA (guide §2.1), as an explicit state machine: each call is checked against the
 * {@linkplain #state() current state} and its rules before anything is sent, and the answer moves the state on
 * along the one table {@link Transitions}. OMEGA keeps no session: the {@linkplain #numeroDemande() NumeroDemande}
 * is the only key, and {@link DitClient#resume(String)} rebuilds the appointment step from it.
 *
 * <pre>{@code
 * Dialogue dit = client.newDialogue();
 * RecevabiliteReponse r = dit.verifierRecevabilite(VerifierRecevabilite.pce("GI123456").codePostal("75011"));
 * if (r instanceof Recevable) {
 *     CreationReponse c = dit.creerDemande(demande);
 *     if (c instanceof DatePlageH h) {
 *         dit.accepterRdv(h.dateProgrammee().datePlage());
 *     } else if (c instanceof ListeDP l) {
 *         dit.accepterRdv(l.creneaux().get(0));
 *     }
 *     // or, checked for exhaustiveness by the compiler: c.accept(new CreationReponse.Visitor<>() { ... })
 *     // (on Java 21+, a pattern switch over the sealed CreationReponse is checked too)
 * }
 * }</pre>
 *
 * <p>A dialogue serialises its own calls (two threads cannot both create the demande); use one dialogue per DIT.
 * Every call throws, besides what it documents, {@link IllegalArgumentException} for a {@code null} argument and
 * {@link IllegalStateException} once its client is closed.
 */
public final class Dialogue {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogue.class);

    private final DitClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private DialogueState state;
    private String numeroDemande;
    private String numeroPce;
    private String referenceDemande;
    private List<InterventionPossible> interventions;
    private List<DatePlage> offered = List.of();
    private Reponse lastReponse;
    private List<Violation> warnings = List.of();

    Dialogue(DitClient client, DialogueState state, String numeroDemande) {
        this.client = client;
        this.state = state;
        this.numeroDemande = numeroDemande;
    }

    /** The current state. */
    public DialogueState state() {
        return locked(() -> state);
    }

    /** OMEGA's NumeroDemande, once the demande is created (or the dialogue resumed). */
    public Optional<String> numeroDemande() {
        return locked(() -> Optional.ofNullable(numeroDemande));
    }

    /** The last answer OMEGA gave in this dialogue. */
    public Optional<Reponse> lastReponse() {
        return locked(() -> Optional.ofNullable(lastReponse));
    }

    /** The slots OMEGA offered last (ListeDP, or the DatePlageH slot); empty when unknown, e.g. after resume. */
    public List<DatePlage> offeredSlots() {
        return locked(() -> offered);
    }

    /** Rule warnings (e.g. R11 truncation) of the last request sent, or violations passed in warn-only mode. */
    public List<Violation> warnings() {
        return locked(() -> warnings);
    }

    /**
     * VerifierRecevabiliteDIT: is a DIT receivable for this PCE? The answer's Interventions become the authority for
     * rule R7 when the demande is created.
     *
     * @throws OutOfSequenceException  unless the dialogue is {@link DialogueState#NEW}
     * @throws InvalidRequestException when the request breaks a rule (strict mode) or the contract (any mode)
     * @throws DitServiceException     when no usable answer came (retried first when safe)
     */
    public RecevabiliteReponse verifierRecevabilite(VerifierRecevabilite request) {
        Arguments.required(request, "request");
        return exchange(Operation.VERIFIER_RECEVABILITE_DIT, () -> client.validationMode() == ValidationMode.OFF
                        ? DitRules.contract(request) : DitRules.verifierRecevabilite(request, ruleContext(null)),
                id -> client.gateway().verifierRecevabilite(new Request.Verifier(id, request)),
                answer -> {
                    if (answer instanceof Recevable r) {
                        interventions = r.interventions();
                    }
                    numeroPce = request.numeroPce();
                });
    }

    /**
     * CreerDemandeDIT: creates the demande. Never sent twice: when it may have reached OMEGA and no answer came, the
     * result is {@link ResultatIncertain} and the dialogue ends in {@link DialogueState#OUTCOME_UNKNOWN}.
     *
     * @throws OutOfSequenceException  unless the dialogue is {@link DialogueState#RECEIVABLE}
     * @throws InvalidRequestException when the request breaks a rule (strict mode) or the contract (any mode), or
     *                                 names another PCE than the one checked
     * @throws DitServiceException     when the request provably never left (connection refused...), after retries
     */
    public CreationReponse creerDemande(CreerDemande request) {
        Arguments.required(request, "request");
        Operation op = Operation.CREER_DEMANDE_DIT;
        return exchange(op, () -> {
            List<Violation> violations = new ArrayList<>(client.validationMode() == ValidationMode.OFF
                    ? DitRules.contract(request) : DitRules.creerDemande(request, ruleContext(interventions)));
            if (numeroPce != null && !numeroPce.equals(request.numeroPce())) {
                violations.add(Violation.error("DIALOGUE", "Demande.NumeroPCE", "must be the PCE checked by "
                        + "VerifierRecevabiliteDIT in this dialogue (" + numeroPce + "), got " + request.numeroPce()));
            }
            return violations;
        }, id -> {
            referenceDemande = request.referenceDemande();
            try {
                return client.gateway().creerDemande(new Request.Creer(id, request));
            } catch (DitServiceException e) {
                if (!e.mayHaveBeenReceived()) {
                    throw e;
                }
                LOG.warn("CreerDemandeDIT for PCE {} (ReferenceDemande {}) may have reached OMEGA but no answer came"
                        + " ({}); not resent: reconcile through OMEGA's request follow-up", request.numeroPce(),
                        request.referenceDemande(), e.failure());
                return new ResultatIncertain(request.numeroPce(), request.referenceDemande(), e);
            }
        }, answer -> { });
    }

    /**
     * ProposerDatePlage: proposes another date and slot. OMEGA answers DatePlageH (free: accept it) or ListeDP.
     * Note (guide §2.1.2): the date proposed becomes the demande's requested date at OMEGA even if the dialogue
     * then fails.
     *
     * @throws OutOfSequenceException  unless the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}
     * @throws InvalidRequestException when the plage is blank
     * @throws DitServiceException     when no usable answer came (never resent once it may have left)
     */
    public RdvReponse proposerDatePlage(DatePlage slot) {
        Arguments.required(slot, "slot");
        return exchange(Operation.PROPOSER_DATE_PLAGE, () -> slotViolations(slot, "ProposerDatePlage"),
                id -> client.gateway().proposerDatePlage(new Request.Proposer(id, numeroDemande, slot.date(),
                        slot.plage())), answer -> { });
    }

    /**
     * ProposerDatePlage for a date and plage.
     *
     * @throws InvalidRequestException when the date or the plage is missing, or the plage blank
     * @see #proposerDatePlage(DatePlage)
     */
    public RdvReponse proposerDatePlage(LocalDate date, String plage) {
        if (date == null || plage == null) {
            List<Violation> v = new ArrayList<>();
            if (date == null) {
                v.add(Violation.error("CONTRACT", "ProposerDatePlage.Date", "Date is required"));
            }
            if (plage == null) {
                v.add(Violation.error("CONTRACT", "ProposerDatePlage.Plage", "Plage is required"));
            }
            throw new InvalidRequestException(Operation.PROPOSER_DATE_PLAGE, numeroDemande().orElse(null), v);
        }
        return proposerDatePlage(new DatePlage(date, plage));
    }

    /**
     * DemanderPrecSuiv: the previous or next slots. Safe to retry, and retried on transport failure.
     *
     * @throws OutOfSequenceException unless the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}
     * @throws DitServiceException    when no usable answer came, after retries
     */
    public RdvReponse demanderPrecSuiv(Sens sens) {
        Arguments.required(sens, "sens");
        return exchange(Operation.DEMANDER_PREC_SUIV, List::of,
                id -> client.gateway().demanderPrecSuiv(new Request.PrecSuiv(id, numeroDemande, sens)), answer -> { });
    }

    /**
     * AccepterRdv: books a slot OMEGA offered (the DatePlageH slot or one of the ListeDP). After
     * {@link DitClient#resume(String)} the offer is unknown and any slot is sent; OMEGA judges.
     *
     * @throws OutOfSequenceException  unless the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}
     * @throws InvalidRequestException when the slot is not among those offered last, or its plage is blank
     * @throws DitServiceException     when no usable answer came (never resent once it may have left)
     */
    public RdvReponse accepterRdv(DatePlage slot) {
        Arguments.required(slot, "slot");
        return exchange(Operation.ACCEPTER_RDV, () -> {
            List<Violation> violations = slotViolations(slot, "AccepterRdv");
            if (!offered.isEmpty() && !offered.contains(slot)) {
                violations.add(Violation.error("DIALOGUE", "AccepterRdv.DatePlage", "slot " + slot
                        + " was not offered; offered: " + offered));
            }
            return violations;
        }, id -> client.gateway().accepterRdv(new Request.Accepter(id, numeroDemande, slot.date(), slot.plage())),
                answer -> { });
    }

    /**
     * AbandonnerRdv: stops the appointment step; the demande is kept at its requested date (DmdOkDD).
     *
     * @throws OutOfSequenceException unless the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}
     * @throws DitServiceException    when no usable answer came (never resent once it may have left)
     */
    public AbandonReponse abandonnerRdv() {
        return exchange(Operation.ABANDONNER_RDV, List::of,
                id -> client.gateway().abandonnerRdv(new Request.AbandonnerRdv(id, numeroDemande)), answer -> { });
    }

    /**
     * AbandonnerDemande: abandons the demande (DmdKo "Demande abandonnée").
     *
     * @throws OutOfSequenceException unless the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}
     * @throws DitServiceException    when no usable answer came (never resent once it may have left)
     */
    public AbandonReponse abandonnerDemande() {
        return exchange(Operation.ABANDONNER_DEMANDE, List::of,
                id -> client.gateway().abandonnerDemande(new Request.AbandonnerDemande(id, numeroDemande)),
                answer -> { });
    }

    // ------------------------------------------------------------------ machinery

    /**
     * One call: sequence check, request checks, the call, then the state moves on along {@link Transitions} and
     * the listeners hear of it. Everything runs under the dialogue's lock. A call that fails with a
     * {@link DitServiceException} leaves the state as it was.
     */
    private <R extends Reponse> R exchange(Operation op, Supplier<List<Violation>> violations,
            Function<Identity, R> send, Consumer<R> onAnswer) {
        lock.lock();
        try {
            client.ensureOpen();
            if (!state.allows(op)) {
                throw new OutOfSequenceException(op, numeroDemande, state, state.allowed());
            }
            screen(op, violations.get());
            long start = System.nanoTime();
            R answer = send.apply(client.identity());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (!(answer instanceof ResultatIncertain)) {
                lastReponse = answer;
            }
            onAnswer.accept(answer);
            if (answer.numeroDemande() != null && !answer.numeroDemande().isBlank()) {
                numeroDemande = answer.numeroDemande();
            }
            if (answer instanceof ListeDP l) {
                offered = l.creneaux();
            } else if (answer instanceof DatePlageH h) {
                offered = List.of(h.dateProgrammee().datePlage());
            }
            Outcome outcome = answer instanceof ResultatIncertain ? Outcome.NO_ANSWER
                    : Outcome.of(answer.typeRetourDialogue(), op == Operation.CREER_DEMANDE_DIT, numeroDemande != null);
            Transition t = Transitions.of(state, op, outcome);
            if (t.to() != state) {
                LOG.debug("dialogue {}: {}", numeroDemande, t);
            }
            state = t.to();
            client.notifyListeners(new DialogueEvent(t, answer, numeroPce, numeroDemande, referenceDemande, took));
            return answer;
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private RuleContext ruleContext(List<InterventionPossible> recevables) {
        return new RuleContext(client.numeroVersion(), client.identity().login(), client.catalogue(), recevables);
    }

    /**
     * Refuses the request when it breaks the contract or the dialogue (any mode) or a rule (strict mode); otherwise
     * logs what is left and keeps it for {@link #warnings()}.
     */
    private void screen(Operation op, List<Violation> violations) {
        List<Violation> errors = violations.stream().filter(Violation::isError).toList();
        boolean contractOrDialogue = errors.stream()
                .anyMatch(v -> v.ruleId().equals("CONTRACT") || v.ruleId().equals("DIALOGUE"));
        if (!errors.isEmpty() && (client.validationMode() == ValidationMode.STRICT || contractOrDialogue)) {
            throw new InvalidRequestException(op, numeroDemande, violations);
        }
        for (Violation v : violations) {
            LOG.warn("{}: {}", op, v);
        }
        warnings = List.copyOf(violations);
    }

    private static List<Violation> slotViolations(DatePlage slot, String call) {
        List<Violation> v = new ArrayList<>();
        if (slot.plage().isBlank()) {
            v.add(Violation.error("CONTRACT", call + ".Plage", "Plage must not be blank"));
        }
        return v;
    }

    @Override
    public String toString() {
        return "Dialogue[" + state + (numeroDemande == null ? "" : ", " + numeroDemande) + "]";
    }
}
