/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.campagne.Journal;
import io.github.omegadit.campagne.Statut;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.simulator.SimulatedDemande;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@OmegaSimulatorTest(today = "2026-11-30")
class CampagneCommandTest {

    static final String HEADER = "reference;pce;code;motif;date;plage;contact-nom\n";

    @TempDir
    Path dir;
    Map<String, String> env;
    final List<Thread> hooks = new ArrayList<>();

    @BeforeEach
    void env(URI endpoint) {
        env = Cli.demoEnv(endpoint);
    }

    Path file(String name, String content, Charset charset) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content.getBytes(charset));
        return f;
    }

    Path file(String content) throws Exception {
        return file("compteurs.csv", content, StandardCharsets.UTF_8);
    }

    Cli.Run campagne(String... args) {
        return Cli.run(env, hooks::add, args);
    }

    static Map<String, Long> createdByReference(OmegaSimulator sim) {
        return sim.demandes().stream().filter(d -> d.referenceDemande() != null)
                .collect(Collectors.groupingBy(SimulatedDemande::referenceDemande, Collectors.counting()));
    }

    @Nested
    class Run {
        @Test
        void run_whenFrenchExcelFile_createsEachDemandeAndPrintsOneLineEach(OmegaSimulator sim) throws Exception {
            Path f = file("\uFEFF" + HEADER
                    + "\"R1\";GI000004;206;;07/12/2026;;\"Martin; Jean\"\r\n"
                    + "R2;GI000001;34;23;2026-12-08;MATIN;\r\n"
                    + "R3;GI000003;34;23;2026-12-09;APRES-MIDI;\"Dupont \"\"fils\"\"\"\r\n");

            Cli.Run r = campagne("campagne", "run", f.toString(), "--progress", "lines");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out().lines().toList()).hasSize(4).first().asString().startsWith("reference,pce,statut");
            assertThat(r.out()).contains("R1,GI000004,DONE,").contains("R2,GI000001,DONE,").contains("DmdOkDP");
            assertThat(r.err()).contains("campagne compteurs").contains("3/3 (100%)");
            assertThat(createdByReference(sim)).containsOnly(Map.entry("R1", 1L), Map.entry("R2", 1L),
                    Map.entry("R3", 1L));
            assertThat(Files.exists(dir.resolve("compteurs.journal.db"))).isTrue();
            assertThat(hooks).hasSize(1);
        }

        @Test
        void run_withJsonFormatAndResultsFile_writesJsonLines(OmegaSimulator sim) throws Exception {
            Path f = file("reference,pce,code,date\nJ1,GI000004,206,2026-12-07\n");
            Path out = dir.resolve("res.jsonl");

            Cli.Run r = campagne("campagne", "run", f.toString(), "--format", "json", "--results", out.toString(),
                    "--journal", dir.resolve("j.db").toString(), "--nom", "essai");

            assertThat(r.code()).as(r.toString()).isZero();
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).hasSize(1);
            Map<String, Object> o = StrictJson.object(lines.get(0));
            assertThat(o).containsEntry("reference", "J1").containsEntry("statut", "DONE")
                    .containsEntry("codeRetour", "DmdOkDD").containsEntry("numeroDemande",
                            sim.demandes().get(0).numeroDemande());
        }

        @Test
        void run_windows1252File_isReadWithItsCharset(OmegaSimulator sim) throws Exception {
            Path f = file("w.csv", HEADER + "W1;GI000004;206;;2026-12-07;;Hélène\n", Charset.forName("windows-1252"));

            Cli.Run utf8 = campagne("campagne", "run", f.toString());
            Cli.Run cp1252 = campagne("campagne", "run", f.toString(), "--charset", "windows-1252");

            assertThat(utf8.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(utf8.err()).contains("w.csv:2:").contains("windows-1252");
            assertThat(cp1252.code()).as(cp1252.toString()).isZero();
            assertThat(createdByReference(sim)).containsOnly(Map.entry("W1", 1L));
        }

        @Test
        void run_again_skipsFinishedDemandes(OmegaSimulator sim) throws Exception {
            Path f = file(HEADER + "A;GI000004;206;;2026-12-07;;\nB;GI000001;34;23;2026-12-08;MATIN;\n");
            campagne("campagne", "run", f.toString());
            int calls = sim.calls().size();

            Cli.Run again = campagne("campagne", "run", f.toString());

            assertThat(again.code()).isZero();
            assertThat(again.err()).contains("0 new, 2 already in the journal");
            assertThat(sim.calls()).hasSize(calls);
        }
    }

    @Nested
    class BadInput {
        static final String FILE = HEADER
                + "G1;GI000004;206;;2026-12-07;;\n"
                + "G2;GI000004;206;;2026-13-45;;\n"
                + "G3;GI000004;206;;2026-12-07\n"
                + "G1;GI000004;206;;2026-12-08;;\n"
                + "G4;GI000001;34;23;2026-12-08;MATIN;\n";

        @Test
        void run_onErrorStop_namesFileLineAndColumn_andSendsNothing(OmegaSimulator sim) throws Exception {
            Path f = file(FILE);

            Cli.Run r = campagne("campagne", "run", f.toString());

            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(f + ":3: column 5 (date): '2026-13-45' is not a date")
                    .contains(f + ":4: 5 fields where the header has 7")
                    .contains(f + ":5: column 1 (reference): ReferenceDemande 'G1' is already on line 2")
                    .contains("nothing loaded, nothing sent");
            assertThat(sim.calls()).isEmpty();
            try (Journal j = Journal.sqlite(dir.resolve("compteurs.journal.db"))) {
                assertThat(j.campagnes()).isEmpty();
            }
        }

        @Test
        void run_onErrorSkip_runsTheOthers_andTheFixedRowsLater_neverTwice(OmegaSimulator sim) throws Exception {
            Path f = file(FILE);

            Cli.Run skipped = campagne("campagne", "run", f.toString(), "--on-error", "skip");

            assertThat(skipped.code()).as(skipped.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(skipped.err()).contains(":3: column 5 (date)").contains("(row skipped)");
            assertThat(createdByReference(sim)).containsOnly(Map.entry("G1", 1L), Map.entry("G4", 1L));

            Files.writeString(f, HEADER + "G1;GI000004;206;;2026-12-07;;\nG2;GI000004;206;;2026-12-09;;\n"
                    + "G3;GI000004;206;;2026-12-07;;\nG4;GI000001;34;23;2026-12-08;MATIN;\n");
            Cli.Run fixed = campagne("campagne", "run", f.toString());

            assertThat(fixed.code()).as(fixed.toString()).isZero();
            assertThat(createdByReference(sim)).containsOnly(Map.entry("G1", 1L), Map.entry("G2", 1L),
                    Map.entry("G3", 1L), Map.entry("G4", 1L));
        }

        @Test
        void run_whenHeaderHasAnUnknownColumn_stopsAndNamesIt(OmegaSimulator sim) throws Exception {
            Path f = file("reference;pce;code;date;couleur\nA;GI000004;206;2026-12-07;bleu\n");

            Cli.Run r = campagne("campagne", "run", f.toString(), "--on-error", "skip");

            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(f + ":1: column 5 (couleur): unknown column");
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void run_whenAReferenceComesBackWithOtherValues_keepsTheJournalsAndSaysSo(OmegaSimulator sim)
                throws Exception {
            Path f = file(HEADER + "A;GI000004;206;;2026-12-07;;\n");
            campagne("campagne", "run", f.toString());
            Files.writeString(f, HEADER + "A;GI000004;206;;2026-12-09;;\n");

            Cli.Run r = campagne("campagne", "run", f.toString());

            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(f + ":2: ReferenceDemande 'A' is already in campaign compteurs with other "
                    + "values");
            assertThat(createdByReference(sim)).containsOnly(Map.entry("A", 1L));
        }
    }

    @Nested
    class Reconcile {
        @Test
        void status_andReconcilier_tellAndClearTheUncertainDemandes(OmegaSimulator sim) throws Exception {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT)
                    .times(1));
            sim.force(OmegaSimulator.PCE_JJ, ForcedAnswer.closeConnection().onlyFor(Operation.CREER_DEMANDE_DIT)
                    .times(1));
            Path f = file(HEADER + "L;GI000001;34;23;2026-12-08;MATIN;\nC;GI000004;206;;2026-12-07;;\n");
            String journal = dir.resolve("compteurs.journal.db").toString();

            Cli.Run first = campagne("campagne", "run", f.toString());
            Cli.Run status = campagne("campagne", "status", "--journal", journal);
            Cli.Run json = campagne("campagne", "status", "--journal", journal, "--json");

            assertThat(first.code()).as(first.toString()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
            assertThat(first.err()).contains("2 demande(s) UNCERTAIN");
            assertThat(status.code()).isEqualTo(ExitCodes.OUTCOME_UNKNOWN);
            assertThat(status.out()).contains("UNCERTAIN             2").contains("UNCERTAIN L (PCE GI000001");
            assertThat(Cli.map(json.json().get("statuts"))).containsEntry("UNCERTAIN", 2L);
            String numero = sim.demandes().get(0).numeroDemande();

            Cli.Run bad = campagne("campagne", "reconcilier", "--journal", journal, "--trouvee", "nope=DIT1");
            Cli.Run rec = campagne("campagne", "reconcilier", "--journal", journal, "--trouvee", "L=" + numero,
                    "--non-trouvee", "C");
            Cli.Run again = campagne("campagne", "run", f.toString());

            assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.err()).contains("no demande with ReferenceDemande nope");
            assertThat(rec.code()).as(rec.toString()).isZero();
            assertThat(rec.out()).contains("L: AWAITING_APPOINTMENT").contains("C: PENDING");
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(createdByReference(sim)).containsOnly(Map.entry("L", 1L), Map.entry("C", 1L));
            try (Journal j = Journal.sqlite(Path.of(journal))) {
                assertThat(j.demandes("compteurs")).allMatch(d -> d.statut() == Statut.DONE);
                assertThat(j.demande("compteurs", "L").orElseThrow().numeroDemande()).isEqualTo(numero);
            }
        }
    }
}
