/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.Sens;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seven steps of the dialogue as OMEGA runs them (guide §2.1): each reads and changes the demandes, and answers
 * with a record of {@link io.github.omegadit.answer} whose texts come from Annexe A. Guarded by the engine's lock.
 */
final class DialogueSteps {

    /** An answer and what the call log records of it. */
    record Result(Reponse reponse, String numeroPce, String numeroDemande) {}

    /** The demande an appointment or stop call acts on, or the refusal to answer instead. */
    private sealed interface Lookup {
        record Found(DemandeRecord demande) implements Lookup {}

        record Refused(Result result) implements Lookup {}
    }

    private final Directory directory;
    private final Controles controles;
    private final Catalogue catalogue;
    private final AppointmentBook book;
    private final SlotSearch slots;
    private final DemandeStore store;
    private final Duration internalEventAfter;
    private Instant now;
    private LocalDate today;
    private LocalDate firstDay;
    private LocalDate firstDayExpress;

    DialogueSteps(Directory directory, Controles controles, Catalogue catalogue, AppointmentBook book,
            SlotSearch slots, DemandeStore store, Duration internalEventAfter) {
        this.internalEventAfter = internalEventAfter;
        this.directory = directory;
        this.controles = controles;
        this.catalogue = catalogue;
        this.book = book;
        this.slots = slots;
        this.store = store;
    }

    /**
     * Runs one call.
     *
     * @param now             the engine's clock
     * @param today           today on the engine's clock
     * @param earliest        the first bookable day
     * @param earliestExpress the first bookable day with OptionExpress "1"
     */
    Result run(Request request, Instant now, LocalDate today, LocalDate earliest, LocalDate earliestExpress) {
        this.now = now;
        this.today = today;
        this.firstDay = earliest;
        this.firstDayExpress = earliestExpress;
        if (request instanceof Request.Verifier v) {
            return verifier(v);
        } else if (request instanceof Request.Creer c) {
            return creer(c);
        }
        // the appointment and stop calls act on a demande of the caller's that still awaits its appointment
        Lookup lookup = lookup(request.identity(), request.numeroDemande());
        if (lookup instanceof Lookup.Refused refused) {
            return refused.result();
        }
        DemandeRecord d = ((Lookup.Found) lookup).demande();
        if (request instanceof Request.Proposer p) {
            return proposer(d, p);
        } else if (request instanceof Request.PrecSuiv p) {
            return precSuiv(d, p);
        } else if (request instanceof Request.Accepter a) {
            return accepter(d, a);
        } else if (request instanceof Request.AbandonnerRdv) {
            return abandonnerRdv(d);
        }
        return abandonnerDemande(d);
    }

    private Result verifier(Request.Verifier r) {
        String numeroPce = r.verifier().numeroPce();
        Controles.Refus refus = controles.identiteEtPce(r.identity(), numeroPce, r.verifier().codePostal());
        if (refus != null) {
            SimulatedPce known = directory.pce(numeroPce);
            String numero = store.nextNumero();
            store.put(DemandeRecord.refused(numero, r.identity().numeroCad(), numeroPce,
                    known == null ? null : known.segment(), refus.statut(), now));
            return new Result(DmdKo.of(null, List.of(refus.message())), numeroPce, null);
        }
        List<InterventionPossible> list = new ArrayList<>();
        for (Catalogue.Entry e : catalogue.entries()) {
            if (e.segment() == directory.pce(numeroPce).segment()) {
                list.add(new InterventionPossible(e.code(), e.motif(), presence(e.segment(), e.code())));
            }
        }
        return new Result(new Recevable(List.of(Libelle.DEMANDE_RECEVABLE.texte()), list, null), numeroPce, null);
    }

    private Result creer(Request.Creer r) {
        CreerDemande dm = r.demande();
        String numeroPce = dm.numeroPce();
        Identity id = r.identity();
        Controles.Refus refus = controles.identiteEtPce(id, numeroPce, dm.codePostal());
        if (refus != null) {
            return new Result(DmdKo.of(null, List.of(refus.message())), numeroPce, null);
        }
        SimulatedPce pce = directory.pce(numeroPce);
        List<String> errors = controles.creation(id, dm, pce.segment(), today);
        if (!errors.isEmpty()) {
            return new Result(DmdKo.of(null, errors), numeroPce, null);
        }
        boolean jj = pce.segment() == Segment.JJ_JM_MM;
        String numero = store.nextNumero();
        DemandeRecord d = DemandeRecord.created(numero, id.numeroCad(), pce.segment(), dm,
                jj ? StatutDemande.ENREGISTREE_A_DATE_DEMANDEE : StatutDemande.EN_ATTENTE_DE_RDV, now);
        store.put(d);
        if (jj) {
            return dateDemandee(d);
        }
        return slotAnswer(d, dm.rdvDate(), dm.rdvPlage());
    }

    private Result proposer(DemandeRecord d, Request.Proposer r) {
        d.propose(r.date(), r.plage());
        return slotAnswer(d, r.date(), r.plage());
    }

    private Result precSuiv(DemandeRecord d, Request.PrecSuiv r) {
        LocalDate earliest = d.express ? firstDayExpress : firstDay;
        LocalDate base = d.windowStart != null ? d.windowStart : SlotSearch.standardStart(d.dateDemandee, earliest);
        SlotSearch.Window w = r.sens() == Sens.SUIVANT
                ? slots.forward(d.windowStart != null ? WorkingDays.plus(base, 2) : base, earliest)
                : slots.backward(WorkingDays.minus(base, 2), earliest);
        return liste(d, w);
    }

    private Result accepter(DemandeRecord d, Request.Accepter r) {
        LocalDate earliest = d.express ? firstDayExpress : firstDay;
        if (slots.bookable(r.date(), r.plage(), earliest) && book.book(r.date(), r.plage())) {
            d.statut = StatutDemande.RDV_PROGRAMME;
            d.rdvProgramme = new DatePlage(r.date(), r.plage());
            d.windowStart = null;
            return new Result(new DmdOkDP(d.numeroDemande, slots.dateProgrammee(r.date(), r.plage()),
                    presence(d.segment, d.codeIntervention), List.of(), List.of(Libelle.RDV_PROGRAMME.texte())),
                    d.numeroPce, d.numeroDemande);
        }
        return liste(d, slots.forward(SlotSearch.standardStart(r.date(), earliest), earliest));
    }

    private Result abandonnerRdv(DemandeRecord d) {
        d.statut = StatutDemande.ENREGISTREE_A_DATE_DEMANDEE;
        return dateDemandee(d);
    }

    private Result abandonnerDemande(DemandeRecord d) {
        d.statut = StatutDemande.ABANDONNEE;
        return new Result(DmdKo.of(d.numeroDemande, List.of(Libelle.DEMANDE_ABANDONNEE.texte())), d.numeroPce,
                d.numeroDemande);
    }

    /**
     * The demande an appointment or stop call may act on: the caller's, and still "en attente de RDV" (which an
     * internal event may have changed during a long pause: guide §2.1).
     */
    private Lookup lookup(Identity id, String numeroDemande) {
        String identite = controles.identite(id);
        DemandeRecord d = store.get(numeroDemande);
        String pce = d == null ? null : d.numeroPce;
        if (identite != null) {
            return new Lookup.Refused(new Result(DmdKo.of(numeroDemande, List.of(identite)), pce, numeroDemande));
        }
        String code = null;
        if (d == null) {
            code = DialogueEngine.CODE_DEMANDE_INCONNUE;
        } else if (!d.numeroCad.equals(id.numeroCad())) {
            code = DialogueEngine.CODE_DEMANDE_AUTRE_FOURNISSEUR;
        } else {
            d.settle(now, internalEventAfter);
            if (d.statut == StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE) {
                code = DialogueEngine.CODE_DEMANDE_MODIFIEE_PAR_EVENEMENT_INTERNE;
            } else if (d.statut != StatutDemande.EN_ATTENTE_DE_RDV) {
                code = DialogueEngine.CODE_DEMANDE_PAS_EN_ATTENTE_DE_RDV;
            }
            d.lastCall = now;
        }
        if (code != null) {
            return new Lookup.Refused(new Result(DmdKo.of(numeroDemande,
                    List.of(Libelle.DIALOGUE_INTERROMPU.avec(code))), pce, numeroDemande));
        }
        return new Lookup.Found(d);
    }

    /** T / DmdOkDD: registered at the requested date. */
    private Result dateDemandee(DemandeRecord d) {
        return new Result(new DmdOkDD(d.numeroDemande, d.dateDemandee, null, presence(d.segment, d.codeIntervention),
                List.of(), List.of(Libelle.RDV_DATE_DEMANDEE.texte())), d.numeroPce, d.numeroDemande);
    }

    /** The requested slot when free (DatePlageH), else the list after the requested date (ListeDP). */
    private Result slotAnswer(DemandeRecord d, LocalDate date, String plage) {
        LocalDate earliest = d.express ? firstDayExpress : firstDay;
        if (slots.bookable(date, plage, earliest)) {
            d.windowStart = null;
            return new Result(new DatePlageH(d.numeroDemande, slots.dateProgrammee(date, plage),
                    presence(d.segment, d.codeIntervention), List.of(), List.of(Libelle.DATE_PLAGE_DISPONIBLE.texte())),
                    d.numeroPce, d.numeroDemande);
        }
        return liste(d, slots.forward(SlotSearch.standardStart(date, earliest), earliest));
    }

    private Result liste(DemandeRecord d, SlotSearch.Window w) {
        d.windowStart = w.start();
        return new Result(new ListeDP(d.numeroDemande, w.slots(), presence(d.segment, d.codeIntervention), List.of(),
                List.of(Libelle.DATE_PLAGE_INDISPONIBLE.texte())), d.numeroPce, d.numeroDemande);
    }

    /**
     * The customer presence OMEGA announces for the code: the catalogue's {@code presence} column (the guide leaves it
     * to OMEGA), "souhaitée" where the file leaves it empty.
     */
    private PresenceClient presence(Segment segment, String code) {
        return catalogue.presence(segment, code).orElse(PresenceClient.PS);
    }
}
