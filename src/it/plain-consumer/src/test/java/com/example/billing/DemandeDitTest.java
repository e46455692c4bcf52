/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.rules.DitRules;
import io.github.omegadit.rules.RuleContext;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a supplier's test does with omega-dit's simulator, on the consumer's own (lean) class path. */
@OmegaSimulatorTest(today = "2026-11-30")
class DemandeDitTest {

    @Test
    void wholeDialogue_endsWithAnAppointment(DitClient client, OmegaSimulator sim) {
        Dialogue dit = client.newDialogue();
        assertInstanceOf(Recevable.class,
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M).codePostal("75011")));

        CreationReponse created = dit.creerDemande(CreerDemande.builder()
                .numeroPce(OmegaSimulator.PCE_6M).referenceDemande("BILLING-1")
                .codeIntervention("34").codeMotif("23")
                .rdv(LocalDate.of(2026, 12, 7), "MATIN")
                .build());
        RdvReponse booked;
        if (created instanceof DatePlageH h) {
            booked = dit.accepterRdv(h.dateProgrammee().datePlage());
        } else {
            booked = dit.accepterRdv(assertInstanceOf(ListeDP.class, created).creneaux().get(0));
        }

        assertInstanceOf(DmdOkDP.class, booked);
        assertEquals(1, sim.demandes().size());
    }

    @Test
    void rules_readTheBundledCatalogue_beforeAnythingIsSent() {
        // a meter-data check without its indexes (rule R4, from the catalogue's index column)
        CreerDemande g1 = CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).codeIntervention("G1")
                .rdv(LocalDate.of(2026, 12, 7), "MATIN").build();
        RuleContext context = new RuleContext(NumeroVersion.LATEST, "jdupont", Catalogue.standard(), null);

        assertTrue(DitRules.creerDemande(g1, context).stream().anyMatch(v -> v.ruleId().equals("R4")));
    }
}
