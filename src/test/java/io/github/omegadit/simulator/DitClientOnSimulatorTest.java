/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The library's own client, injected by the extension, runs whole dialogues against the simulator. */
@OmegaSimulatorTest(today = "2026-11-30")
class DitClientOnSimulatorTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);

    static CreerDemande.Builder demande(String pce, String code, String motif) {
        return CreerDemande.builder().numeroPce(pce).codeIntervention(code).codeMotif(motif)
                .referenceDemande("CRM-42").contact(new ContactIntervention("Martin", "0612345678", null, null));
    }

    @Test
    void sixM_dialogue_fromReceivabilityToProgrammedAppointment(DitClient client, OmegaSimulator sim) {
        Dialogue dit = client.newDialogue();

        assertThat(dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M)))
                .isInstanceOfSatisfying(Recevable.class, r -> assertThat(r.interventions())
                        .contains(new InterventionPossible("34", "23", PresenceClient.PO)));
        CreationReponse created = dit.creerDemande(demande(OmegaSimulator.PCE_6M, "34", "23")
                .rdv(TUESDAY, "MATIN").build());
        assertThat(created).isInstanceOf(ListeDP.class);
        RdvReponse next = dit.demanderPrecSuiv(Sens.SUIVANT);
        assertThat(next).isInstanceOfSatisfying(ListeDP.class, l -> assertThat(l.creneaux())
                .extracting(DatePlage::date).allMatch(d -> d.isAfter(LocalDate.of(2026, 12, 10))));
        DatePlage chosen = ((ListeDP) next).creneaux().get(0);
        RdvReponse done = dit.accepterRdv(chosen);

        assertThat(done).isInstanceOfSatisfying(DmdOkDP.class, ok -> {
            assertThat(ok.dateProgrammee().datePlage()).isEqualTo(chosen);
            assertThat(ok.dateProgrammee().heureMin()).isEqualTo(LocalTime.of(8, 0));
        });
        assertThat(dit.state()).isEqualTo(DialogueState.DONE);
        assertThat(sim.demandes()).singleElement().satisfies(d -> {
            assertThat(d.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME);
            assertThat(d.rdvProgramme()).isEqualTo(chosen);
            assertThat(d.referenceDemande()).isEqualTo("CRM-42");
        });
    }

    @Test
    void sixM_whenTheRequestedSlotIsFree_confirmsIt(DitClient client) {
        Dialogue dit = client.newDialogue();
        dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_1M));

        CreationReponse created = dit.creerDemande(demande(OmegaSimulator.PCE_1M, "Y9", "20")
                .rdv(LocalDate.of(2026, 12, 7), "APRES-MIDI").build());

        assertThat(created).isInstanceOfSatisfying(DatePlageH.class,
                h -> assertThat(dit.accepterRdv(h.dateProgrammee().datePlage())).isInstanceOf(DmdOkDP.class));
    }

    @Test
    void jj_dialogue_isRegisteredAtTheRequestedDate(DitClient client) {
        Dialogue dit = client.newDialogue();
        dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));

        CreationReponse created = dit.creerDemande(demande(OmegaSimulator.PCE_JJ, "206", null)
                .rdvDate(TUESDAY).build());

        assertThat(created).isInstanceOfSatisfying(DmdOkDD.class, dd -> {
            assertThat(dd.dateDemandee()).isEqualTo(TUESDAY);
            assertThat(dd.numeroDemande()).matches("DIT[0-9]{9}");
        });
    }

    @Test
    void lostCreationAnswer_isAnUncertainOutcome_andTheDemandeCanBeFoundBack(DitClient client, OmegaSimulator sim) {
        sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));
        Dialogue dit = client.newDialogue();
        dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));

        CreationReponse created = dit.creerDemande(demande(OmegaSimulator.PCE_6M, "34", "23")
                .referenceDemande("CRM-LOST-2").rdv(TUESDAY, "MATIN").build());

        assertThat(created).isInstanceOf(ResultatIncertain.class);
        assertThat(dit.state()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
        assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).as("never resent").isEqualTo(1);
        String numero = sim.demandes().stream().filter(d -> "CRM-LOST-2".equals(d.referenceDemande()))
                .findFirst().orElseThrow().numeroDemande();
        assertThat(client.resume(numero).demanderPrecSuiv(Sens.SUIVANT)).isInstanceOf(ListeDP.class);
    }

    @Test
    void unknownPce_isRefusedWithItsCode(DitClient client) {
        assertThat(client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_INCONNU)))
                .isInstanceOfSatisfying(DmdKo.class, ko -> assertThat(ko.raisons())
                        .containsExactly(new Raison.PceIncorrectOuInconnu("PCE_INCONNU",
                                "Numéro de PCE incorrect ou inconnu PCE_INCONNU")));
    }

    @Test
    void withValidationOff_theSimulatorsOwnChecksAnswer(DitClient client) {
        try (DitClient unchecked = client.toBuilder().validationMode(ValidationMode.OFF).build()) {
            Dialogue dit = unchecked.newDialogue();
            dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));

            CreationReponse created = dit.creerDemande(demande(OmegaSimulator.PCE_6M, "34", "23")
                    .optionExpress(true).rdvDate(LocalDate.of(2026, 12, 7)).build());

            assertThat(created).isInstanceOfSatisfying(DmdKo.class, ko -> assertThat(ko.raisons())
                    .extracting(r -> r instanceof Raison.DonneeIncorrecte d ? d.codeChamp() + "/" + d.codeCoherence()
                            : r.texte())
                    .containsExactly("OPTION_EXPRESS/EXPRESS_NON_AUTORISE", "PLAGE_RDV/PLAGE_OBLIGATOIRE"));
        }
    }

    @Test
    void resumedDialogue_canAbandonTheDemande_andAnUnknownNumberIsInterrupted(DitClient client, OmegaSimulator sim) {
        Dialogue first = client.newDialogue();
        first.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        String numero = first.creerDemande(demande(OmegaSimulator.PCE_6M, "34", "23").rdv(TUESDAY, "MATIN").build())
                instanceof ListeDP l ? l.numeroDemande() : null;
        assertThat(numero).isNotNull();

        assertThat(client.resume(numero).abandonnerDemande()).isInstanceOfSatisfying(DmdKo.class,
                ko -> assertThat(ko.has(AnnexeA.Libelle.DEMANDE_ABANDONNEE)).isTrue());
        assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut).isEqualTo(StatutDemande.ABANDONNEE);
        assertThat(client.resume("DIT999999999").accepterRdv(new DatePlage(TUESDAY, "FIN-MATINEE")))
                .isInstanceOfSatisfying(DmdKo.class, ko -> assertThat(ko.raisons()).singleElement()
                        .isInstanceOfSatisfying(Raison.DialogueInterrompu.class,
                                r -> assertThat(r.codeErreur()).isEqualTo("DEMANDE_INCONNUE")));
    }
}
