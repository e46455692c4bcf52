/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.internal.generated.Demande;
import io.github.omegadit.internal.generated.DonneesFournisseur;
import io.github.omegadit.internal.generated.DonneesTypeDemande;
import io.github.omegadit.internal.generated.RdvDemande;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerDemande;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerRdv;
import io.github.omegadit.internal.generated.RequeteWSAccepterRdv;
import io.github.omegadit.internal.generated.RequeteWSCreerDIT;
import io.github.omegadit.internal.generated.RequeteWSDemanderPrecSuiv;
import io.github.omegadit.internal.generated.RequeteWSProposerDatePlage;
import io.github.omegadit.internal.generated.RequeteWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.SensPrecSuiv;
import io.github.omegadit.internal.generated.TypeDemande;
import io.github.omegadit.internal.generated.Utilisateur;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.TypeIndex;
import io.github.omegadit.request.VerifierRecevabilite;
import java.util.function.Consumer;

/**
 * Requests between their typed form ({@link Request}) and the generated JAXB types, both ways: the client sends
 * {@link #toWire}, the simulator reads {@link #fromWire}. With {@link Answers}, the only code that touches the
 * generated request and answer classes: swapping in the distributor's official XSD is a change here.
 */
public final class Requests {

    private Requests() {}

    // ------------------------------------------------------------------ typed -> wire (client)

    /** The JAXB request of a call; TypeDemande is always DIT (rule R1), the dead fields are never set (R10). */
    public static Object toWire(Request request) {
        if (request instanceof Request.Verifier v) {
            return verifier(v);
        }
        if (request instanceof Request.Creer c) {
            return creer(c);
        }
        if (request instanceof Request.Proposer p) {
            return proposer(p);
        }
        if (request instanceof Request.PrecSuiv p) {
            return precSuiv(p);
        }
        if (request instanceof Request.Accepter a) {
            return accepter(a);
        }
        if (request instanceof Request.AbandonnerRdv a) {
            return abandonnerRdv(a);
        }
        return abandonnerDemande((Request.AbandonnerDemande) request);
    }

    static RequeteWSVerifierRecevabiliteDIT verifier(Request.Verifier v) {
        RequeteWSVerifierRecevabiliteDIT w = new RequeteWSVerifierRecevabiliteDIT();
        identify(v.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroPCE(v.verifier().numeroPce());
        w.setCodePostal(v.verifier().codePostal());
        return w;
    }

    static RequeteWSCreerDIT creer(Request.Creer c) {
        RequeteWSCreerDIT w = new RequeteWSCreerDIT();
        identify(c.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setDemande(demande(c.demande()));
        return w;
    }

    static RequeteWSProposerDatePlage proposer(Request.Proposer p) {
        RequeteWSProposerDatePlage w = new RequeteWSProposerDatePlage();
        identify(p.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(p.numeroDemande());
        w.setDate(p.date());
        w.setPlage(p.plage());
        return w;
    }

    static RequeteWSDemanderPrecSuiv precSuiv(Request.PrecSuiv p) {
        RequeteWSDemanderPrecSuiv w = new RequeteWSDemanderPrecSuiv();
        identify(p.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(p.numeroDemande());
        w.setSens(p.sens() == Sens.PRECEDENT ? SensPrecSuiv.PRECEDENT : SensPrecSuiv.SUIVANT);
        return w;
    }

    static RequeteWSAccepterRdv accepter(Request.Accepter a) {
        RequeteWSAccepterRdv w = new RequeteWSAccepterRdv();
        identify(a.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(a.numeroDemande());
        w.setDate(a.date());
        w.setPlage(a.plage());
        return w;
    }

    static RequeteWSAbandonnerRdv abandonnerRdv(Request.AbandonnerRdv a) {
        RequeteWSAbandonnerRdv w = new RequeteWSAbandonnerRdv();
        identify(a.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(a.numeroDemande());
        return w;
    }

    static RequeteWSAbandonnerDemande abandonnerDemande(Request.AbandonnerDemande a) {
        RequeteWSAbandonnerDemande w = new RequeteWSAbandonnerDemande();
        identify(a.identity(), w::setDNEntreprise, w::setNumeroCAD, w::setUtilisateur, w::setNumeroVersion);
        w.setNumeroDemande(a.numeroDemande());
        return w;
    }

    private static Demande demande(CreerDemande r) {
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
            io.github.omegadit.internal.generated.IndexConteste ic =
                    new io.github.omegadit.internal.generated.IndexConteste();
            ic.setTypeIndex(r.indexConteste().typeIndex() == null ? null : r.indexConteste().typeIndex().code());
            ic.setValeurIndexReleve(r.indexConteste().valeur());
            ic.setDateIndexConteste(r.indexConteste().date());
            t.setIndexConteste(ic);
        }
        if (r.indexClient() != null) {
            io.github.omegadit.internal.generated.IndexClient ic =
                    new io.github.omegadit.internal.generated.IndexClient();
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
        return d;
    }

    /** Fills the identity block, which every generated request class declares on its own. */
    private static void identify(Identity id, Consumer<String> dn, Consumer<String> cad, Consumer<Utilisateur> user,
            Consumer<String> version) {
        dn.accept(id.dnEntreprise());
        cad.accept(id.numeroCad());
        Utilisateur u = new Utilisateur();
        u.setLogin(id.login());
        user.accept(u);
        version.accept(id.numeroVersion());
    }

    // ------------------------------------------------------------------ wire -> typed (simulator)

    /**
     * The typed form of an unmarshalled request (already valid against the XSD).
     *
     * @throws IllegalArgumentException when {@code wire} is not one of the seven request classes
     */
    public static Request fromWire(Object wire) {
        if (wire instanceof RequeteWSVerifierRecevabiliteDIT r) {
            return new Request.Verifier(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), new VerifierRecevabilite(r.getNumeroPCE(), r.getCodePostal()));
        }
        if (wire instanceof RequeteWSCreerDIT r) {
            return new Request.Creer(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), demande(r.getDemande()));
        }
        if (wire instanceof RequeteWSProposerDatePlage r) {
            return new Request.Proposer(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), r.getNumeroDemande(), r.getDate(), r.getPlage());
        }
        if (wire instanceof RequeteWSDemanderPrecSuiv r) {
            return new Request.PrecSuiv(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), r.getNumeroDemande(),
                    r.getSens() == SensPrecSuiv.PRECEDENT ? Sens.PRECEDENT : Sens.SUIVANT);
        }
        if (wire instanceof RequeteWSAccepterRdv r) {
            return new Request.Accepter(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), r.getNumeroDemande(), r.getDate(), r.getPlage());
        }
        if (wire instanceof RequeteWSAbandonnerRdv r) {
            return new Request.AbandonnerRdv(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), r.getNumeroDemande());
        }
        if (wire instanceof RequeteWSAbandonnerDemande r) {
            return new Request.AbandonnerDemande(identity(r.getDNEntreprise(), r.getNumeroCAD(), r.getUtilisateur(),
                    r.getNumeroVersion()), r.getNumeroDemande());
        }
        throw new IllegalArgumentException("not a CreerDIT request: " + (wire == null ? null : wire.getClass()));
    }

    private static Identity identity(String dn, String cad, Utilisateur user, String version) {
        return new Identity(dn, cad, user == null ? null : user.getLogin(), version);
    }

    private static CreerDemande demande(Demande d) {
        CreerDemande.Builder b = CreerDemande.builder().numeroPce(d.getNumeroPCE()).codePostal(d.getCodePostal())
                .commentaire(d.getCommentaire());
        DonneesFournisseur f = d.getDonneesFournisseur();
        if (f != null) {
            b.referenceDemande(f.getReferenceDemande()).telephoneFournisseur(f.getTelephoneFournisseur())
                    .groupeAppartenance(f.getGroupeAppartenance());
        }
        DonneesTypeDemande t = d.getDonneesTypeDemande();
        if (t != null) {
            b.codeIntervention(t.getCodeLibelleIntervention()).codeMotif(t.getCodeMotifIntervention())
                    .optionExpress("1".equals(t.getOptionExpress()))
                    .precisionIntervention(t.getPrecisionIntervention());
            io.github.omegadit.internal.generated.IndexConteste ic = t.getIndexConteste();
            if (ic != null) {
                b.indexConteste(new IndexConteste(ic.getTypeIndex() == null ? null : TypeIndex.fromCode(ic.getTypeIndex()),
                        ic.getValeurIndexReleve(), ic.getDateIndexConteste()));
            }
            io.github.omegadit.internal.generated.IndexClient icl = t.getIndexClient();
            if (icl != null) {
                b.indexClient(new IndexClient(icl.getValeurIndexClient(), icl.getDateIndexClient()));
            }
        }
        RdvDemande rdv = d.getRdvDemande();
        if (rdv != null) {
            b.rdv(rdv.getDate(), rdv.getPlage());
        }
        io.github.omegadit.internal.generated.ContactIntervention c = d.getContactIntervention();
        if (c != null) {
            b.contact(new ContactIntervention(c.getNom(), c.getTelephone(), c.getCodeAcces(), c.getComplementAdresse()));
        }
        return b.build();
    }
}
