/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.answer.AbandonReponse;
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
import io.github.omegadit.internal.generated.Demande;
import io.github.omegadit.internal.generated.DonneesFournisseur;
import io.github.omegadit.internal.generated.DonneesTypeDemande;
import io.github.omegadit.internal.generated.IndexClient;
import io.github.omegadit.internal.generated.IndexConteste;
import io.github.omegadit.internal.generated.Interventions;
import io.github.omegadit.internal.generated.RdvDemande;
import io.github.omegadit.internal.generated.ReponseCreerDemandeObjet;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.ReponseWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerDemande;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerRdv;
import io.github.omegadit.internal.generated.RequeteWSAccepterRdv;
import io.github.omegadit.internal.generated.RequeteWSCreerDIT;
import io.github.omegadit.internal.generated.RequeteWSDemanderPrecSuiv;
import io.github.omegadit.internal.generated.RequeteWSProposerDatePlage;
import io.github.omegadit.internal.generated.RequeteWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.Retour;
import io.github.omegadit.internal.generated.RetourRecevabilite;
import io.github.omegadit.internal.generated.RetourSynchroInterventions;
import io.github.omegadit.internal.generated.SensPrecSuiv;
import io.github.omegadit.internal.generated.TypeDemande;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import io.github.omegadit.internal.generated.Utilisateur;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The only translation between the public API and the generated JAXB types. Swapping in the distributor's official
 * XSD means changing this class (and the build's namespace mapping), nothing else.
 */
public final class Mapping {

    private Mapping() {}

    // ------------------------------------------------------------------ requests

    /** RequeteWSVerifierRecevabiliteDIT. */
    public static RequeteWSVerifierRecevabiliteDIT toWire(Identity id, VerifierRecevabilite r) {
        RequeteWSVerifierRecevabiliteDIT w = new RequeteWSVerifierRecevabiliteDIT();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroPCE(r.numeroPce());
        w.setCodePostal(r.codePostal());
        return w;
    }

    /** RequeteWSCreerDIT; TypeDemande is always DIT (rule R1) and the dead fields are never set (rule R10). */
    public static RequeteWSCreerDIT toWire(Identity id, CreerDemande r) {
        RequeteWSCreerDIT w = new RequeteWSCreerDIT();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);

        Demande d = new Demande();
        d.setTypeDemande(TypeDemande.DIT);
        d.setNumeroPCE(r.numeroPce());
        d.setCodePostal(r.codePostal());
        if (r.referenceDemande() != null || r.telephoneFournisseur() != null || r.groupeAppartenance() != null) {
            DonneesFournisseur f = new DonneesFournisseur();
            f.setReferenceDemande(r.referenceDemande());
            f.setTelephoneFournisseur(r.telephoneFournisseur());
            f.setGroupeAppartenance(r.groupeAppartenance());
            d.setDonneesFournisseur(f);
        }
        d.setCommentaire(r.commentaire());

        DonneesTypeDemande t = new DonneesTypeDemande();
        t.setCodeLibelleIntervention(r.codeIntervention());
        t.setCodeMotifIntervention(r.codeMotif() == null || r.codeMotif().isEmpty() ? null : r.codeMotif());
        t.setOptionExpress(r.optionExpress() ? "1" : "0");
        if (r.indexConteste() != null) {
            IndexConteste ic = new IndexConteste();
            ic.setTypeIndex(r.indexConteste().typeIndex() == null ? null : r.indexConteste().typeIndex().code());
            ic.setValeurIndexReleve(r.indexConteste().valeur());
            ic.setDateIndexConteste(r.indexConteste().date());
            t.setIndexConteste(ic);
        }
        if (r.indexClient() != null) {
            IndexClient ic = new IndexClient();
            ic.setValeurIndexClient(r.indexClient().valeur());
            ic.setDateIndexClient(r.indexClient().date());
            t.setIndexClient(ic);
        }
        t.setPrecisionIntervention(r.precisionIntervention());
        d.setDonneesTypeDemande(t);

        RdvDemande rdv = new RdvDemande();
        rdv.setDate(r.rdvDate());
        rdv.setPlage(r.rdvPlage());
        d.setRdvDemande(rdv);

        ContactIntervention c = r.contact();
        if (c != null) {
            io.github.omegadit.internal.generated.ContactIntervention wc =
                    new io.github.omegadit.internal.generated.ContactIntervention();
            wc.setNom(c.nom());
            wc.setTelephone(c.telephone());
            wc.setCodeAcces(c.codeAcces());
            wc.setComplementAdresse(c.complementAdresse());
            d.setContactIntervention(wc);
        }
        w.setDemande(d);
        return w;
    }

    /** RequeteWSProposerDatePlage. */
    public static RequeteWSProposerDatePlage proposer(Identity id, String numeroDemande, DatePlage slot) {
        RequeteWSProposerDatePlage w = new RequeteWSProposerDatePlage();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(numeroDemande);
        w.setDate(slot.date());
        w.setPlage(slot.plage());
        return w;
    }

    /** RequeteWSAccepterRdv. */
    public static RequeteWSAccepterRdv accepter(Identity id, String numeroDemande, DatePlage slot) {
        RequeteWSAccepterRdv w = new RequeteWSAccepterRdv();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(numeroDemande);
        w.setDate(slot.date());
        w.setPlage(slot.plage());
        return w;
    }

    /** RequeteWSDemanderPrecSuiv. */
    public static RequeteWSDemanderPrecSuiv precSuiv(Identity id, String numeroDemande, Sens sens) {
        RequeteWSDemanderPrecSuiv w = new RequeteWSDemanderPrecSuiv();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(numeroDemande);
        w.setSens(sens == Sens.PRECEDENT ? SensPrecSuiv.PRECEDENT : SensPrecSuiv.SUIVANT);
        return w;
    }

    /** RequeteWSAbandonnerRdv. */
    public static RequeteWSAbandonnerRdv abandonnerRdv(Identity id, String numeroDemande) {
        RequeteWSAbandonnerRdv w = new RequeteWSAbandonnerRdv();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(numeroDemande);
        return w;
    }

    /** RequeteWSAbandonnerDemande. */
    public static RequeteWSAbandonnerDemande abandonnerDemande(Identity id, String numeroDemande) {
        RequeteWSAbandonnerDemande w = new RequeteWSAbandonnerDemande();
        identify(id, w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(numeroDemande);
        return w;
    }

    /** Fills the identity block, which every generated request class declares on its own. */
    private static void identify(Identity id, Consumer<String> dn, Consumer<String> cad, Consumer<Utilisateur> user,
            Consumer<String> version) {
        dn.accept(id.dnEntreprise());
        cad.accept(id.numeroCad());
        user.accept(utilisateur(id));
        version.accept(id.numeroVersionText());
    }

    private static Utilisateur utilisateur(Identity id) {
        Utilisateur u = new Utilisateur();
        u.setLogin(id.login());
        return u;
    }

    // ------------------------------------------------------------------ answers

    /** The answer to VerifierRecevabiliteDIT. */
    public static RecevabiliteReponse recevabilite(ReponseWSVerifierRecevabiliteDIT w) {
        String type = wireType(w.getTypeRetourDialogue());
        RetourRecevabilite retour = w.getRetour();
        String code = retour == null ? null : retour.getCodeRetour();
        List<String> messages = retour == null ? List.of() : nonNull(retour.getMessageRetour());
        if ("P".equals(type)) {
            List<InterventionPossible> interventions = new ArrayList<>();
            for (Interventions i : retour.getInterventions()) {
                String motif = i.getMotif() == null || i.getMotif().getValue() == null ? "" : i.getMotif().getValue();
                PresenceClient presence = i.getMotif() == null ? null : presence(i.getMotif().getPresenceClient());
                interventions.add(new InterventionPossible(i.getIntervention(), motif, presence));
            }
            return new Recevable(code, messages, interventions, retour.getListeSousTypeDIT());
        }
        if ("A".equals(type) && "DmdKo".equals(code)) {
            return DmdKo.of(null, messages);
        }
        return new CodeRetourInconnu(type, code, messages, null);
    }

    /** The answer to CreerDemandeDIT. */
    public static CreationReponse creation(ReponseDialogueDIT w) {
        Reponse r = classify(w);
        return r instanceof CreationReponse c ? c : unknown(r);
    }

    /** The answer to ProposerDatePlage, DemanderPrecSuiv or AccepterRdv. */
    public static RdvReponse rdv(ReponseDialogueDIT w) {
        Reponse r = classify(w);
        return r instanceof RdvReponse c ? c : unknown(r);
    }

    /** The answer to AbandonnerRdv or AbandonnerDemande. */
    public static AbandonReponse abandon(ReponseDialogueDIT w) {
        Reponse r = classify(w);
        return r instanceof AbandonReponse c ? c : unknown(r);
    }

    /** Maps a (TypeRetourDialogue, CodeRetour) pair to its Annexe A row, or keeps it raw. */
    static Reponse classify(ReponseDialogueDIT w) {
        String type = wireType(w.getTypeRetourDialogue());
        Retour retour = w.getRetour();
        String code = retour == null ? null : retour.getCodeRetour();
        List<String> messages = retour == null ? List.of() : nonNull(retour.getMessageRetour());
        ReponseCreerDemandeObjet o = w.getReponseCreerDemandeObjet();
        String numero = o == null ? null : o.getNumeroDemande();
        PresenceClient presence = o == null ? null : presence(o.getPresenceClient());
        List<DatePlage> synchros = o == null ? List.of() : synchros(o.getRetourSynchroInterventions());
        if (code == null || type == null) {
            return new CodeRetourInconnu(type, code, messages, numero);
        }
        String row = type + "/" + code;
        switch (row) {
            case "T/DmdOkDP":
                return new DmdOkDP(numero, o == null ? null : dateProgrammee(o), presence, synchros, messages);
            case "T/DmdOkDD":
                return new DmdOkDD(numero, o == null ? null : o.getDateDemandee(),
                        MessageCodes.codeMessageOmega(messages), presence, synchros, messages);
            case "T/DmdOk":
                return new DmdOk(numero, messages);
            case "P/Message":
                return new Message(numero, MessageCodes.codeMessageOmega(messages),
                        o == null ? null : o.getDateDemandee(), presence, synchros, messages);
            case "P/DatePlageH":
                if (o != null && o.getDateProgrammee() != null) {
                    return new DatePlageH(numero, dateProgrammee(o), presence, synchros, messages);
                }
                break;
            case "P/ListeDP":
                if (o != null) {
                    List<DatePlage> slots = new ArrayList<>(o.getListeDatePlage().size());
                    for (io.github.omegadit.internal.generated.DatePlage dp : o.getListeDatePlage()) {
                        if (dp.getDate() != null && dp.getPlage() != null) {
                            slots.add(new DatePlage(dp.getDate(), dp.getPlage()));
                        }
                    }
                    return new ListeDP(numero, slots, presence, synchros, messages);
                }
                break;
            case "A/DmdKo":
                return DmdKo.of(numero, messages);
            default:
                break;
        }
        return new CodeRetourInconnu(type, code, messages, numero);
    }

    private static CodeRetourInconnu unknown(Reponse r) {
        return new CodeRetourInconnu(r.typeRetourDialogue() == null ? null : r.typeRetourDialogue().name(),
                r.codeRetour(), r.messages(), r.numeroDemande());
    }

    private static DateProgrammee dateProgrammee(ReponseCreerDemandeObjet o) {
        io.github.omegadit.internal.generated.DateProgrammee d = o.getDateProgrammee();
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
            if (r.getDatePlage() != null && r.getDatePlage().getDate() != null
                    && r.getDatePlage().getPlageHoraire() != null) {
                out.add(new DatePlage(r.getDatePlage().getDate(), r.getDatePlage().getPlageHoraire()));
            }
        }
        return out;
    }

    private static PresenceClient presence(io.github.omegadit.internal.generated.PresenceClient p) {
        return p == null ? null : PresenceClient.valueOf(p.name());
    }

    private static String wireType(TypeRetourDialogue t) {
        return t == null ? null : t.value();
    }

    private static List<String> nonNull(List<String> list) {
        return list.stream().map(s -> s == null ? "" : s).toList();
    }
}
