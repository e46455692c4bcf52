/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.demoEnv;
import static io.github.omegadit.cli.Cli.list;
import static io.github.omegadit.cli.Cli.map;
import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.StatutDemande;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dialogue commands against the simulator: exit codes, text and JSON for each kind of outcome. */
@OmegaSimulatorTest(today = "2026-11-30")
class DialogueCommandsTest {

    /** Tuesday MATIN is fully booked in the simulator: ListeDP. */
    static final String TUESDAY = "2026-12-08";
    /** Monday MATIN is free: DatePlageH. */
    static final String MONDAY = "2026-12-07";

    static String[] creer6M(String... more) {
        String[] base = {"creer", "--pce", OmegaSimulator.PCE_6M, "--code-postal", "75011", "--code", "34",
            "--motif", "23", "--date", TUESDAY, "--plage", "MATIN", "--reference", "CRM-7",
            "--contact-nom", "Martin", "--contact-telephone", "0612345678"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Creates a 6M demande awaiting an appointment; its NumeroDemande. */
    static String created(URI endpoint) {
        Cli.Run r = run(demoEnv(endpoint), creer6M("--json"));
        assertThat(r.code()).as(r.toString()).isZero();
        return (String) r.json().get("numeroDemande");
    }

    @Nested
    class Verifier {

        @Test
        void verifier_whenReceivable_exits0_andPrintsTheAllowedPairs(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M, "--code-postal", "75011");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).startsWith("VerifierRecevabiliteDIT: P Message")
                    .contains("message: Demande recevable", "34/23 PO", "G1/- PS");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void verifier_json_hasTheCommonFieldsAndTheInterventions(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M, "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            Map<String, Object> json = r.json();
            assertThat(json).containsEntry("operation", "VerifierRecevabiliteDIT").containsEntry("type", "Recevable")
                    .containsEntry("typeRetourDialogue", "P").containsEntry("codeRetour", "Message")
                    .containsEntry("numeroDemande", null).containsEntry("state", "RECEIVABLE");
            assertThat(json.get("messages")).isEqualTo(java.util.List.of("Demande recevable"));
            assertThat(list(json.get("interventions"))).contains(
                    Map.of("codeIntervention", "34", "codeMotif", "23", "presenceClient", "PO"));
        }

        @Test
        void verifier_whenThePceIsAnotherSuppliers_exits3_withTheParsedReason(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_AUTRE_FOURNISSEUR, "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            Map<String, Object> json = r.json();
            assertThat(json).containsEntry("type", "DmdKo").containsEntry("typeRetourDialogue", "A")
                    .containsEntry("codeRetour", "DmdKo").containsEntry("state", "REFUSED");
            assertThat(json.get("messages")).isEqualTo(java.util.List.of("Habilitation incorrecte"));
            assertThat(list(json.get("raisons"))).containsExactly(Map.of("type", "Fixe",
                    "raison", "HABILITATION_INCORRECTE", "texte", "Habilitation incorrecte"));
        }

        @Test
        void verifier_unknownPce_exits3_withItsCodeErreur(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_INCONNU);

            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(r.out()).contains("VerifierRecevabiliteDIT: A DmdKo",
                    "message: Numéro de PCE incorrect ou inconnu PCE_INCONNU", "raison: PCE incorrect ou inconnu");
        }

        @Test
        void verifier_badCodePostal_exits2_andSendsNothing(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M, "--code-postal", "750",
                    "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.json()).containsEntry("type", "InvalidRequestException")
                    .containsEntry("mayHaveBeenReceived", false);
            assertThat(list(r.json().get("violations"))).extracting(v -> v.get("ruleId")).containsExactly("R9");
            assertThat(sim.calls()).isEmpty();
        }
    }

    @Nested
    class Creer {

        @Test
        void creer_whenTheSlotIsBusy_exits0_withListeDP_andTheReceivabilityNested(URI endpoint,
                OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), creer6M("--json"));

            assertThat(r.code()).as(r.toString()).isZero();
            Map<String, Object> json = r.json();
            SimulatedDemande demande = sim.demandes().get(0);
            assertThat(json).containsEntry("operation", "CreerDemandeDIT").containsEntry("type", "ListeDP")
                    .containsEntry("typeRetourDialogue", "P").containsEntry("codeRetour", "ListeDP")
                    .containsEntry("numeroDemande", demande.numeroDemande())
                    .containsEntry("state", "AWAITING_APPOINTMENT").containsEntry("presenceClient", "PO");
            assertThat(list(json.get("creneaux"))).isNotEmpty()
                    .allSatisfy(s -> assertThat(LocalDate.parse((String) s.get("date")))
                            .isAfter(LocalDate.parse(TUESDAY)))
                    .first().isEqualTo(Map.of("date", "2026-12-09", "plage", "MATIN"));
            assertThat(map(json.get("recevabilite"))).containsEntry("type", "Recevable")
                    .containsEntry("operation", "VerifierRecevabiliteDIT");
            assertThat(demande.referenceDemande()).isEqualTo("CRM-7");
            assertThat(demande.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void creer_text_printsBothAnswers_theSlots_andTheNextCommand(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), creer6M());

            String numero = sim.demandes().get(0).numeroDemande();
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("VerifierRecevabiliteDIT: P Message",
                    "CreerDemandeDIT: P ListeDP, NumeroDemande " + numero, "    2026-12-09 MATIN",
                    "next: omega-dit rdv accepter --numero " + numero + " --date 2026-12-09 --plage MATIN");
        }

        @Test
        void creer_whenTheSlotIsFree_exits0_withDatePlageH(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "34", "--motif",
                    "23", "--date", MONDAY, "--plage", "MATIN", "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.json()).containsEntry("type", "DatePlageH");
            assertThat(map(r.json().get("dateProgrammee"))).containsEntry("date", MONDAY)
                    .containsEntry("plage", "MATIN").containsEntry("heureMin", "08:00")
                    .containsEntry("heureMax", "12:00");
        }

        @Test
        void creer_jj_exits0_withDmdOkDD_atTheRequestedDate(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_JJ, "--code", "206", "--date",
                    TUESDAY, "--segment", "JJ_JM_MM", "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.json()).containsEntry("type", "DmdOkDD").containsEntry("typeRetourDialogue", "T")
                    .containsEntry("dateDemandee", TUESDAY).containsEntry("state", "DONE");
            assertThat(sim.demandes()).singleElement().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
        }

        @Test
        void creer_meterDataCheck_sendsTheIndexesGivenAsOptions(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "G1",
                    "--index-conteste", "02:12345:2026-11-02", "--index-client", "12400:2026-11-20",
                    "--date", MONDAY, "--plage", "MATIN", "--commentaire", "index contesté",
                    "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.json()).containsEntry("type", "DatePlageH");
            String body = sim.calls().get(1).requestBody();
            assertThat(body).contains("12345", "2026-11-02", "12400", "2026-11-20", "index contesté");
        }

        @Test
        void creer_withAMotifNotAllowed_exits2_withTheViolations_andNoCreationSent(URI endpoint,
                OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "34", "--motif",
                    "99", "--date", TUESDAY, "--plage", "MATIN", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            Map<String, Object> json = r.json();
            assertThat(json).containsEntry("operation", "CreerDemandeDIT")
                    .containsEntry("type", "InvalidRequestException").containsEntry("typeRetourDialogue", null)
                    .containsEntry("codeRetour", null).containsEntry("mayHaveBeenReceived", false);
            assertThat(list(json.get("violations"))).singleElement().satisfies(v -> {
                assertThat(v).containsEntry("ruleId", "R7").containsEntry("severity", "ERROR")
                        .containsEntry("field", "Demande.DonneesTypeDemande.CodeMotifIntervention");
                assertThat((String) v.get("message")).contains("99");
            });
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
            assertThat(sim.demandes()).isEmpty();
        }

        @Test
        void creer_invalidInText_listsEveryViolationOnTheErrorStream(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "34", "--motif",
                    "23", "--express", "--date", TUESDAY);

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("CreerDemandeDIT not sent: the request breaks 2 rules", "[R6]", "[R8]");
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }

        @Test
        void creer_inWarnOnlyMode_sendsAnyway_andOmegasRefusalExits3(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "34", "--motif",
                    "23", "--express", "--date", TUESDAY, "--plage", "MATIN", "--validation", "warn-only", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(r.json()).containsEntry("type", "DmdKo").containsEntry("state", "ABANDONED");
            assertThat(list(r.json().get("raisons"))).extracting(x -> x.get("codeChamp") + "/" + x.get("codeCoherence"))
                    .containsExactly("OPTION_EXPRESS/EXPRESS_NON_AUTORISE");
            assertThat(list(r.json().get("warnings"))).extracting(w -> w.get("ruleId")).containsExactly("R6");
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
        }

        @Test
        void creer_whenThePceIsAnotherSuppliers_exits3_withoutSendingTheCreation(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "creer", "--pce", OmegaSimulator.PCE_AUTRE_FOURNISSEUR, "--code",
                    "34", "--motif", "23", "--date", TUESDAY, "--plage", "MATIN");

            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(r.out()).contains("VerifierRecevabiliteDIT: A DmdKo", "Habilitation incorrecte");
            assertThat(r.err()).contains("CreerDemandeDIT not sent");
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }

        @Test
        void creer_whenTheAnswerIsLost_exits5_withResultatIncertain_andIsNotResent(URI endpoint, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));

            Cli.Run r = run(demoEnv(endpoint), creer6M("--json"));

            assertThat(r.code()).as(r.toString()).isEqualTo(5);
            assertThat(r.json()).containsEntry("operation", "CreerDemandeDIT").containsEntry("type", "ResultatIncertain")
                    .containsEntry("typeRetourDialogue", null).containsEntry("codeRetour", null)
                    .containsEntry("numeroDemande", null).containsEntry("numeroPce", OmegaSimulator.PCE_6M)
                    .containsEntry("referenceDemande", "CRM-7").containsEntry("mayHaveBeenReceived", true)
                    .containsEntry("retrySafe", false).containsEntry("state", "OUTCOME_UNKNOWN");
            assertThat((String) r.json().get("failure")).isNotBlank();
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
            assertThat(sim.demandes()).singleElement().satisfies(d -> {
                assertThat(d.referenceDemande()).isEqualTo("CRM-7");
                assertThat(d.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
            });
        }

        @Test
        void creer_whenTheAnswerIsLost_saysInTextNotToResend(URI endpoint, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));

            Cli.Run r = run(demoEnv(endpoint), creer6M());

            assertThat(r.code()).as(r.toString()).isEqualTo(5);
            assertThat(r.out()).contains("CreerDemandeDIT: outcome unknown (ResultatIncertain)", "NOT resent",
                    "ReferenceDemande CRM-7");
        }
    }

    @Nested
    class Transport {

        @Test
        void anUnreachableEndpoint_exits4_requestNotSent() throws IOException {
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            Map<String, String> env = demoEnv(URI.create("http://127.0.0.1:" + closedPort + "/omega/CreerDIT"));

            Cli.Run r = run(env, "verifier", "--pce", OmegaSimulator.PCE_6M, "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(4);
            assertThat(r.json()).containsEntry("type", "DitServiceException")
                    .containsEntry("operation", "VerifierRecevabiliteDIT").containsEntry("failure", "CONNECT_FAILED")
                    .containsEntry("mayHaveBeenReceived", false).containsEntry("retrySafe", true)
                    .containsEntry("httpStatus", 0L).containsEntry("state", "NEW");
        }

        @Test
        void anUnreachableEndpoint_inText_saysTheRequestWasNotSent() throws IOException {
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            Map<String, String> env = demoEnv(URI.create("http://127.0.0.1:" + closedPort + "/omega/CreerDIT"));

            Cli.Run r = run(env, "rdv", "suivant", "--numero", "DIT000000001");

            assertThat(r.code()).as(r.toString()).isEqualTo(4);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("DemanderPrecSuiv failed (CONNECT_FAILED)", "the request was not sent");
        }

        @Test
        void anHttpErrorAfterSending_exits5_outcomeUnknown(URI endpoint, OmegaSimulator sim) {
            String numero = created(endpoint);
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.httpStatus(503, "busy").onlyFor(Operation.ACCEPTER_RDV));

            Cli.Run r = run(demoEnv(endpoint), "rdv", "accepter", "--numero", numero, "--date", "2026-12-09",
                    "--plage", "MATIN", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(5);
            assertThat(r.json()).containsEntry("type", "DitServiceException").containsEntry("failure", "HTTP_ERROR")
                    .containsEntry("httpStatus", 503L).containsEntry("mayHaveBeenReceived", true)
                    .containsEntry("numeroDemande", numero);
        }
    }

    @Nested
    class Appointment {

        @Test
        void rdvSuivant_thenAccepter_programsTheAppointment(URI endpoint, OmegaSimulator sim) {
            String numero = created(endpoint);

            Cli.Run next = run(demoEnv(endpoint), "rdv", "suivant", "--numero", numero, "--json");
            assertThat(next.code()).as(next.toString()).isZero();
            assertThat(next.json()).containsEntry("operation", "DemanderPrecSuiv").containsEntry("type", "ListeDP")
                    .containsEntry("numeroDemande", numero);
            Map<String, Object> first = list(next.json().get("creneaux")).get(0);

            Cli.Run ok = run(demoEnv(endpoint), "rdv", "accepter", "--numero", numero, "--date",
                    (String) first.get("date"), "--plage", (String) first.get("plage"), "--json");

            assertThat(ok.code()).as(ok.toString()).isZero();
            assertThat(ok.json()).containsEntry("operation", "AccepterRdv").containsEntry("type", "DmdOkDP")
                    .containsEntry("typeRetourDialogue", "T").containsEntry("state", "DONE");
            assertThat(map(ok.json().get("dateProgrammee"))).containsEntry("date", first.get("date"))
                    .containsEntry("plage", first.get("plage"));
            DatePlage slot = new DatePlage(LocalDate.parse((String) first.get("date")), (String) first.get("plage"));
            assertThat(sim.demande(numero)).get().satisfies(d -> {
                assertThat(d.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME);
                assertThat(d.rdvProgramme()).isEqualTo(slot);
            });
        }

        @Test
        void rdvPrecedent_and_rdvProposer_answerWithSlots(URI endpoint) {
            String numero = created(endpoint);

            Cli.Run before = run(demoEnv(endpoint), "rdv", "precedent", "--numero", numero);
            Cli.Run proposed = run(demoEnv(endpoint), "rdv", "proposer", "--numero", numero, "--date", MONDAY,
                    "--plage", "APRES-MIDI");

            assertThat(before.code()).as(before.toString()).isZero();
            assertThat(before.out()).startsWith("DemanderPrecSuiv: P ListeDP, NumeroDemande " + numero);
            assertThat(proposed.code()).as(proposed.toString()).isZero();
            assertThat(proposed.out()).startsWith("ProposerDatePlage: P DatePlageH")
                    .contains("slot free, to confirm: " + MONDAY + " APRES-MIDI (13:30-17:30)",
                            "next: omega-dit rdv accepter --numero " + numero + " --date " + MONDAY
                                    + " --plage APRES-MIDI");
        }

        @Test
        void accepter_anUnknownDemande_exits3_dialogueInterrompu(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "rdv", "accepter", "--numero", "DIT999999999", "--date", MONDAY,
                    "--plage", "MATIN", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(list(r.json().get("raisons"))).singleElement().satisfies(x -> assertThat(x)
                    .containsEntry("type", "DialogueInterrompu").containsEntry("codeErreur", "DEMANDE_INCONNUE"));
        }

        @Test
        void abandonnerRdv_exits0_keptAtTheRequestedDate(URI endpoint, OmegaSimulator sim) {
            String numero = created(endpoint);

            Cli.Run r = run(demoEnv(endpoint), "abandonner", "rdv", "--numero", numero, "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.json()).containsEntry("operation", "AbandonnerRdv").containsEntry("type", "DmdOkDD")
                    .containsEntry("dateDemandee", TUESDAY);
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
        }

        @Test
        void abandonnerDemande_whenAbandoned_exits0(URI endpoint, OmegaSimulator sim) {
            String numero = created(endpoint);

            Cli.Run r = run(demoEnv(endpoint), "abandonner", "demande", "--numero", numero);

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("AbandonnerDemande: A DmdKo, NumeroDemande " + numero,
                    "raison: DEMANDE_ABANDONNEE");
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ABANDONNEE);
        }

        @Test
        void abandonnerDemande_twice_isRefusedByOmega_exits3(URI endpoint) {
            String numero = created(endpoint);
            assertThat(run(demoEnv(endpoint), "abandonner", "demande", "--numero", numero).code()).isZero();

            Cli.Run again = run(demoEnv(endpoint), "abandonner", "demande", "--numero", numero);

            assertThat(again.code()).as(again.toString()).isEqualTo(3);
            assertThat(again.out()).contains("raison: dialogue interrompu DEMANDE_PAS_EN_ATTENTE_DE_RDV");
        }
    }

    @Nested
    class Usage {

        @Test
        void anUnknownOption_exits2_sendsNothing_andPointsToTheHelp(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M, "--frobnicate");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option: '--frobnicate'", "omega-dit verifier --help");
            assertThat(r.out()).isEmpty();
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void anUnknownCommand_exits2_withASuggestion() {
            Cli.Run r = run(Map.of(), "verfier");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("omega-dit verifier");
        }

        @Test
        void noCommand_exits2() {
            assertThat(run(Map.of()).code()).isEqualTo(2);
            assertThat(run(Map.of(), "rdv").code()).isEqualTo(2);
            assertThat(run(Map.of(), "abandonner").code()).isEqualTo(2);
        }

        @Test
        void aMissingRequiredOption_exits2(URI endpoint, OmegaSimulator sim) {
            Cli.Run r = run(demoEnv(endpoint), "rdv", "accepter", "--numero", "DIT000000001", "--plage", "MATIN");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("--date");
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void badOptionValues_exit2_withTheExpectedForm(URI endpoint, OmegaSimulator sim) {
            Map<String, String> env = demoEnv(endpoint);

            assertThat(run(env, "rdv", "proposer", "--numero", "N", "--date", "08/12/2026", "--plage", "MATIN").err())
                    .contains("'08/12/2026' is not a date YYYY-MM-DD");
            assertThat(run(env, "creer", "--pce", "P", "--index-conteste", "02:12345").err())
                    .contains("is not TYPE:VALEUR:DATE");
            assertThat(run(env, "creer", "--pce", "P", "--index-conteste", "09:1:2026-11-02").err())
                    .contains("'09' is not an Annexe C index type");
            assertThat(run(env, "creer", "--pce", "P", "--index-client", "12400").err())
                    .contains("is not VALEUR:DATE");
            assertThat(run(env, "creer", "--pce", "P", "--segment", "7M").err()).contains("unknown segment '7M'");
            assertThat(run(env, "creer", "--pce", "P", "--segment", "7M").code()).isEqualTo(2);
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void missingSettings_exit2_namingEachOneAndWhereToSetIt_asJsonToo() {
            Cli.Run r = run(Map.of("OMEGA_LOGIN", "jdupont"), "verifier", "--pce", "P", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.json()).containsEntry("type", "UsageError").containsEntry("operation",
                    "VerifierRecevabiliteDIT");
            assertThat((String) r.json().get("message")).contains("endpoint (--endpoint, OMEGA_ENDPOINT or "
                    + "omega.endpoint", "dn-entreprise", "numero-cad").doesNotContain("login (");
            assertThat(r.err()).contains("missing settings");
        }
    }
}
