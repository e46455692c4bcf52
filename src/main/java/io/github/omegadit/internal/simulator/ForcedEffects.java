/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a forced answer does to the demandes: what OMEGA would have done had it given that answer itself (see
 * {@link io.github.omegadit.simulator.ForcedAnswer}), and the answer with the demande's NumeroDemande filled in.
 * Guarded by the engine's lock.
 */
final class ForcedEffects {

    private final Directory directory;
    private final AppointmentBook book;
    private final DemandeStore store;

    ForcedEffects(Directory directory, AppointmentBook book, DemandeStore store) {
        this.directory = directory;
        this.book = book;
        this.store = store;
    }

    /** Applies {@code forced} to the call and returns what to send and to log. */
    DialogueSteps.Result apply(Request request, Reponse forced, Instant now) {
        if (request instanceof Request.Verifier v) {
            return verifier(v, forced, now);
        }
        if (request instanceof Request.Creer c) {
            return creer(c, forced, now);
        }
        return appointment(request, forced, now);
    }

    /** A refusal of the receivability check is recorded as a demande, status 22 or 23 (guide §2.1.1). */
    private DialogueSteps.Result verifier(Request.Verifier r, Reponse forced, Instant now) {
        String pce = r.verifier().numeroPce();
        if (forced instanceof DmdKo ko) {
            SimulatedPce known = directory.pce(pce);
            StatutDemande statut = ko.has(Libelle.PCE_INCORRECT_OU_INCONNU)
                    ? StatutDemande.DEMANDE_IMPOSSIBLE_PCE_INCONNU : StatutDemande.DEMANDE_NON_VALIDEE;
            store.put(DemandeRecord.refused(store.nextNumero(), r.identity().numeroCad(), pce,
                    known == null ? null : known.segment(), statut, now));
        }
        return new DialogueSteps.Result(forced, pce, null);
    }

    /** Every answer but DmdKo (and an unknown code) means OMEGA created the demande. */
    private DialogueSteps.Result creer(Request.Creer r, Reponse forced, Instant now) {
        CreerDemande dm = r.demande();
        AnnexeA row = forced.annexeA().orElse(null);
        StatutDemande statut = row == null ? null : switch (row) {
            case DATE_PLAGE_H, LISTE_DP, MESSAGE -> StatutDemande.EN_ATTENTE_DE_RDV;
            case DMD_OK_DP -> StatutDemande.RDV_PROGRAMME;
            case DMD_OK_DD -> StatutDemande.ENREGISTREE_A_DATE_DEMANDEE;
            case DMD_OK -> StatutDemande.EN_COURS_DE_TRAITEMENT;
            case DMD_KO, RECEVABLE -> null;
        };
        if (statut == null) {
            return new DialogueSteps.Result(forced, dm.numeroPce(), null);
        }
        String numero = forced.numeroDemande() != null ? forced.numeroDemande() : store.nextNumero();
        SimulatedPce pce = directory.pce(dm.numeroPce());
        DemandeRecord d = DemandeRecord.created(numero, r.identity().numeroCad(), pce == null ? null : pce.segment(),
                dm, statut, now);
        store.put(d);
        moveOnAnswer(d, forced);
        return new DialogueSteps.Result(withNumero(forced, numero), dm.numeroPce(), numero);
    }

    private DialogueSteps.Result appointment(Request r, Reponse forced, Instant now) {
        String numero = r.numeroDemande();
        DemandeRecord d = store.get(numero);
        if (d != null) {
            d.lastCall = now;
            if (r instanceof Request.Proposer p && d.statut == StatutDemande.EN_ATTENTE_DE_RDV) {
                d.propose(p.date(), p.plage());
            }
            if (forced instanceof DmdKo ko) {
                if (ko.has(Libelle.DEMANDE_ABANDONNEE)) {
                    d.statut = StatutDemande.ABANDONNEE;
                }
            } else if (forced.annexeA().isPresent()) {
                moveOnAnswer(d, forced);
            }
        }
        Reponse sent = forced.annexeA().isPresent() ? withNumero(forced, numero) : forced;
        return new DialogueSteps.Result(sent, d == null ? null : d.numeroPce, numero);
    }

    /** The demande's state after an answer of a row other than DmdKo. */
    private void moveOnAnswer(DemandeRecord d, Reponse answer) {
        if (answer instanceof DmdOkDP p) {
            DatePlage slot = p.dateProgrammee().datePlage();
            if (d.rdvProgramme == null || !d.rdvProgramme.equals(slot)) {
                book.book(slot.date(), slot.plage());
            }
            d.statut = StatutDemande.RDV_PROGRAMME;
            d.rdvProgramme = slot;
            d.windowStart = null;
        } else if (answer instanceof DmdOkDD dd) {
            d.statut = StatutDemande.ENREGISTREE_A_DATE_DEMANDEE;
            if (dd.dateDemandee() != null) {
                d.dateDemandee = dd.dateDemandee();
            }
            d.windowStart = null;
        } else if (answer instanceof ListeDP l) {
            d.windowStart = l.creneaux().stream().map(DatePlage::date).min(LocalDate::compareTo).orElse(null);
        } else if (answer instanceof DatePlageH) {
            d.windowStart = null;
        }
    }

    /** The answer carrying {@code numero} when it names none; a receivability answer never carries one. */
    static Reponse withNumero(Reponse r, String numero) {
        AnnexeA row = r.annexeA().orElse(null);
        if (numero == null || r.numeroDemande() != null || row == null) {
            return r;
        }
        return switch (row) {
            case RECEVABLE -> r;
            case DMD_OK_DP -> {
                DmdOkDP a = (DmdOkDP) r;
                yield new DmdOkDP(numero, a.dateProgrammee(), a.presenceClient(), a.rdvSynchronisables(),
                        a.messages());
            }
            case DMD_OK_DD -> {
                DmdOkDD a = (DmdOkDD) r;
                yield new DmdOkDD(numero, a.dateDemandee(), a.codeMessageOmega(), a.presenceClient(),
                        a.rdvSynchronisables(), a.messages());
            }
            case DMD_OK -> new DmdOk(numero, r.messages());
            case MESSAGE -> {
                Message a = (Message) r;
                yield new Message(numero, a.codeMessageOmega(), a.dateDemandee(), a.presenceClient(),
                        a.rdvSynchronisables(), a.messages());
            }
            case DATE_PLAGE_H -> {
                DatePlageH a = (DatePlageH) r;
                yield new DatePlageH(numero, a.dateProgrammee(), a.presenceClient(), a.rdvSynchronisables(),
                        a.messages());
            }
            case LISTE_DP -> {
                ListeDP a = (ListeDP) r;
                yield new ListeDP(numero, a.creneaux(), a.presenceClient(), a.rdvSynchronisables(), a.messages());
            }
            case DMD_KO -> {
                DmdKo a = (DmdKo) r;
                yield new DmdKo(numero, a.raisons(), a.messages());
            }
        };
    }
}
