/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.answer.AnnexeA;
import static io.github.omegadit.simulator.OmegaSimulator.AUTRE_DN_ENTREPRISE;
import static io.github.omegadit.simulator.OmegaSimulator.AUTRE_NUMERO_CAD;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_1M;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M_TLRV;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_AUTRE_FOURNISSEUR;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_INCONNU;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_JJ;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_MM;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.rules.Catalogue;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dialogue of guide §2.1 on the simulator's side, over real SOAP. Today is Monday 2026-11-30: the first bookable
 * day is Thursday 2026-12-03 (express: Tuesday 2026-12-01); Tuesdays' MATIN and DEBUT-MATINEE and Thursdays'
 * APRES-MIDI and FIN-APRES-MIDI are pre-booked.
 */
@OmegaSimulatorTest(today = "2026-11-30")
class DialogueTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    OmegaSimulator sim;
    URI endpoint;

    @BeforeEach
    void setUp(OmegaSimulator sim, URI endpoint) {
        this.sim = sim;
        this.endpoint = endpoint;
    }

    Soap.Answer call(Payload p) {
        return Soap.call(endpoint, p);
    }

    Soap.Answer creer6M(LocalDate date, String plage) {
        return call(Payload.creer(PCE_6M, "75011", "34", "23", date, plage));
    }

    @Nested
    class VerifierRecevabilite {

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource({
            PCE_6M + ", 75011, SIX_M",
            PCE_6M_TLRV + ", 69003, SIX_M_TLRV_1M",
            PCE_1M + ", 13008, SIX_M_TLRV_1M",
            PCE_JJ + ", 59000, JJ_JM_MM",
            PCE_MM + ", 31000, JJ_JM_MM"})
        void verifier_whenReceivable_listsTheSegmentsPairs(String pce, String codePostal, Segment segment) {
            Soap.Answer a = call(Payload.verifier(pce, codePostal));

            assertThat(a.element()).isEqualTo("ReponseWSVerifierRecevabiliteDIT");
            assertThat(a.typeRetour()).isEqualTo("P");
            assertThat(a.codeRetour()).isEqualTo("Message");
            assertThat(a.messages()).containsExactly("Demande recevable");
            List<String> expected = Catalogue.standard().entries().stream()
                    .filter(e -> e.segment() == segment)
                    .map(e -> e.code() + "/" + e.motif() + "/")
                    .toList();
            assertThat(a.interventions()).hasSameSizeAs(expected);
            assertThat(a.interventions()).allSatisfy(i -> assertThat(i).matches(".+/.*/(PO|PNO|PS)"));
            assertThat(a.interventions().stream().map(i -> i.substring(0, i.lastIndexOf('/') + 1)))
                    .containsExactlyElementsOf(expected);
            assertThat(sim.demandes()).isEmpty();
        }

        @Test
        void verifier_presenceClient_followsTheDocumentedTable() {
            assertThat(call(Payload.verifier(PCE_6M, null)).interventions())
                    .contains("34/23/PO", "V8/01/PNO", "Y9/16/PS", "G1//PS", "R9//PNO")
                    .doesNotContain("Y9/20/PS");
            assertThat(call(Payload.verifier(PCE_1M, null)).interventions()).contains("Y9/20/PS", "Z8/19/PS");
            assertThat(call(Payload.verifier(PCE_JJ, null)).interventions())
                    .contains("206//PS", "207//PNO", "217//PO", "253//PS");
        }

        @Test
        void verifier_whenPceUnknown_refusesWithCodeAndRecordsStatus22() {
            Soap.Answer a = call(Payload.verifier(PCE_INCONNU, null));

            assertThat(a.typeRetour()).isEqualTo("A");
            assertThat(a.codeRetour()).isEqualTo("DmdKo");
            assertThat(a.messages()).containsExactly("Numéro de PCE incorrect ou inconnu PCE_INCONNU");
            assertThat(a.interventions()).isEmpty();
            assertThat(sim.demandes()).singleElement().satisfies(d -> {
                assertThat(d.statut()).isEqualTo(StatutDemande.DEMANDE_IMPOSSIBLE_PCE_INCONNU);
                assertThat(d.statut().code()).contains("22");
                assertThat(d.numeroPce()).isEqualTo(PCE_INCONNU);
            });
        }

        @Test
        void verifier_whenPceHeldByAnotherSupplier_refusesHabilitationAndRecordsStatus23() {
            Soap.Answer a = call(Payload.verifier(PCE_AUTRE_FOURNISSEUR, null));

            assertThat(a.typeRetour()).isEqualTo("A");
            assertThat(a.messages()).containsExactly(AnnexeA.Libelle.HABILITATION_INCORRECTE.texte());
            assertThat(sim.demandes()).singleElement().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.DEMANDE_NON_VALIDEE);
        }

        @Test
        void verifier_whenPostalCodeInAnotherDepartement_refusesWithTheCommuneText() {
            Soap.Answer a = call(Payload.verifier(PCE_6M, "13001"));

            assertThat(a.messages()).containsExactly("La commune du PCE n'est pas dans le même département que le "
                    + "code postal saisi : merci de corriger le PCE et/ou le code postal");
            assertThat(sim.demandes()).singleElement().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.DEMANDE_NON_VALIDEE);
        }

        @Test
        void verifier_whenLoginBlank_refusesWithTheLoginText() {
            Soap.Answer a = call(Payload.verifier(PCE_6M, "75011").set("Login", " "));

            assertThat(a.typeRetour()).isEqualTo("A");
            assertThat(a.messages()).containsExactly("Le login doit être renseigné.");
        }

        @Test
        void verifier_whenSupplierUnknown_refusesHabilitation() {
            Soap.Answer a = call(Payload.verifier(PCE_6M, "75011").as("CN=Inconnu,O=X,C=FR", "GAZ9999"));

            assertThat(a.messages()).containsExactly("Habilitation incorrecte");
        }

        @Test
        void verifier_asTheOtherSupplier_acceptsItsOwnPce() {
            Soap.Answer a = call(Payload.verifier(PCE_AUTRE_FOURNISSEUR, "33000")
                    .as(AUTRE_DN_ENTREPRISE, AUTRE_NUMERO_CAD));

            assertThat(a.codeRetour()).isEqualTo("Message");
        }

        @Test
        void verifier_forAnAddedPce_usesItsSegmentAndDepartement() {
            sim.addPce(new SimulatedPce("GI100001", Segment.JJ_JM_MM, "44000", "Nantes",
                    OmegaSimulator.DEMO_NUMERO_CAD));

            assertThat(call(Payload.verifier("GI100001", "44300")).interventions()).contains("206//PS");
            assertThat(call(Payload.verifier("GI100001", "75001")).messages())
                    .containsExactly(AnnexeA.Libelle.COMMUNE_HORS_DEPARTEMENT.texte());
        }
    }

    @Nested
    class CreerDemande {

        @Test
        void creer_6M_whenSlotFree_returnsDatePlageHWithRealHours() {
            Soap.Answer a = creer6M(MONDAY, "MATIN");

            assertThat(a.element()).isEqualTo("ReponseWSCreerDIT");
            assertThat(a.typeRetour()).isEqualTo("P");
            assertThat(a.codeRetour()).isEqualTo("DatePlageH");
            assertThat(a.messages()).containsExactly(AnnexeA.Libelle.DATE_PLAGE_DISPONIBLE.texte());
            assertThat(a.numeroDemande()).matches("DIT[0-9]{9}");
            assertThat(a.presenceClient()).isEqualTo("PO");
            assertThat(a.programmee()).isEqualTo(
                    new Soap.Programmee(MONDAY, "MATIN", LocalTime.of(8, 0), LocalTime.of(12, 0)));
            assertThat(sim.demande(a.numeroDemande())).get().satisfies(d -> {
                assertThat(d.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
                assertThat(d.numeroPce()).isEqualTo(PCE_6M);
                assertThat(d.referenceDemande()).isEqualTo("CRM-2026-000123");
                assertThat(d.codeIntervention()).isEqualTo("34");
                assertThat(d.codeMotif()).isEqualTo("23");
                assertThat(d.dateDemandee()).isEqualTo(MONDAY);
                assertThat(d.plageDemandee()).isEqualTo("MATIN");
                assertThat(d.rdvProgramme()).isNull();
            });
        }

        @Test
        void creer_6M_whenSlotPrebooked_returnsListeDPOfTheTwoNextWorkingDays() {
            Soap.Answer a = creer6M(TUESDAY, "MATIN");

            assertThat(a.typeRetour()).isEqualTo("P");
            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            assertThat(a.messages()).containsExactly(AnnexeA.Libelle.DATE_PLAGE_INDISPONIBLE.texte());
            assertThat(a.numeroDemande()).isNotNull();
            assertThat(a.liste()).hasSize(10)
                    .extracting(DatePlage::date).containsOnly(WEDNESDAY, THURSDAY);
            assertThat(a.liste()).doesNotContain(new DatePlage(THURSDAY, "APRES-MIDI"),
                    new DatePlage(THURSDAY, "FIN-APRES-MIDI"));
            assertThat(a.liste().get(0)).isEqualTo(new DatePlage(WEDNESDAY, "MATIN"));
        }

        @Test
        void creer_6MTelereleve_andIM_takeAppointmentsToo() {
            Soap.Answer tlrv = call(Payload.creer(PCE_6M_TLRV, "69003", "34", "24", MONDAY, "APRES-MIDI"));
            Soap.Answer m1 = call(Payload.creer(PCE_1M, "13008", "Y9", "20", MONDAY, "FIN-MATINEE"));

            assertThat(tlrv.codeRetour()).isEqualTo("DatePlageH");
            assertThat(tlrv.programmee().heureMin()).isEqualTo(LocalTime.of(13, 30));
            assertThat(m1.codeRetour()).isEqualTo("DatePlageH");
            assertThat(m1.presenceClient()).isEqualTo("PS");
        }

        @ParameterizedTest(name = "{0} code {1}")
        @CsvSource({PCE_JJ + ", 206, 59000", PCE_MM + ", 217, 31000"})
        void creer_JJJMMM_registersAtTheRequestedDate(String pce, String code, String codePostal) {
            LocalDate saturday = LocalDate.of(2026, 12, 12);
            Soap.Answer a = call(Payload.creer(pce, codePostal, code, null, saturday, null));

            assertThat(a.typeRetour()).isEqualTo("T");
            assertThat(a.codeRetour()).isEqualTo("DmdOkDD");
            assertThat(a.messages()).containsExactly(AnnexeA.Libelle.RDV_DATE_DEMANDEE.texte());
            assertThat(a.dateDemandee()).isEqualTo(saturday);
            assertThat(a.numeroDemande()).isNotNull();
            assertThat(sim.demande(a.numeroDemande())).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
        }

        @Test
        void creer_sampleRequestOfTheContract_isAccepted() {
            Soap.Answer a = call(Payload.sample("CreerDemandeDIT").set("RdvDemande/Date", MONDAY.toString()));

            assertThat(a.codeRetour()).isEqualTo("DatePlageH");
            assertThat(a.presenceClient()).isEqualTo("PS");
        }

        @Test
        void creer_whenDateBeforeTheFirstBookableDay_listsFromThatDay() {
            Soap.Answer a = creer6M(LocalDate.of(2026, 12, 1), "FIN-MATINEE");

            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            assertThat(a.liste()).extracting(DatePlage::date)
                    .containsOnly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4));
        }

        @Test
        void creer_listeDP_skipsWeekendsAndPublicHolidays() {
            LocalDate christmasEve = LocalDate.of(2026, 12, 24);
            sim.occupy(christmasEve, "MATIN");

            Soap.Answer a = creer6M(christmasEve, "MATIN");

            assertThat(a.liste()).extracting(DatePlage::date)
                    .containsOnly(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29))
                    .allSatisfy(d -> assertThat(OmegaSimulator.isWorkingDay(d)).isTrue());
        }

        @Test
        void creer_listeDP_holdsAtMost24Slots() {
            OmegaSimulator many = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30))
                    .plages(java.util.stream.IntStream.range(0, 15)
                            .mapToObj(h -> new PlageHoraire("H" + h, LocalTime.of(6 + h, 0), LocalTime.of(7 + h, 0), 1))
                            .toList())
                    .build().start();
            try (many) {
                many.occupy(MONDAY, "H0");
                Soap.Answer a = Soap.call(many.url(), Payload.creer(PCE_6M, null, "34", "23", MONDAY, "H0"));

                assertThat(a.liste()).hasSize(24);
                assertThat(a.liste().get(23)).isEqualTo(new DatePlage(WEDNESDAY, "H8"));
            }
        }

        @Test
        void creer_express_booksEarlierThanStandard() {
            LocalDate tuesday = LocalDate.of(2026, 12, 1);
            Soap.Answer standard = call(Payload.creer(PCE_6M, "75011", "Z8", "19", tuesday, "FIN-MATINEE"));
            Soap.Answer express = call(Payload.creer(PCE_6M, "75011", "Z8", "19", tuesday, "FIN-MATINEE")
                    .express("1"));

            assertThat(standard.codeRetour()).isEqualTo("ListeDP");
            assertThat(standard.liste()).extracting(DatePlage::date).allMatch(d -> !d.isBefore(LocalDate.of(2026, 12, 3)));
            assertThat(express.codeRetour()).isEqualTo("DatePlageH");
            assertThat(express.programmee().date()).isEqualTo(tuesday);
            assertThat(sim.earliestBookableDay(true)).isBefore(sim.earliestBookableDay(false));
            assertThat(sim.demande(express.numeroDemande())).get().extracting(SimulatedDemande::optionExpress)
                    .isEqualTo(true);
        }

        @Test
        void creer_whenPceUnknownOrNotHeld_refusesWithoutCreatingADemande() {
            assertThat(call(Payload.creer(PCE_INCONNU, null, "34", "23", MONDAY, "MATIN")).messages())
                    .containsExactly("Numéro de PCE incorrect ou inconnu PCE_INCONNU");
            assertThat(call(Payload.creer(PCE_AUTRE_FOURNISSEUR, null, "34", "23", MONDAY, "MATIN")).messages())
                    .containsExactly("Habilitation incorrecte");
            assertThat(call(Payload.creer(PCE_6M, "59000", "34", "23", MONDAY, "MATIN")).messages())
                    .containsExactly(AnnexeA.Libelle.COMMUNE_HORS_DEPARTEMENT.texte());
            assertThat(call(Payload.creer(PCE_6M, "75011", "34", "23", MONDAY, "MATIN").set("Login", "")).messages())
                    .containsExactly(AnnexeA.Libelle.LOGIN_NON_RENSEIGNE.texte());
            assertThat(sim.demandes()).isEmpty();
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(4);
        }
    }

    @Nested
    class CreerDemandeRefusals {

        Soap.Answer refused(Payload p) {
            Soap.Answer a = call(p);
            assertThat(a.typeRetour()).as("%s", a).isEqualTo("A");
            assertThat(a.codeRetour()).isEqualTo("DmdKo");
            assertThat(a.numeroDemande()).isNull();
            assertThat(sim.demandes()).isEmpty();
            return a;
        }

        @ParameterizedTest(name = "{0}/{1} on {2} -> {3}")
        @CsvSource(nullValues = "-", value = {
            "ZZ,  -,  " + PCE_6M + ",  Donnée incorrecte : CODE_INTERVENTION / INTERVENTION_INCONNUE",
            "206, -,  " + PCE_6M + ",  Donnée incorrecte : CODE_INTERVENTION / INTERVENTION_HORS_SEGMENT",
            "R9,  -,  " + PCE_1M + ",  Donnée incorrecte : CODE_INTERVENTION / INTERVENTION_HORS_SEGMENT",
            "34,  -,  " + PCE_6M + ",  Donnée incorrecte : CODE_MOTIF / MOTIF_OBLIGATOIRE",
            "34,  05, " + PCE_6M + ",  Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU",
            "Y9,  20, " + PCE_6M + ",  Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU",
            "37,  17, " + PCE_6M + ",  Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU",
            "36,  01, " + PCE_6M + ",  Donnée incorrecte : PRECISION_INTERVENTION / PRECISION_OBLIGATOIRE",
            "C3,  01, " + PCE_1M + ",  Donnée incorrecte : PRECISION_INTERVENTION / PRECISION_OBLIGATOIRE"})
        void creer_whenPairNotAllowed_refusesWithOneMessage(String code, String motif, String pce, String message) {
            String cp = pce.equals(PCE_6M) ? "75011" : "13008";
            assertThat(refused(Payload.creer(pce, cp, code, motif, MONDAY, "MATIN")).messages())
                    .containsExactly(message);
        }

        @Test
        void creer_motif01NotLabelledAutre_needsNoPrecision() {
            assertThat(creer6MWith("34", "01").codeRetour()).isEqualTo("DatePlageH");
        }

        @Test
        void creer_motif01Autre_withPrecision_isAccepted() {
            assertThat(call(Payload.creer(PCE_6M, "75011", "36", "01", MONDAY, "MATIN").precision("Accès cour"))
                    .codeRetour()).isEqualTo("DatePlageH");
        }

        Soap.Answer creer6MWith(String code, String motif) {
            return call(Payload.creer(PCE_6M, "75011", code, motif, MONDAY, "MATIN"));
        }

        @Test
        void creer_G1WithoutIndexes_refusesBothIndexes() {
            assertThat(refused(Payload.creer(PCE_6M, "75011", "G1", null, MONDAY, "MATIN")).messages())
                    .containsExactly("Donnée incorrecte : INDEX_CONTESTE / INDEX_OBLIGATOIRE",
                            "Donnée incorrecte : INDEX_CLIENT / INDEX_OBLIGATOIRE");
        }

        @Test
        void creer_253WithAMotif_refusesTheMotif() {
            assertThat(refused(Payload.creer(PCE_JJ, null, "253", "01", MONDAY, null).withIndexes()).messages())
                    .containsExactly("Donnée incorrecte : CODE_MOTIF / MOTIF_INTERDIT");
        }

        @Test
        void creer_G1WithIndexes_isAccepted() {
            assertThat(call(Payload.creer(PCE_6M, "75011", "G1", null, MONDAY, "MATIN").withIndexes()).codeRetour())
                    .isEqualTo("DatePlageH");
        }

        @ParameterizedTest(name = "{0} at V9")
        @CsvSource({"G1, " + PCE_6M, "253, " + PCE_JJ})
        void creer_meterDataCheckBeforeV10_refusesTheVersion(String code, String pce) {
            Payload p = Payload.creer(pce, null, code, null, MONDAY, pce.equals(PCE_JJ) ? null : "MATIN")
                    .set("NumeroVersion", "V9").withIndexes();
            assertThat(refused(p).messages())
                    .containsExactly("Donnée incorrecte : NUMERO_VERSION / VERSION_INSUFFISANTE");
        }

        @ParameterizedTest(name = "{0} at V9")
        @CsvSource({"R9", "A7"})
        void creer_checkWithoutVisitAtV9_isAccepted(String code) {
            // not the DIT vérification des données de comptage (rules R2, R4): no V10 needed
            Payload p = Payload.creer(PCE_6M, null, code, null, MONDAY, "MATIN").set("NumeroVersion", "V9");
            assertThat(call(p).codeRetour()).isEqualTo("DatePlageH");
        }

        @Test
        void creer_expressOnANonExpressCode_refusesTheOption() {
            assertThat(refused(Payload.creer(PCE_6M, "75011", "34", "23", MONDAY, "MATIN").express("1")).messages())
                    .containsExactly("Donnée incorrecte : OPTION_EXPRESS / EXPRESS_NON_AUTORISE");
        }

        @Test
        void creer_6MWithoutPlage_refusesThePlage() {
            assertThat(refused(Payload.creer(PCE_6M, "75011", "34", "23", MONDAY, null)).messages())
                    .containsExactly("Donnée incorrecte : PLAGE_RDV / PLAGE_OBLIGATOIRE");
            assertThat(refused(Payload.creer(PCE_1M, "13008", "Y9", "20", MONDAY, "SOIR")).messages())
                    .containsExactly("Donnée incorrecte : PLAGE_RDV / PLAGE_INCONNUE");
        }

        @Test
        void creer_dateInThePast_refusesTheDate() {
            assertThat(refused(Payload.creer(PCE_JJ, null, "206", null, LocalDate.of(2026, 11, 27), null)).messages())
                    .containsExactly("Donnée incorrecte : DATE_RDV / DATE_PASSEE");
        }

        @Test
        void creer_telephoneWithSpacesFromV8_refusesWithTheFixedText() {
            Payload p = Payload.creer(PCE_6M, "75011", "34", "23", MONDAY, "MATIN")
                    .set("ContactIntervention/Telephone", "06 12 34 56 78");

            assertThat(refused(p).messages())
                    .containsExactly("Champ numéro de téléphone incorrect : caractères numériques uniquement");
            assertThat(call(p.set("NumeroVersion", "V7")).codeRetour()).isEqualTo("DatePlageH");
        }

        @Test
        void creer_severalFaults_areAllReportedAtOnce() {
            Payload p = Payload.creer(PCE_6M, "75011", "G1", "01", LocalDate.of(2026, 11, 2), null)
                    .express("1")
                    .set("NumeroVersion", "V9")
                    .set("ContactIntervention/Telephone", "+33612345678");

            assertThat(refused(p).messages()).containsExactly(
                    "Donnée incorrecte : CODE_MOTIF / MOTIF_INTERDIT",
                    "Donnée incorrecte : OPTION_EXPRESS / EXPRESS_NON_AUTORISE",
                    "Donnée incorrecte : INDEX_CONTESTE / INDEX_OBLIGATOIRE",
                    "Donnée incorrecte : INDEX_CLIENT / INDEX_OBLIGATOIRE",
                    "Donnée incorrecte : NUMERO_VERSION / VERSION_INSUFFISANTE",
                    "Donnée incorrecte : DATE_RDV / DATE_PASSEE",
                    "Donnée incorrecte : PLAGE_RDV / PLAGE_OBLIGATOIRE",
                    "Champ numéro de téléphone incorrect : caractères numériques uniquement");
        }
    }

    @Nested
    class Appointment {

        String numero;

        @BeforeEach
        void createOnAPrebookedSlot() {
            Soap.Answer a = creer6M(TUESDAY, "MATIN");
            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            numero = a.numeroDemande();
        }

        @Test
        void proposer_whenFree_returnsDatePlageHAndMovesTheRequestedDate() {
            Soap.Answer a = call(Payload.proposer(numero, FRIDAY, "DEBUT-APRES-MIDI"));

            assertThat(a.element()).isEqualTo("ReponseWSProposerDatePlage");
            assertThat(a.codeRetour()).isEqualTo("DatePlageH");
            assertThat(a.numeroDemande()).isEqualTo(numero);
            assertThat(a.programmee()).isEqualTo(new Soap.Programmee(FRIDAY, "DEBUT-APRES-MIDI",
                    LocalTime.of(13, 30), LocalTime.of(15, 30)));
            assertThat(sim.demande(numero)).get().satisfies(d -> {
                assertThat(d.dateDemandee()).isEqualTo(FRIDAY);
                assertThat(d.plageDemandee()).isEqualTo("DEBUT-APRES-MIDI");
                assertThat(d.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
            });
        }

        @Test
        void proposer_whenTaken_returnsListeDPAfterTheProposedDate() {
            Soap.Answer a = call(Payload.proposer(numero, THURSDAY, "APRES-MIDI"));

            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            assertThat(a.liste()).extracting(DatePlage::date).containsOnly(FRIDAY, LocalDate.of(2026, 12, 14));
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::dateDemandee).isEqualTo(THURSDAY);
        }

        @Test
        void precSuiv_pagesByTwoWorkingDays_neverBeforeTheFirstBookableDay() {
            assertThat(dates(call(Payload.precSuiv(numero, "Suivant")))).containsExactly(FRIDAY,
                    LocalDate.of(2026, 12, 14));
            assertThat(dates(call(Payload.precSuiv(numero, "Suivant")))).containsExactly(LocalDate.of(2026, 12, 15),
                    LocalDate.of(2026, 12, 16));
            assertThat(dates(call(Payload.precSuiv(numero, "Precedent")))).containsExactly(FRIDAY,
                    LocalDate.of(2026, 12, 14));
            assertThat(dates(call(Payload.precSuiv(numero, "Precedent")))).containsExactly(WEDNESDAY, THURSDAY);
            assertThat(dates(call(Payload.precSuiv(numero, "Precedent")))).containsExactly(MONDAY, TUESDAY);
            assertThat(dates(call(Payload.precSuiv(numero, "Precedent"))))
                    .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4));
            Soap.Answer first = call(Payload.precSuiv(numero, "Precedent"));
            assertThat(dates(first)).containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4));
            assertThat(first.element()).isEqualTo("ReponseWSDemanderPrecSuiv");
            assertThat(first.codeRetour()).isEqualTo("ListeDP");
            assertThat(first.numeroDemande()).isEqualTo(numero);
        }

        @Test
        void precSuiv_skipsWindowsWithoutFreeSlots() {
            for (LocalDate d : List.of(FRIDAY, LocalDate.of(2026, 12, 14))) {
                for (PlageHoraire p : sim.plages()) {
                    sim.occupy(d, p.code());
                }
            }
            assertThat(dates(call(Payload.precSuiv(numero, "Suivant"))))
                    .containsExactly(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 16));
        }

        List<LocalDate> dates(Soap.Answer a) {
            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            return a.liste().stream().map(DatePlage::date).distinct().toList();
        }

        @Test
        void accepter_booksOneUnitAndProgrammesTheDemande() {
            int before = sim.remainingCapacity(WEDNESDAY, "FIN-MATINEE");

            Soap.Answer a = call(Payload.accepter(numero, WEDNESDAY, "FIN-MATINEE"));

            assertThat(a.element()).isEqualTo("ReponseWSAccepterRdv");
            assertThat(a.typeRetour()).isEqualTo("T");
            assertThat(a.codeRetour()).isEqualTo("DmdOkDP");
            assertThat(a.messages()).containsExactly("Le rendez-vous a été programmé avec succès.");
            assertThat(a.programmee()).isEqualTo(new Soap.Programmee(WEDNESDAY, "FIN-MATINEE",
                    LocalTime.of(10, 0), LocalTime.of(12, 0)));
            assertThat(sim.remainingCapacity(WEDNESDAY, "FIN-MATINEE")).isEqualTo(before - 1);
            assertThat(sim.demande(numero)).get().satisfies(d -> {
                assertThat(d.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME);
                assertThat(d.rdvProgramme()).isEqualTo(new DatePlage(WEDNESDAY, "FIN-MATINEE"));
            });
        }

        @Test
        void accepter_whenTheSlotFilledMeanwhile_returnsListeDP() {
            Soap.Answer other = creer6M(TUESDAY, "MATIN");
            assertThat(call(Payload.accepter(other.numeroDemande(), WEDNESDAY, "FIN-MATINEE")).codeRetour())
                    .isEqualTo("DmdOkDP");
            assertThat(call(Payload.accepter(numero, WEDNESDAY, "FIN-MATINEE")).codeRetour()).isEqualTo("DmdOkDP");

            Soap.Answer third = creer6M(TUESDAY, "MATIN");
            Soap.Answer late = call(Payload.accepter(third.numeroDemande(), WEDNESDAY, "FIN-MATINEE"));

            assertThat(late.typeRetour()).isEqualTo("P");
            assertThat(late.codeRetour()).isEqualTo("ListeDP");
            assertThat(late.liste()).doesNotContain(new DatePlage(WEDNESDAY, "FIN-MATINEE")).isNotEmpty();
            assertThat(sim.remainingCapacity(WEDNESDAY, "FIN-MATINEE")).isZero();
            assertThat(sim.demande(third.numeroDemande())).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void abandonnerRdv_keepsTheDemandeAtTheLastRequestedDate() {
            call(Payload.proposer(numero, FRIDAY, "MATIN"));

            Soap.Answer a = call(Payload.abandonnerRdv(numero));

            assertThat(a.element()).isEqualTo("ReponseWSAbandonnerRdv");
            assertThat(a.typeRetour()).isEqualTo("T");
            assertThat(a.codeRetour()).isEqualTo("DmdOkDD");
            assertThat(a.messages()).containsExactly(AnnexeA.Libelle.RDV_DATE_DEMANDEE.texte());
            assertThat(a.dateDemandee()).isEqualTo(FRIDAY);
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
        }

        @Test
        void abandonnerDemande_abandonsIt() {
            Soap.Answer a = call(Payload.abandonnerDemande(numero));

            assertThat(a.element()).isEqualTo("ReponseWSAbandonnerDemande");
            assertThat(a.typeRetour()).isEqualTo("A");
            assertThat(a.codeRetour()).isEqualTo("DmdKo");
            assertThat(a.messages()).containsExactly("Demande abandonnée");
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ABANDONNEE);
        }
    }

    @Nested
    class AppointmentPerSegment {

        @ParameterizedTest(name = "{0}")
        @CsvSource({PCE_6M + ", 75011, 34, 23", PCE_6M_TLRV + ", 69003, 34, 24", PCE_1M + ", 13008, Y9, 20"})
        void everyAppointmentAndStopCall_hasItsHappyPath(String pce, String cp, String code, String motif) {
            Soap.Answer created = call(Payload.creer(pce, cp, code, motif, TUESDAY, "MATIN"));
            assertThat(created.codeRetour()).isEqualTo("ListeDP");
            String numero = created.numeroDemande();

            assertThat(call(Payload.proposer(numero, MONDAY, "APRES-MIDI")).codeRetour()).isEqualTo("DatePlageH");
            Soap.Answer page = call(Payload.precSuiv(numero, "Suivant"));
            assertThat(page.codeRetour()).isEqualTo("ListeDP");
            DatePlage slot = page.liste().get(0);
            Soap.Answer accepted = call(Payload.accepter(numero, slot.date(), slot.plage()));
            assertThat(accepted.codeRetour()).isEqualTo("DmdOkDP");
            assertThat(accepted.programmee().date()).isEqualTo(slot.date());

            String second = call(Payload.creer(pce, cp, code, motif, FRIDAY, "FIN-APRES-MIDI")).numeroDemande();
            assertThat(call(Payload.abandonnerRdv(second)).dateDemandee()).isEqualTo(FRIDAY);
            String third = call(Payload.creer(pce, cp, code, motif, FRIDAY, "MATIN")).numeroDemande();
            assertThat(call(Payload.abandonnerDemande(third)).messages()).containsExactly("Demande abandonnée");

            assertThat(sim.demandes()).extracting(SimulatedDemande::statut).containsExactly(
                    StatutDemande.RDV_PROGRAMME, StatutDemande.ENREGISTREE_A_DATE_DEMANDEE, StatutDemande.ABANDONNEE);
            assertThat(sim.demandes()).extracting(SimulatedDemande::numeroPce).containsOnly(pce);
        }
    }

    @Nested
    class OutOfSequence {

        static final String INTERROMPU = "Dialogue interrompu suite à un problème technique, vérifiez l'état de la "
                + "demande sur le portail ou les publications OMEGA. ";

        @Test
        void anyAppointmentCall_onAnUnknownNumber_isInterrupted() {
            for (Payload p : List.of(Payload.proposer("DIT999999999", MONDAY, "MATIN"),
                    Payload.precSuiv("DIT999999999", "Suivant"),
                    Payload.accepter("DIT999999999", MONDAY, "MATIN"),
                    Payload.abandonnerRdv("DIT999999999"),
                    Payload.abandonnerDemande("DIT999999999"))) {
                Soap.Answer a = call(p);
                assertThat(a.typeRetour()).isEqualTo("A");
                assertThat(a.codeRetour()).isEqualTo("DmdKo");
                assertThat(a.messages()).containsExactly(INTERROMPU + "DEMANDE_INCONNUE");
            }
        }

        @Test
        void appointmentCall_afterTheDemandeWasProgrammed_isInterrupted() {
            String numero = creer6M(MONDAY, "MATIN").numeroDemande();
            assertThat(call(Payload.accepter(numero, MONDAY, "MATIN")).codeRetour()).isEqualTo("DmdOkDP");

            assertThat(call(Payload.proposer(numero, FRIDAY, "MATIN")).messages())
                    .containsExactly(INTERROMPU + "DEMANDE_PAS_EN_ATTENTE_DE_RDV");
            assertThat(call(Payload.accepter(numero, FRIDAY, "MATIN")).messages())
                    .containsExactly(INTERROMPU + "DEMANDE_PAS_EN_ATTENTE_DE_RDV");
        }

        @Test
        void appointmentCall_onAJJDemande_isInterrupted() {
            String numero = call(Payload.creer(PCE_JJ, null, "206", null, MONDAY, null)).numeroDemande();

            assertThat(call(Payload.precSuiv(numero, "Suivant")).messages())
                    .containsExactly(INTERROMPU + "DEMANDE_PAS_EN_ATTENTE_DE_RDV");
        }

        @Test
        void appointmentCall_onAnotherSuppliersDemande_isInterrupted() {
            String theirs = call(Payload.creer(PCE_AUTRE_FOURNISSEUR, "33000", "34", "23", MONDAY, "MATIN")
                    .as(AUTRE_DN_ENTREPRISE, AUTRE_NUMERO_CAD)).numeroDemande();
            assertThat(theirs).isNotNull();

            assertThat(call(Payload.abandonnerDemande(theirs)).messages())
                    .containsExactly(INTERROMPU + "DEMANDE_AUTRE_FOURNISSEUR");
            assertThat(sim.demande(theirs)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void appointmentCall_afterReset_isInterrupted() {
            String numero = creer6M(MONDAY, "MATIN").numeroDemande();
            sim.reset();

            assertThat(call(Payload.accepter(numero, MONDAY, "MATIN")).messages())
                    .containsExactly(INTERROMPU + "DEMANDE_INCONNUE");
        }

        @Test
        void appointmentCall_withABlankLogin_isRefusedForTheLogin() {
            String numero = creer6M(MONDAY, "MATIN").numeroDemande();

            assertThat(call(Payload.accepter(numero, MONDAY, "MATIN").set("Login", "")).messages())
                    .containsExactly(AnnexeA.Libelle.LOGIN_NON_RENSEIGNE.texte());
        }
    }

    @Nested
    class Inspection {

        @Test
        void numeroDemande_isUniqueOverTheSimulatorsLifetime() {
            Set<String> numeros = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                numeros.add(creer6M(MONDAY, "MATIN").numeroDemande());
            }
            sim.reset();
            for (int i = 0; i < 5; i++) {
                numeros.add(call(Payload.creer(PCE_JJ, null, "206", null, MONDAY, null)).numeroDemande());
            }

            assertThat(numeros).hasSize(10).allMatch(n -> n.matches("DIT[0-9]{9}"));
        }

        @Test
        void calls_recordOperationPceNumberAnswerAndRawBody() {
            call(Payload.verifier(PCE_6M, "75011"));
            String numero = creer6M(TUESDAY, "MATIN").numeroDemande();
            call(Payload.precSuiv(numero, "Suivant"));

            assertThat(sim.calls()).extracting(RecordedCall::operation).containsExactly(
                    Operation.VERIFIER_RECEVABILITE_DIT, Operation.CREER_DEMANDE_DIT, Operation.DEMANDER_PREC_SUIV);
            assertThat(sim.calls()).extracting(RecordedCall::numeroPce).containsOnly(PCE_6M);
            assertThat(sim.calls()).extracting(RecordedCall::numeroDemande).containsExactly(null, numero, numero);
            assertThat(sim.calls()).extracting(RecordedCall::codeRetour)
                    .containsExactly("Message", "ListeDP", "ListeDP");
            assertThat(sim.calls().get(2).requestBody()).contains("<Sens>Suivant</Sens>", numero);
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
            assertThat(sim.callCount(Operation.ACCEPTER_RDV)).isZero();
        }

        @Test
        void reset_dropsDemandesCallsAndBookings_andKeepsAddedPces() {
            sim.addPce(new SimulatedPce("GI100002", Segment.SIX_M, "75001", "Paris", OmegaSimulator.DEMO_NUMERO_CAD));
            String numero = creer6M(MONDAY, "MATIN").numeroDemande();
            call(Payload.accepter(numero, MONDAY, "MATIN"));
            sim.occupy(FRIDAY, "MATIN");
            sim.free(TUESDAY, "MATIN");

            sim.reset();

            assertThat(sim.demandes()).isEmpty();
            assertThat(sim.calls()).isEmpty();
            assertThat(sim.callCount(Operation.ACCEPTER_RDV)).isZero();
            assertThat(sim.remainingCapacity(MONDAY, "MATIN")).isEqualTo(4);
            assertThat(sim.remainingCapacity(FRIDAY, "MATIN")).isEqualTo(4);
            assertThat(sim.remainingCapacity(TUESDAY, "MATIN")).isZero();
            assertThat(sim.pces()).extracting(SimulatedPce::numeroPce).contains("GI100002", PCE_6M);
        }

        @Test
        void freeingAPrebookedSlot_makesItBookable() {
            sim.free(TUESDAY, "MATIN");

            assertThat(creer6M(TUESDAY, "MATIN").codeRetour()).isEqualTo("DatePlageH");
        }
    }
}
