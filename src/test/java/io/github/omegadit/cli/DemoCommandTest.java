/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code demo}: two whole dialogues against an embedded simulator, with no configuration. */
class DemoCommandTest {

    @Test
    void demo_onAFixedDay_runsBothDialogues_toAProgrammedAppointment_andARegisteredDemande() {
        // Monday 2026-11-30: first bookable day Thursday 12-03, so the wished slot is Tuesday 12-08 MATIN (full)
        Cli.Run r = run(Map.of(), "demo", "--today", "2026-11-30");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(
                "OMEGA CreerDIT simulator at http://127.0.0.1:",
                "GI000001         6M non télérelevé",
                "> VerifierRecevabiliteDIT PCE GI000001, CodePostal 75011",
                "VerifierRecevabiliteDIT: P Message",
                "interventions possibles for this PCE",
                "RDV wished Tuesday 2026-12-08 MATIN",
                "CreerDemandeDIT: P ListeDP, NumeroDemande DIT",
                "    2026-12-09 MATIN",
                "> DemanderPrecSuiv Suivant",
                "> AccepterRdv 2026-12-11 MATIN (the first slot offered)",
                "AccepterRdv: T DmdOkDP",
                "RDV programmé: 2026-12-11 MATIN (08:00-12:00)",
                ": RDV programmé, 2026-12-11 MATIN 08:00-12:00, ReferenceDemande DEMO-6M",
                "PCE GI000004 (JJ, Lille)",
                "CreerDemandeDIT: T DmdOkDD",
                ": enregistrée à la date demandée, 2026-12-03, ReferenceDemande DEMO-JJ",
                "Demo finished: 2 demandes created");
        assertThat(r.out().indexOf("AccepterRdv: T DmdOkDP")).isLessThan(r.out().indexOf("CreerDemandeDIT: T DmdOkDD"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void demo_onTheSystemClock_endsWithAProgrammedAppointment() {
        Cli.Run r = run(Map.of(), "demo");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("CreerDemandeDIT: P ListeDP", "AccepterRdv: T DmdOkDP", ": RDV programmé, ",
                "CreerDemandeDIT: T DmdOkDD");
    }

    @Test
    void demo_ignoresTheConnectionSettings_itAlwaysUsesItsOwnSimulator() {
        Cli.Run r = run(Map.of("OMEGA_ENDPOINT", "http://127.0.0.1:1/nowhere", "OMEGA_LOGIN", "x"), "demo",
                "--today", "2026-11-30");

        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void demo_withABadDay_isAUsageError() {
        Cli.Run r = run(Map.of(), "demo", "--today", "tomorrow");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'tomorrow' is not a date YYYY-MM-DD");
    }
}
