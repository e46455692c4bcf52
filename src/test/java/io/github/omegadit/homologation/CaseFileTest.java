/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.ForcedAnswer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case file format: what it reads, and every mistake refused with where it is. */
class CaseFileTest {

    static String file(String cases) {
        return "{ \"format\": \"omega-dit-cases/1\", \"variables\": { \"PCE\": \"GI000001\" },\n\"cases\": [" + cases
                + "] }";
    }

    static final String VERIFIER = "{ \"operation\": \"VerifierRecevabiliteDIT\", \"request\": { \"numeroPce\": "
            + "\"${PCE}\" }, \"expect\": { \"typeRetourDialogue\": \"P\", \"codeRetour\": \"Message\" } }";

    @Nested
    class Reading {

        @Test
        void aCase_withVariablesExpectationsAndAForcedAnswer_isReadAsWritten() {
            HomologationCases c = HomologationCases.parse(file("{ \"id\": \"A\", \"distributorId\": \"D-1\", "
                    + "\"title\": \"t\", \"numeroVersion\": \"V9\", \"validation\": \"warn-only\", "
                    + "\"simulator\": { \"force\": { \"pce\": \"${PCE}\", \"answer\": { \"row\": \"DMD_KO\", "
                    + "\"messages\": [\"Demande non recevable : X1\"] },"
                    + " \"operations\": [\"CreerDemandeDIT\"], \"times\": 1 } }, \"calls\": [" + VERIFIER + "] }"),
                    "t.json");

            HomologationCase a = c.cases().get(0);
            ForcedAnswer forced = a.forcedAnswer(LocalDate.of(2026, 11, 30));
            assertThat(a.distributorId()).isEqualTo("D-1");
            assertThat(a.numeroVersion()).hasToString("V9");
            assertThat(a.needsSimulator()).isTrue();
            assertThat(forced.numeroPce()).isEqualTo("GI000001");
            assertThat(forced.kind()).isEqualTo(ForcedAnswer.Kind.ANSWER);
            assertThat(forced.reponse()).containsInstanceOf(io.github.omegadit.answer.DmdKo.class);
            assertThat(forced.messages()).containsExactly("Demande non recevable : X1");
            assertThat(forced.operations()).containsExactly(Operation.CREER_DEMANDE_DIT);
            assertThat(forced.times()).isEqualTo(1);
            assertThat(a.calls().get(0).request()).containsEntry("numeroPce", "GI000001");
            assertThat(a.calls().get(0).expect().typeRetourDialogue()).isEqualTo(TypeRetourDialogue.P);
        }

        @Test
        void aForcedAnswer_takesTheAdminApisMembers_withVariablesInAnyString_andRelativeDates() {
            HomologationCases c = HomologationCases.parse(file("{ \"id\": \"A\", \"title\": \"t\", "
                    + "\"simulator\": { \"force\": { \"operations\": [\"AccepterRdv\"], \"answer\": { \"row\": "
                    + "\"LISTE_DP\", \"presenceClient\": \"PO\", \"messages\": [\"pour ${PCE}\"], \"creneaux\": "
                    + "[{\"date\": \"2026-12-15\", \"plage\": \"MATIN\"}, {\"date\": \"J+3 TUESDAY\", \"plage\": "
                    + "\"MATIN\"}] } } }, \"calls\": [" + VERIFIER + "] }"), "t.json");

            ForcedAnswer f = c.cases().get(0).forcedAnswer(LocalDate.of(2026, 11, 30));
            assertThat(f.numeroPce()).as("no pce: every PCE, as in the admin API").isNull();
            assertThat(f.reponse()).get().isEqualTo(new ListeDP(null, List.of(
                    new DatePlage(LocalDate.of(2026, 12, 15), "MATIN"), new DatePlage(LocalDate.of(2026, 12, 8),
                            "MATIN")), PresenceClient.PO, List.of(), List.of("pour GI000001")));
            assertThat(f.operations()).containsExactly(Operation.ACCEPTER_RDV);
            assertThat(c.cases().get(0).force()).as("kept as written").containsKey("answer");
        }

        @Test
        void theBundledCatalogue_isValid_withUniqueIdsAndATitleEach() {
            HomologationCases bundled = HomologationCases.bundled();

            assertThat(bundled.cases()).hasSizeGreaterThan(50);
            assertThat(bundled.cases()).extracting(HomologationCase::title).allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(bundled.only(java.util.List.of("SEG-JJ")).cases()).singleElement()
                    .extracting(HomologationCase::id).isEqualTo("SEG-JJ");
        }
    }

    @Nested
    class Mistakes {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "an unknown key in a case|\"idd\": \"A\"|unknown key \"idd\"",
            "an unknown request field|\"request\": { \"numeroPCE\": \"x\" }|unknown key \"numeroPCE\" in VerifierRecevabiliteDIT",
            "an unknown operation|\"operation\": \"VerifierDIT\"|unknown operation 'VerifierDIT'",
            "a pair that is not an Annexe A row for the call|\"codeRetour\": \"ListeDP\"|P / ListeDP is not a row of Annexe A for VerifierRecevabiliteDIT",
            "an unknown reason|\"raisons\": [\"HABILITATION\"]|unknown reason 'HABILITATION'",
            "an unknown variable|\"${PCE}\"|unknown variable ${PCX}",
            "a bad relative date|\"request\": { \"numeroPce\": \"x\", \"date\": \"J+3 MARDI\" }|unknown key \"date\"",
            "a rule id that is none|\"refused\": [\"R12\"]|'R12' is not a rule id",
            "a bad forced answer|\"answer\": { \"row\": \"LISTE_DP\", \"creneaux\": [{\"date\": \"15/12/2026\", \"plage\": \"MATIN\"}] }|simulator.force.answer.creneaux[0].date: '15/12/2026' is not a date: YYYY-MM-DD, or J, J+3",
            "an unknown member of a forced answer|\"dmdKo\": [\"MAINTENANCE\"]|simulator.force.dmdKo: unknown member",
            "a bad relative date in a forced answer|\"answer\": { \"row\": \"DMD_OK_DD\", \"dateDemandee\": \"J+3 MARDI\" }|simulator.force.answer.dateDemandee: 'MARDI' is not a day of the week",
            "a forced answer the simulator refuses|\"answer\": { \"row\": \"DMD_KO\" }|simulator.force: a forced DmdKo needs at least one non-null MessageRetour",
        })
        void isRefused_namingTheFileTheCaseAndTheKey(String what, String replace, String message) {
            String good = "{ \"id\": \"A\", \"title\": \"t\", \"calls\": [" + VERIFIER + "] }";
            String bad = switch (what) {
                case "an unknown key in a case" -> good.replace("\"id\": \"A\"", "\"id\": \"A\", " + replace);
                case "an unknown request field" -> good.replace("\"request\": { \"numeroPce\": \"${PCE}\" }", replace);
                case "an unknown operation" -> good.replace("\"operation\": \"VerifierRecevabiliteDIT\"", replace);
                case "a pair that is not an Annexe A row for the call" -> good.replace("\"codeRetour\": \"Message\"",
                        replace);
                case "an unknown reason" -> good.replace("\"codeRetour\": \"Message\"", "\"codeRetour\": \"Message\", "
                        + replace);
                case "an unknown variable" -> good.replace(replace, "\"${PCX}\"");
                case "a bad relative date" -> good.replace("\"request\": { \"numeroPce\": \"${PCE}\" }", replace);
                case "a bad forced answer", "an unknown member of a forced answer", "a forced answer the simulator refuses",
                        "a bad relative date in a forced answer"
                        -> good.replace("\"calls\"", "\"simulator\": { \"force\": {" + replace + "} }, \"calls\"");
                default -> good.replace("\"typeRetourDialogue\": \"P\", \"codeRetour\": \"Message\"", replace);
            };

            assertThatThrownBy(() -> HomologationCases.parse(file(bad), "mine.json"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("mine.json, case A").hasMessageContaining(message);
        }

        @Test
        void aBadDateInACreation_isRefusedBeforeAnythingRuns() {
            String creer = "{ \"id\": \"B\", \"title\": \"t\", \"calls\": [" + VERIFIER + ", { \"operation\": "
                    + "\"CreerDemandeDIT\", \"request\": { \"numeroPce\": \"x\", \"codeIntervention\": \"206\", "
                    + "\"date\": \"J+3 MARDI\" }, \"expect\": { \"typeRetourDialogue\": \"T\", \"codeRetour\": "
                    + "\"DmdOkDD\" } }] }";

            assertThatThrownBy(() -> HomologationCases.parse(file(creer), "mine.json"))
                    .hasMessageContaining("case B, call #2").hasMessageContaining("'MARDI' is not a day of the week");
        }

        @Test
        void aJsonSyntaxError_namesTheLineAndColumn() {
            assertThatThrownBy(() -> HomologationCases.parse("{\n  \"format\": \"omega-dit-cases/1\",\n  \"cases\": [,]\n}",
                    "mine.json")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mine.json:3:13:");
        }

        @Test
        void aDuplicateIdOrKey_isRefused() {
            String a = "{ \"id\": \"A\", \"title\": \"t\", \"calls\": [" + VERIFIER + "] }";

            assertThatThrownBy(() -> HomologationCases.parse(file(a + "," + a), "m.json"))
                    .hasMessageContaining("duplicate case id A");
            assertThatThrownBy(() -> HomologationCases.parse(file(a.replace("\"title\": \"t\"",
                    "\"title\": \"t\", \"title\": \"u\"")), "m.json")).hasMessageContaining("duplicate member \"title\"");
        }

        @Test
        void anotherFormat_isRefused() {
            assertThatThrownBy(() -> HomologationCases.parse("{ \"format\": \"omega-dit-cases/2\", \"cases\": [] }",
                    "m.json")).hasMessageContaining("\"format\" must be \"omega-dit-cases/1\"");
        }
    }
}
