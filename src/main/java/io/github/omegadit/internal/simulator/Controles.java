/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What OMEGA checks beyond the schema (guide §3.3.1.2, Annexes A and B), as the simulator does it: the supplier, the
 * PCE, and the creation request. Each failure is one MessageRetour of Annexe A; the codes the simulator appends are
 * listed on {@link io.github.omegadit.simulator.OmegaSimulator}. Guarded by the engine's lock.
 */
final class Controles {

    /** codeErreur of "Numéro de PCE incorrect ou inconnu": the PCE is not in the directory. */
    static final String CODE_PCE_INCONNU = "PCE_INCONNU";

    /** A refusal: the MessageRetour and the status OMEGA records for a refused receivability check. */
    record Refus(String message, StatutDemande statut) {}

    private final Directory directory;
    private final Catalogue catalogue;
    private final AppointmentBook book;

    Controles(Directory directory, Catalogue catalogue, AppointmentBook book) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.book = book;
    }

    /** The supplier's refusal text, or {@code null} when DNEntreprise, NumeroCAD and Login are acceptable. */
    String identite(Identity id) {
        String dn = directory.dnEntreprise(id.numeroCad());
        if (dn == null || id.dnEntreprise() == null || !dn.strip().equals(id.dnEntreprise().strip())) {
            return Libelle.HABILITATION_INCORRECTE.texte();
        }
        if (isBlank(id.login())) {
            return Libelle.LOGIN_NON_RENSEIGNE.texte();
        }
        return null;
    }

    /** The refusal of a request naming a PCE, or {@code null}: supplier, PCE known and held, CodePostal. */
    Refus identiteEtPce(Identity id, String numeroPce, String codePostal) {
        String identite = identite(id);
        if (identite != null) {
            return new Refus(identite, StatutDemande.DEMANDE_NON_VALIDEE);
        }
        SimulatedPce pce = directory.pce(numeroPce);
        if (pce == null) {
            return new Refus(Libelle.PCE_INCORRECT_OU_INCONNU.avec(CODE_PCE_INCONNU),
                    StatutDemande.DEMANDE_IMPOSSIBLE_PCE_INCONNU);
        }
        if (!pce.numeroCadTitulaire().equals(id.numeroCad())) {
            return new Refus(Libelle.HABILITATION_INCORRECTE.texte(), StatutDemande.DEMANDE_NON_VALIDEE);
        }
        if (codePostal != null && !Departements.of(codePostal).equals(pce.departement())) {
            return new Refus(Libelle.COMMUNE_HORS_DEPARTEMENT.texte(), StatutDemande.DEMANDE_NON_VALIDEE);
        }
        return null;
    }

    /** What a creation request breaks, every failure at once, one MessageRetour each; empty when none. */
    List<String> creation(Identity id, CreerDemande dm, Segment segment, LocalDate today) {
        List<String> out = new ArrayList<>();
        String code = dm.codeIntervention();
        String motif = dm.codeMotif() == null ? "" : dm.codeMotif();
        Set<Segment> segments = catalogue.segmentsOf(code);
        boolean codeOk = false;
        if (segments.isEmpty()) {
            out.add(incorrecte("CODE_INTERVENTION", "INTERVENTION_INCONNUE"));
        } else if (!segments.contains(segment)) {
            out.add(incorrecte("CODE_INTERVENTION", "INTERVENTION_HORS_SEGMENT"));
        } else {
            codeOk = true;
        }
        // the DIT "vérification des données de comptage" (rules R2 and R4): indexes, no motif, NumeroVersion V10
        boolean indexCode = codeOk && catalogue.indexRequired(segment, code);
        if (codeOk) {
            if (indexCode) {
                if (!motif.isEmpty()) {
                    out.add(incorrecte("CODE_MOTIF", "MOTIF_INTERDIT"));
                }
            } else if (!catalogue.allows(segment, code, motif)) {
                out.add(incorrecte("CODE_MOTIF", motif.isEmpty() ? "MOTIF_OBLIGATOIRE" : "MOTIF_INCONNU"));
            } else if ("01".equals(motif)
                    && "Autre".equalsIgnoreCase(catalogue.libelleMotif(segment, code, motif).orElse("").strip())
                    && isBlank(dm.precisionIntervention())) {
                out.add(incorrecte("PRECISION_INTERVENTION", "PRECISION_OBLIGATOIRE"));
            }
        }
        if (dm.optionExpress() && !(codeOk && catalogue.expressAllowed(segment, code))) {
            out.add(incorrecte("OPTION_EXPRESS", "EXPRESS_NON_AUTORISE"));
        }
        if (indexCode && dm.indexConteste() == null) {
            out.add(incorrecte("INDEX_CONTESTE", "INDEX_OBLIGATOIRE"));
        }
        if (indexCode && dm.indexClient() == null) {
            out.add(incorrecte("INDEX_CLIENT", "INDEX_OBLIGATOIRE"));
        }
        NumeroVersion version = version(id.numeroVersion());
        if (version == null) {
            out.add(incorrecte("NUMERO_VERSION", "VERSION_INCONNUE"));
        } else if (codeOk && catalogue.versionRequired(segment, code).filter(v -> !version.isAtLeast(v)).isPresent()) {
            out.add(incorrecte("NUMERO_VERSION", "VERSION_INSUFFISANTE"));
        }
        if (dm.rdvDate() != null && dm.rdvDate().isBefore(today)) {
            out.add(incorrecte("DATE_RDV", "DATE_PASSEE"));
        }
        if (segment != Segment.JJ_JM_MM) {
            if (isBlank(dm.rdvPlage())) {
                out.add(incorrecte("PLAGE_RDV", "PLAGE_OBLIGATOIRE"));
            } else if (book.plage(dm.rdvPlage()).isEmpty()) {
                out.add(incorrecte("PLAGE_RDV", "PLAGE_INCONNUE"));
            }
        }
        ContactIntervention contact = dm.contact();
        if (version != null && version.isAtLeast(NumeroVersion.V8) && contact != null && contact.telephone() != null
                && !contact.telephone().chars().allMatch(c -> c >= '0' && c <= '9')) {
            out.add(Libelle.TELEPHONE_NON_NUMERIQUE.texte());
        }
        return out;
    }

    private static String incorrecte(String codeChamp, String codeCoherence) {
        return Libelle.DONNEE_INCORRECTE.avec(codeChamp, codeCoherence);
    }

    private static NumeroVersion version(String text) {
        try {
            return NumeroVersion.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
