/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DateProgrammee;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.internal.generated.DatePlageHoraire;
import io.github.omegadit.internal.generated.Interventions;
import io.github.omegadit.internal.generated.Motif;
import io.github.omegadit.internal.generated.ReponseCreerDemandeObjet;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.ReponseWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.Retour;
import io.github.omegadit.internal.generated.RetourRecevabilite;
import io.github.omegadit.internal.generated.RetourSynchroInterventions;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import jakarta.xml.bind.JAXBElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers between the generated JAXB types and the records of {@link io.github.omegadit.answer}, both ways, through
 * the one table {@link AnnexeA}: the client reads them ({@link #recevabilite}, {@link #creation}, {@link #rdv},
 * {@link #abandon}), the simulator writes them ({@link #toWire}). A (TypeRetourDialogue, CodeRetour) pair that is
 * not a row of Annexe A for the call becomes {@link CodeRetourInconnu}; nothing OMEGA sent is dropped.
 */
public final class Answers {

    private Answers() {}

    /** What both answer shapes carry, read once from the wire. */
    private record Fields(String type, String code, List<String> messages, String numeroDemande,
            PresenceClient presence, List<DatePlage> synchros, DateProgrammee dateProgrammee, LocalDate dateDemandee,
            List<DatePlage> liste, boolean listeSent, List<InterventionPossible> interventions,
            String listeSousTypeDit) {}

    // ------------------------------------------------------------------ wire -> records (client)

    /** The answer to VerifierRecevabiliteDIT. */
    public static RecevabiliteReponse recevabilite(ReponseWSVerifierRecevabiliteDIT w) {
        RetourRecevabilite retour = w.getRetour();
        List<InterventionPossible> interventions = new ArrayList<>();
        if (retour != null) {
            for (Interventions i : retour.getInterventions()) {
                Motif m = i.getMotif();
                interventions.add(new InterventionPossible(i.getIntervention(),
                        m == null || m.getValue() == null ? "" : m.getValue(),
                        m == null ? null : presence(m.getPresenceClient())));
            }
        }
        Fields f = new Fields(type(w.getTypeRetourDialogue()), retour == null ? null : retour.getCodeRetour(),
                retour == null ? List.of() : texts(retour.getMessageRetour()), null, null, List.of(), null, null,
                List.of(), false, interventions, retour == null ? null : retour.getListeSousTypeDIT());
        return decode(Operation.VERIFIER_RECEVABILITE_DIT, f) instanceof RecevabiliteReponse r ? r : unknown(f);
    }

    /** The answer to CreerDemandeDIT. */
    public static CreationReponse creation(ReponseDialogueDIT w) {
        Fields f = fields(w);
        return decode(Operation.CREER_DEMANDE_DIT, f) instanceof CreationReponse r ? r : unknown(f);
    }

    /** The answer to ProposerDatePlage, DemanderPrecSuiv or AccepterRdv. */
    public static RdvReponse rdv(Operation operation, ReponseDialogueDIT w) {
        Fields f = fields(w);
        return decode(operation, f) instanceof RdvReponse r ? r : unknown(f);
    }

    /** The answer to AbandonnerRdv or AbandonnerDemande. */
    public static AbandonReponse abandon(Operation operation, ReponseDialogueDIT w) {
        Fields f = fields(w);
        return decode(operation, f) instanceof AbandonReponse r ? r : unknown(f);
    }

    private static Fields fields(ReponseDialogueDIT w) {
        Retour retour = w.getRetour();
        ReponseCreerDemandeObjet o = w.getReponseCreerDemandeObjet();
        List<DatePlage> liste = new ArrayList<>();
        if (o != null) {
            for (io.github.omegadit.internal.generated.DatePlage dp : o.getListeDatePlage()) {
                if (dp.getDate() != null && dp.getPlage() != null) {
                    liste.add(new DatePlage(dp.getDate(), dp.getPlage()));
                }
            }
        }
        return new Fields(type(w.getTypeRetourDialogue()), retour == null ? null : retour.getCodeRetour(),
                retour == null ? List.of() : texts(retour.getMessageRetour()),
                o == null ? null : o.getNumeroDemande(), o == null ? null : presence(o.getPresenceClient()),
                o == null ? List.of() : synchros(o.getRetourSynchroInterventions()),
                o == null ? null : dateProgrammee(o.getDateProgrammee()), o == null ? null : o.getDateDemandee(),
                liste, o != null, List.of(), null);
    }

    /** The record of the Annexe A row the answer is for this call; {@link CodeRetourInconnu} when there is none. */
    private static Reponse decode(Operation op, Fields f) {
        AnnexeA row = AnnexeA.row(op, io.github.omegadit.protocol.TypeRetourDialogue.fromWire(f.type()), f.code())
                .orElse(null);
        if (row == null) {
            return unknown(f);
        }
        return switch (row) {
            case RECEVABLE -> new Recevable(f.messages(), f.interventions(), f.listeSousTypeDit());
            case DMD_OK_DP -> new DmdOkDP(f.numeroDemande(), f.dateProgrammee(), f.presence(), f.synchros(),
                    f.messages());
            case DMD_OK_DD -> DmdOkDD.of(f.numeroDemande(), f.dateDemandee(), f.presence(), f.synchros(),
                    f.messages());
            case DMD_OK -> new DmdOk(f.numeroDemande(), f.messages());
            case MESSAGE -> Message.of(f.numeroDemande(), f.dateDemandee(), f.presence(), f.synchros(),
                    f.messages());
            // a DatePlageH without its slot, or a ListeDP without its ReponseCreerDemandeObjet, cannot be acted on: raw
            case DATE_PLAGE_H -> f.dateProgrammee() == null ? unknown(f)
                    : new DatePlageH(f.numeroDemande(), f.dateProgrammee(), f.presence(), f.synchros(), f.messages());
            case LISTE_DP -> !f.listeSent() ? unknown(f)
                    : new ListeDP(f.numeroDemande(), f.liste(), f.presence(), f.synchros(), f.messages());
            case DMD_KO -> DmdKo.of(f.numeroDemande(), f.messages());
        };
    }

    private static CodeRetourInconnu unknown(Fields f) {
        return new CodeRetourInconnu(f.type(), f.code(), f.messages(), f.numeroDemande());
    }

    private static DateProgrammee dateProgrammee(io.github.omegadit.internal.generated.DateProgrammee d) {
        if (d == null) {
            return null;
        }
        Integer synchro = d.getRetourSynchroIntervention() == null ? null
                : Integer.valueOf(d.getRetourSynchroIntervention());
        return new DateProgrammee(d.getDate(), d.getPlageHoraire(), d.getHeureMin(), d.getHeureMax(), synchro);
    }

    private static List<DatePlage> synchros(List<RetourSynchroInterventions> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<DatePlage> out = new ArrayList<>(list.size());
        for (RetourSynchroInterventions r : list) {
            DatePlageHoraire dp = r.getDatePlage();
            if (dp != null && dp.getDate() != null && dp.getPlageHoraire() != null) {
                out.add(new DatePlage(dp.getDate(), dp.getPlageHoraire()));
            }
        }
        return out;
    }

    private static PresenceClient presence(io.github.omegadit.internal.generated.PresenceClient p) {
        return p == null ? null : PresenceClient.valueOf(p.name());
    }

    private static String type(TypeRetourDialogue t) {
        return t == null ? null : t.value();
    }

    private static List<String> texts(List<String> list) {
        return list.stream().map(s -> s == null ? "" : s).toList();
    }

    // ------------------------------------------------------------------ records -> wire (simulator)

    /**
     * The JAXB payload of the answer to {@code operation}: a {@code ReponseWSVerifierRecevabiliteDIT}, or the
     * operation's {@code ReponseWS…} element around a {@code ReponseDialogueDIT}.
     *
     * @throws IllegalArgumentException for a {@link ResultatIncertain} (there is no answer to send), or a
     *                                  {@link CodeRetourInconnu} whose TypeRetourDialogue is not P, A or T (the
     *                                  contract's enumeration cannot carry it)
     */
    public static Object toWire(Operation operation, Reponse answer) {
        if (answer instanceof ResultatIncertain) {
            throw new IllegalArgumentException("a ResultatIncertain is the absence of an answer: nothing to send");
        }
        TypeRetourDialogue type = wireType(answer.typeRetourDialogue());
        if (operation == Operation.VERIFIER_RECEVABILITE_DIT) {
            ReponseWSVerifierRecevabiliteDIT r = new ReponseWSVerifierRecevabiliteDIT();
            r.setTypeRetourDialogue(type);
            RetourRecevabilite retour = new RetourRecevabilite();
            retour.setCodeRetour(answer.codeRetour());
            retour.getMessageRetour().addAll(answer.messages());
            if (answer instanceof Recevable rec) {
                for (InterventionPossible i : rec.interventions()) {
                    Interventions wi = new Interventions();
                    wi.setIntervention(i.codeIntervention());
                    Motif m = new Motif();
                    m.setValue(i.codeMotif());
                    m.setPresenceClient(wirePresence(i.presenceClient()));
                    wi.setMotif(m);
                    retour.getInterventions().add(wi);
                }
                retour.setListeSousTypeDIT(rec.listeSousTypeDit());
            }
            r.setRetour(retour);
            return r;
        }
        ReponseDialogueDIT r = new ReponseDialogueDIT();
        r.setTypeRetourDialogue(type);
        Retour retour = new Retour();
        retour.setCodeRetour(answer.codeRetour());
        retour.getMessageRetour().addAll(answer.messages());
        r.setRetour(retour);
        r.setReponseCreerDemandeObjet(objet(answer));
        return element(operation, r);
    }

    /** ReponseCreerDemandeObjet of an answer, or {@code null} when it carries nothing (a DmdKo without number). */
    private static ReponseCreerDemandeObjet objet(Reponse answer) {
        AnnexeA row = answer.annexeA().orElse(null);
        ReponseCreerDemandeObjet o = new ReponseCreerDemandeObjet();
        o.setNumeroDemande(answer.numeroDemande());
        if (row == null) {
            return answer.numeroDemande() == null ? null : o;
        }
        switch (row) {
            case DMD_OK_DP -> {
                DmdOkDP a = (DmdOkDP) answer;
                fill(o, a.presenceClient(), a.rdvSynchronisables());
                o.setDateProgrammee(wire(a.dateProgrammee()));
            }
            case DMD_OK_DD -> {
                DmdOkDD a = (DmdOkDD) answer;
                fill(o, a.presenceClient(), a.rdvSynchronisables());
                o.setDateDemandee(a.dateDemandee());
            }
            case MESSAGE -> {
                Message a = (Message) answer;
                fill(o, a.presenceClient(), a.rdvSynchronisables());
                o.setDateDemandee(a.dateDemandee());
            }
            case DATE_PLAGE_H -> {
                DatePlageH a = (DatePlageH) answer;
                fill(o, a.presenceClient(), a.rdvSynchronisables());
                o.setDateProgrammee(wire(a.dateProgrammee()));
            }
            case LISTE_DP -> {
                ListeDP a = (ListeDP) answer;
                fill(o, a.presenceClient(), a.rdvSynchronisables());
                for (DatePlage slot : a.creneaux()) {
                    io.github.omegadit.internal.generated.DatePlage dp =
                            new io.github.omegadit.internal.generated.DatePlage();
                    dp.setDate(slot.date());
                    dp.setPlage(slot.plage());
                    o.getListeDatePlage().add(dp);
                }
            }
            case DMD_OK, DMD_KO, RECEVABLE -> {
                if (answer.numeroDemande() == null) {
                    return null;
                }
            }
        }
        return o;
    }

    private static void fill(ReponseCreerDemandeObjet o, PresenceClient presence, List<DatePlage> synchros) {
        o.setPresenceClient(wirePresence(presence));
        for (DatePlage s : synchros) {
            DatePlageHoraire dp = new DatePlageHoraire();
            dp.setDate(s.date());
            dp.setPlageHoraire(s.plage());
            RetourSynchroInterventions r = new RetourSynchroInterventions();
            r.setDatePlage(dp);
            o.getRetourSynchroInterventions().add(r);
        }
    }

    private static io.github.omegadit.internal.generated.DateProgrammee wire(DateProgrammee d) {
        if (d == null) {
            return null;
        }
        io.github.omegadit.internal.generated.DateProgrammee w =
                new io.github.omegadit.internal.generated.DateProgrammee();
        w.setDate(d.date());
        w.setPlageHoraire(d.plageHoraire());
        w.setHeureMin(d.heureMin());
        w.setHeureMax(d.heureMax());
        w.setRetourSynchroIntervention(d.retourSynchroIntervention() == null ? null
                : d.retourSynchroIntervention().toString());
        return w;
    }

    private static JAXBElement<ReponseDialogueDIT> element(Operation op, ReponseDialogueDIT r) {
        return switch (op) {
            case CREER_DEMANDE_DIT -> Jaxb.FACTORY.createReponseWSCreerDIT(r);
            case PROPOSER_DATE_PLAGE -> Jaxb.FACTORY.createReponseWSProposerDatePlage(r);
            case DEMANDER_PREC_SUIV -> Jaxb.FACTORY.createReponseWSDemanderPrecSuiv(r);
            case ACCEPTER_RDV -> Jaxb.FACTORY.createReponseWSAccepterRdv(r);
            case ABANDONNER_RDV -> Jaxb.FACTORY.createReponseWSAbandonnerRdv(r);
            case ABANDONNER_DEMANDE -> Jaxb.FACTORY.createReponseWSAbandonnerDemande(r);
            case VERIFIER_RECEVABILITE_DIT -> throw new IllegalArgumentException("not a dialogue answer: " + op);
        };
    }

    private static TypeRetourDialogue wireType(io.github.omegadit.protocol.TypeRetourDialogue t) {
        if (t == null) {
            throw new IllegalArgumentException("the contract carries only TypeRetourDialogue P, A or T");
        }
        return TypeRetourDialogue.fromValue(t.name());
    }

    private static io.github.omegadit.internal.generated.PresenceClient wirePresence(PresenceClient p) {
        return p == null ? null : io.github.omegadit.internal.generated.PresenceClient.valueOf(p.name());
    }
}
