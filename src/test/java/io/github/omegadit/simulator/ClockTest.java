/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clock a test can advance, and the internal event that ends a long pause (guide §2.1). */
class ClockTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @RegisterExtension
    static final OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder()
            .today(LocalDate.of(2026, 11, 30))
            .configure(b -> b.internalEventAfter(Duration.ofHours(4)))
            .build();

    static String awaiting(DitClient client) {
        Dialogue d = client.newDialogue();
        d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        return d.creerDemande(CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).codeIntervention("34")
                .codeMotif("23").rdv(MONDAY, "MATIN").build()).numeroDemande();
    }

    @Test
    void advanceClock_movesTodayAndTheFirstBookableDay_untilReset(OmegaSimulator sim) {
        LocalDate earliest = sim.earliestBookableDay(false);

        sim.advanceClock(Duration.ofDays(7));

        assertThat(sim.today()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(sim.earliestBookableDay(false)).isEqualTo(earliest.plusDays(7));
        assertThat(sim.clock().instant()).isEqualTo(SIM.simulator().clock().instant());
        sim.reset();
        assertThat(sim.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> sim.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongPause_thenAnAppointmentCall_getsDialogueInterrompu(DitClient client, OmegaSimulator sim) {
        String numero = awaiting(client);
        Dialogue resumed = client.resume(numero);

        sim.advanceClock(Duration.ofHours(5));
        RdvReponse r = resumed.accepterRdv(new DatePlage(MONDAY, "MATIN"));

        assertThat(r).isInstanceOfSatisfying(DmdKo.class, ko -> {
            assertThat(ko.has(Libelle.DIALOGUE_INTERROMPU)).isTrue();
            assertThat(ko.raisons()).singleElement().isInstanceOfSatisfying(Raison.DialogueInterrompu.class,
                    d -> assertThat(d.codeErreur()).isEqualTo("DEMANDE_MODIFIEE_PAR_OMEGA"));
        });
        assertThat(resumed.state()).isEqualTo(DialogueState.ABANDONED);
        assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                .isEqualTo(StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE);
    }

    @Test
    void aShortPause_orCallsKeepingTheDemandeBusy_doNotChangeIt(DitClient client, OmegaSimulator sim) {
        String numero = awaiting(client);
        Dialogue resumed = client.resume(numero);

        sim.advanceClock(Duration.ofHours(3));
        assertThat(resumed.demanderPrecSuiv(Sens.SUIVANT)).isInstanceOf(ListeDP.class);
        sim.advanceClock(Duration.ofHours(3));

        assertThat(resumed.proposerDatePlage(new DatePlage(MONDAY, "MATIN"))).isInstanceOf(DatePlageH.class);
        assertThat(resumed.accepterRdv(new DatePlage(MONDAY, "MATIN"))).isInstanceOf(DmdOkDP.class);
    }

    @Test
    void thePauseShows_inTheDemandesSnapshots_withoutAnyCall(DitClient client, OmegaSimulator sim) {
        String numero = awaiting(client);

        sim.advanceClock(Duration.ofHours(4));

        assertThat(sim.demandes()).singleElement().extracting(SimulatedDemande::statut)
                .isEqualTo(StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE);
        assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                .isEqualTo(StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE);
    }

    @Test
    void evenementInterne_changesTheDemandeAtOnce_andOnlyADemandeAwaitingItsAppointment(DitClient client,
            OmegaSimulator sim) {
        String numero = awaiting(client);

        assertThat(sim.evenementInterne(numero).statut()).isEqualTo(StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE);

        assertThat(client.resume(numero).abandonnerRdv()).isInstanceOf(DmdKo.class);
        assertThatThrownBy(() -> sim.evenementInterne(numero)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not en attente de RDV");
        assertThatThrownBy(() -> sim.evenementInterne("DIT999999999"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_refusesANonPositivePause() {
        assertThatThrownBy(() -> OmegaSimulator.builder().internalEventAfter(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("internalEventAfter");
    }
}
