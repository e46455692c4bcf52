/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.simulator.StatutDemande;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, against the simulator instead of a real platform. */
@OmegaSimulatorTest(today = "2026-11-30")
class ReadmeExamplesTest {

    @Test
    void quickStart_booksTheAppointment(URI endpoint, OmegaSimulator sim) {
        RdvReponse result;
        try (DitClient client = DitClient.builder()
                .endpoint(endpoint)
                .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad("GAZ0001").login("jdupont")
                .build()) {

            Dialogue dit = client.newDialogue();
            RecevabiliteReponse r = dit.verifierRecevabilite(VerifierRecevabilite.pce("GI000001").codePostal("75011"));
            assertThat(r).isInstanceOf(Recevable.class);

            CreationReponse created = dit.creerDemande(CreerDemande.builder()
                    .numeroPce("GI000001").referenceDemande("CRM-2026-0042")
                    .codeIntervention("34").codeMotif("23")
                    .rdv(LocalDate.of(2026, 12, 7), "MATIN")
                    .contact(new ContactIntervention("Martin", "0612345678", null, null))
                    .build());

            result = created.accept(new CreationReponse.Visitor<RdvReponse>() {
                public RdvReponse datePlageH(DatePlageH h) {
                    return dit.accepterRdv(h.dateProgrammee().datePlage());
                }

                public RdvReponse listeDP(ListeDP l) {
                    return dit.accepterRdv(l.creneaux().get(0));
                }

                public RdvReponse message(Message m) {
                    return null;
                }

                public RdvReponse dmdOkDP(DmdOkDP p) {
                    return p;
                }

                public RdvReponse dmdOkDD(DmdOkDD d) {
                    return d;
                }

                public RdvReponse dmdOk(DmdOk ok) {
                    return null;
                }

                public RdvReponse dmdKo(DmdKo ko) {
                    return ko;
                }

                public RdvReponse codeRetourInconnu(CodeRetourInconnu u) {
                    return u;
                }

                public RdvReponse resultatIncertain(ResultatIncertain u) {
                    return null;
                }
            });
        }
        assertThat(result).isInstanceOf(DmdOkDP.class);
        assertThat(sim.demandes()).singleElement()
                .satisfies(d -> assertThat(d.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME));
    }
}
