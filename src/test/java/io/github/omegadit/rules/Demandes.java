/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.TypeIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Requests and contexts the rule tests start from; each test changes only what it is about. */
final class Demandes {

    static final LocalDate RDV = LocalDate.of(2026, 12, 1);
    static final String LOGIN = "jdupont";
    /** Written from the guide, not from the code under test. */
    static final Set<String> METER_DATA_CHECKS_WITH_INDEX = Set.of("G1", "253");

    private Demandes() {}

    static RuleContext context() {
        return context(NumeroVersion.LATEST);
    }

    static RuleContext context(NumeroVersion version) {
        return new RuleContext(version, LOGIN, Catalogue.standard(), null);
    }

    static RuleContext context(Catalogue catalogue) {
        return new RuleContext(NumeroVersion.LATEST, LOGIN, catalogue, null);
    }

    static RuleContext withAnswer(InterventionPossible... recevables) {
        return new RuleContext(NumeroVersion.LATEST, LOGIN, Catalogue.standard(), List.of(recevables));
    }

    static InterventionPossible possible(String code, String motif) {
        return new InterventionPossible(code, motif, null);
    }

    /** A valid "coupure pour travaux" on a 6M PCE. */
    static CreerDemande.Builder coupure6M() {
        return CreerDemande.builder()
                .numeroPce("GI000001").codePostal("75011").referenceDemande("CRM-1")
                .codeIntervention("36").codeMotif("17")
                .rdv(RDV, "MATIN")
                .contact(new ContactIntervention("Martin", "0612345678", "12A", "Bâtiment B"))
                .segment(Segment.SIX_M);
    }

    /** A request valid for one Annexe B row: what R4, R5 and R8 need is filled from the guide's wording. */
    static CreerDemande.Builder forRow(Segment segment, String code, String motif, String libelleMotif,
            boolean express) {
        CreerDemande.Builder b = CreerDemande.builder()
                .numeroPce("GI000002").codePostal("69003")
                .codeIntervention(code).codeMotif(motif.isEmpty() ? null : motif)
                .optionExpress(express)
                .rdvDate(RDV)
                .contact(new ContactIntervention("Durand", "0478000000", null, null))
                .segment(segment);
        if (segment != Segment.JJ_JM_MM) {
            b.rdv(RDV, "APRES-MIDI");
        }
        if (METER_DATA_CHECKS_WITH_INDEX.contains(code)) {
            b.indexConteste(meterIndex()).indexClient(clientIndex());
        }
        if (libelleMotif.equals("Autre")) {
            b.precisionIntervention("Accès par la cour");
        }
        return b;
    }

    static IndexConteste meterIndex() {
        return new IndexConteste(TypeIndex.CYCLIQUE, "012345", LocalDate.of(2026, 6, 1));
    }

    static IndexClient clientIndex() {
        return new IndexClient("011900", LocalDate.of(2026, 6, 3));
    }

    /** A valid meter-data check: needs V10, the two indexes and no motif. */
    static CreerDemande.Builder verificationG1() {
        return coupure6M().codeIntervention("G1").codeMotif(null)
                .indexConteste(meterIndex()).indexClient(clientIndex());
    }
}
