/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDD;
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
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.DitRules;
import io.github.omegadit.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialogue of one DIT with OMEGA (guide §2.1), as an explicit state machine: each call is checked against the
 * {@linkplain #state() current state} and its rules before anything is sent, and the answer moves the state on.
 * OMEGA keeps no session: the {@linkplain #numeroDemande() NumeroDemande} is the only key, and
 * {@link DitClient#resume(String)} rebuilds the appointment step from it.
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
 */
public final class Dialogue {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogue.class);

    private final DitClient client;
    private final ReentrantLock lock = new ReentrantLock();
    private DialogueState state;
    private String numeroDemande;
    private String numeroPce;
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
     * @throws InvalidRequestException when the request breaks a rule (strict mode)
     * @throws DitServiceException     when no usable answer came (retried first when safe)
     */
    public RecevabiliteReponse verifierRecevabilite(VerifierRecevabilite request) {
        Objects.requireNonNull(request, "request");
        lock.lock();
        try {
            Operation op = Operation.VERIFIER_RECEVABILITE_DIT;
            checkSequence(op);
            List<Violation> violations = new ArrayList<>();
            if (client.validationMode() != ValidationMode.OFF) {
                violations.addAll(DitRules.verifierRecevabilite(request, ruleContext(null)));
            }
            if (request.numeroPce() == null || request.numeroPce().isBlank()) {
                addIfAbsent(violations, Violation.error("CONTRACT", "NumeroPCE", "NumeroPCE is required"));
            }
            screen(op, violations);
            RecevabiliteReponse answer = client.gateway().verifierRecevabilite(client.identity(), request);
            lastReponse = (Reponse) answer;
            TypeRetourDialogue type = lastReponse.typeRetourDialogue();
            if (answer instanceof Recevable r) {
                interventions = r.interventions();
            }
            if (type == TypeRetourDialogue.P) {
                numeroPce = request.numeroPce();
                move(op, DialogueState.RECEIVABLE);
            } else {
                move(op, type == null ? DialogueState.OUTCOME_UNKNOWN : DialogueState.REFUSED);
            }
            return answer;
        } finally {
            lock.unlock();
        }
    }

    /**
     * CreerDemandeDIT: creates the demande. Never sent twice: when it may have reached OMEGA and no answer came, the
     * result is {@link ResultatIncertain} and the dialogue ends in {@link DialogueState#OUTCOME_UNKNOWN}.
     *
     * @throws OutOfSequenceException  unless the dialogue is {@link DialogueState#RECEIVABLE}
     * @throws InvalidRequestException when the request breaks a rule (strict mode), or names another PCE than the
     *                                 one checked
     * @throws DitServiceException     when the request provably never left (connection refused...), after retries
     */
    public CreationReponse creerDemande(CreerDemande request) {
        Objects.requireNonNull(request, "request");
        lock.lock();
        try {
            Operation op = Operation.CREER_DEMANDE_DIT;
            checkSequence(op);
            List<Violation> violations = new ArrayList<>();
            if (client.validationMode() != ValidationMode.OFF) {
                violations.addAll(DitRules.creerDemande(request, ruleContext(interventions)));
            }
            if (numeroPce != null && !numeroPce.equals(request.numeroPce())) {
                violations.add(Violation.error("DIALOGUE", "Demande.NumeroPCE", "must be the PCE checked by "
                        + "VerifierRecevabiliteDIT in this dialogue (" + numeroPce + "), got " + request.numeroPce()));
            }
            if (request.rdvDate() == null) {
                addIfAbsent(violations, Violation.error("CONTRACT", "Demande.RdvDemande.Date",
                        "RdvDemande.Date is required"));
            }
            if (request.codeIntervention() == null || request.codeIntervention().isBlank()) {
                addIfAbsent(violations, Violation.error("CONTRACT", "Demande.DonneesTypeDemande.CodeLibelleIntervention",
                        "CodeLibelleIntervention is required"));
            }
            screen(op, violations);
            CreationReponse answer;
            try {
                answer = client.gateway().creerDemande(client.identity(), request);
            } catch (DitServiceException e) {
                if (!e.mayHaveBeenReceived()) {
                    throw e;
                }
                LOG.warn("CreerDemandeDIT for PCE {} (ReferenceDemande {}) may have reached OMEGA but no answer came"
                        + " ({}); not resent: reconcile through OMEGA's request follow-up", request.numeroPce(),
                        request.referenceDemande(), e.failure());
                move(op, DialogueState.OUTCOME_UNKNOWN);
                return new ResultatIncertain(request.numeroPce(), request.referenceDemande(), e);
            }
            lastReponse = (Reponse) answer;
            afterDialogueAnswer(op, (Reponse) answer);
            return answer;
        } finally {
            lock.unlock();
        }
    }

    /**
     * ProposerDatePlage: proposes another date and slot. OMEGA answers DatePlageH (free: accept it) or ListeDP.
     * Note (guide §2.1.2): the date proposed becomes the demande's requested date at OMEGA even if the dialogue
     * then fails.
     */
    public RdvReponse proposerDatePlage(DatePlage slot) {
        Objects.requireNonNull(slot, "slot");
        return exchange(Operation.PROPOSER_DATE_PLAGE, () -> slotViolations(slot, "ProposerDatePlage"),
                () -> client.gateway().proposerDatePlage(client.identity(), numeroDemande, slot));
    }

    /** ProposerDatePlage for a date and plage. */
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

    /** DemanderPrecSuiv: the previous or next slots. Safe to retry, and retried on transport failure. */
    public RdvReponse demanderPrecSuiv(Sens sens) {
        Objects.requireNonNull(sens, "sens");
        return exchange(Operation.DEMANDER_PREC_SUIV, List::of,
                () -> client.gateway().demanderPrecSuiv(client.identity(), numeroDemande, sens));
    }

    /**
     * AccepterRdv: books a slot OMEGA offered (the DatePlageH slot or one of the ListeDP). After
     * {@link DitClient#resume(String)} the offer is unknown and any slot is sent; OMEGA judges.
     *
     * @throws InvalidRequestException when the slot is not among those offered last
     */
    public RdvReponse accepterRdv(DatePlage slot) {
        Objects.requireNonNull(slot, "slot");
        return exchange(Operation.ACCEPTER_RDV, () -> {
            List<Violation> violations = slotViolations(slot, "AccepterRdv");
            if (!offered.isEmpty() && !offered.contains(slot)) {
                violations.add(Violation.error("DIALOGUE", "AccepterRdv.DatePlage", "slot " + slot
                        + " was not offered; offered: " + offered));
            }
            return violations;
        }, () -> client.gateway().accepterRdv(client.identity(), numeroDemande, slot));
    }

    /** AbandonnerRdv: stops the appointment step; the demande is kept at its requested date (DmdOkDD). */
    public AbandonReponse abandonnerRdv() {
        return abandon(Operation.ABANDONNER_RDV);
    }

    /** AbandonnerDemande: abandons the demande (DmdKo "Demande abandonnée"). */
    public AbandonReponse abandonnerDemande() {
        return abandon(Operation.ABANDONNER_DEMANDE);
    }

    private AbandonReponse abandon(Operation op) {
        return exchange(op, List::of, () -> op == Operation.ABANDONNER_RDV
                ? client.gateway().abandonnerRdv(client.identity(), numeroDemande)
                : client.gateway().abandonnerDemande(client.identity(), numeroDemande));
    }

    /**
     * One appointment or stop call: sequence check, request checks, the call, then the state moves on with the
     * answer. {@code violations} and {@code send} run under the dialogue's lock.
     */
    private <R> R exchange(Operation op, Supplier<List<Violation>> violations, Supplier<R> send) {
        lock.lock();
        try {
            checkSequence(op);
            screen(op, violations.get());
            R answer = send.get();
            lastReponse = (Reponse) answer;
            afterDialogueAnswer(op, lastReponse);
            return answer;
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ machinery

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private void checkSequence(Operation op) {
        if (!state.allows(op)) {
            throw new OutOfSequenceException(op, numeroDemande, state, state.allowed());
        }
    }

    private RuleContext ruleContext(List<InterventionPossible> recevables) {
        return new RuleContext(client.numeroVersion(), client.identity().login(), client.catalogue(), recevables);
    }

    /** Refuses (strict) or logs (warn-only) violations; keeps warnings for {@link #warnings()}. */
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

    private static void addIfAbsent(List<Violation> list, Violation v) {
        if (list.stream().noneMatch(x -> x.field().equals(v.field()) && x.isError())) {
            list.add(v);
        }
    }

    /** Moves the state on after an answer to one of the dialogue calls (creation, appointment, stop). */
    private void afterDialogueAnswer(Operation op, Reponse answer) {
        if (answer.numeroDemande() != null && !answer.numeroDemande().isBlank()) {
            numeroDemande = answer.numeroDemande();
        }
        if (answer instanceof ListeDP l) {
            offered = l.creneaux();
        } else if (answer instanceof DatePlageH h) {
            offered = List.of(h.dateProgrammee().datePlage());
        }
        TypeRetourDialogue type = answer.typeRetourDialogue();
        DialogueState next;
        if (type == null) {
            next = DialogueState.OUTCOME_UNKNOWN;
        } else {
            next = switch (type) {
                case T -> DialogueState.DONE;
                case A -> DialogueState.ABANDONED;
                case P -> numeroDemande != null ? DialogueState.AWAITING_APPOINTMENT : DialogueState.OUTCOME_UNKNOWN;
            };
        }
        move(op, next);
    }

    private void move(Operation op, DialogueState next) {
        if (next != state) {
            LOG.debug("dialogue {}: {} → {} after {}", numeroDemande, state, next, op);
        }
        state = next;
    }

    @Override
    public String toString() {
        return "Dialogue[" + state + (numeroDemande == null ? "" : ", " + numeroDemande) + "]";
    }
}
