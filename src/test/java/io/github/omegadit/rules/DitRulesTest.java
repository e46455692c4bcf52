/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import static io.github.omegadit.rules.Demandes.context;
import static io.github.omegadit.rules.Demandes.coupure6M;
import static io.github.omegadit.rules.Demandes.possible;
import static io.github.omegadit.rules.Demandes.verificationG1;
import static io.github.omegadit.rules.Demandes.withAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.VerifierRecevabilite;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DitRulesTest {

    private static List<Violation> check(CreerDemande.Builder demande) {
        return DitRules.creerDemande(demande.build(), context());
    }

    private static List<Violation> check(CreerDemande.Builder demande, RuleContext context) {
        return DitRules.creerDemande(demande.build(), context);
    }

    private static ContactIntervention contact(String nom, String telephone, String codeAcces, String complement) {
        return new ContactIntervention(nom, telephone, codeAcces, complement);
    }

    @Nested
    class Valid {

        @Test
        void creerDemande_whenValid_reportsNothing() {
            assertThat(check(coupure6M())).isEmpty();
        }

        @Test
        void creerDemande_whenOnlyRequiredFields_reportsNothing() {
            CreerDemande.Builder minimal = CreerDemande.builder().numeroPce("GI000001")
                    .codeIntervention("37").rdv(Demandes.RDV, "MATIN");
            assertThat(check(minimal)).isEmpty();
        }

        @Test
        void verifierRecevabilite_whenValid_reportsNothing() {
            assertThat(DitRules.verifierRecevabilite(VerifierRecevabilite.pce("GI000001").codePostal("75011"),
                    context())).isEmpty();
        }
    }

    @Nested
    class Contract {

        @Test
        void creerDemande_whenRequiredFieldsMissing_reportsEachUnderContract() {
            CreerDemande.Builder empty = CreerDemande.builder().segment(Segment.JJ_JM_MM);
            assertThat(check(empty)).extracting(Violation::ruleId, Violation::field).containsExactly(
                    tuple("CONTRACT", "Demande.NumeroPCE"),
                    tuple("CONTRACT", "Demande.DonneesTypeDemande.CodeLibelleIntervention"),
                    tuple("CONTRACT", "Demande.RdvDemande.Date"));
        }

        @Test
        void creerDemande_whenCodeBlank_reportsOnlyContractForTheCode() {
            assertThat(check(coupure6M().codeIntervention(" ").codeMotif(null)))
                    .extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("CONTRACT", "Demande.DonneesTypeDemande.CodeLibelleIntervention"));
        }

        @Test
        void verifierRecevabilite_whenNumeroPceMissing_reportsContract() {
            assertThat(DitRules.verifierRecevabilite(VerifierRecevabilite.pce(""), context()))
                    .extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("CONTRACT", "NumeroPCE"));
        }
    }

    @Nested
    class R2NumeroVersion {

        @Test
        void creerDemande_whenVersionBeforeV6_reportsR2() {
            List<Violation> v = check(coupure6M(), context(new NumeroVersion(5)));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R2", "NumeroVersion"));
            assertThat(v.get(0).message()).contains("V5", "V6");
        }

        @Test
        void verifierRecevabilite_whenVersionBeforeV6_reportsR2() {
            assertThat(DitRules.verifierRecevabilite(VerifierRecevabilite.pce("GI000001"),
                    context(new NumeroVersion(5))))
                    .extracting(Violation::ruleId).containsExactly("R2");
        }

        @ParameterizedTest(name = "V{0}")
        @ValueSource(ints = {6, 7, 8, 9, 10, 11})
        void creerDemande_whenVersionV6OrLater_reportsNothing(int version) {
            // V10 and V11 sort before V6 as strings: the comparison must be numeric
            assertThat(check(coupure6M(), context(new NumeroVersion(version)))).isEmpty();
        }

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource({"G1,6M", "G1,6M_TLRV_1M", "253,JJ_JM_MM"})
        void creerDemande_whenMeterDataCheckBeforeV10_reportsR2(String code, String segment) {
            CreerDemande.Builder demande = verificationG1().codeIntervention(code)
                    .segment(Segment.fromCsvName(segment));
            List<Violation> v = check(demande, context(NumeroVersion.V9));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R2", "NumeroVersion"));
            assertThat(v.get(0).message()).contains(code, "V10", "V9");
        }

        @Test
        void creerDemande_whenVersionBeforeV6_withoutCode_stillReportsR2() {
            assertThat(check(coupure6M().codeIntervention(null).codeMotif(null), context(new NumeroVersion(5))))
                    .extracting(Violation::ruleId, Violation::field).contains(tuple("R2", "NumeroVersion"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"6M,X1,,,,0,V11,0,PS;JJ_JM_MM,X1,,,,0,V9,0,PS | V11",
            "6M,X1,,,,0,V9,0,PS;JJ_JM_MM,X1,,,,0,V11,0,PS | V11", "6M,X1,,,,0,V9,1,PS | V10"})
        void creerDemande_whenTheSegmentIsUnknown_needsTheHighestVersionOfTheCode(String rows, String needed)
                throws IOException {
            Catalogue catalogue = Catalogue.parse(new StringReader("segment,code,libelle,motif,libelle_motif,express,"
                    + "version_min,index,presence\n" + rows.replace(';', '\n') + "\n"), "test.csv");
            CreerDemande.Builder demande = coupure6M().segment(null).codeIntervention("X1").codeMotif(null);
            RuleContext v9 = new RuleContext(NumeroVersion.V9, Demandes.LOGIN, catalogue, null);

            assertThat(check(demande, v9)).filteredOn(v -> v.ruleId().equals("R2")).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("needs NumeroVersion " + needed));
        }

        @Test
        void creerDemande_whenG1AtV10_reportsNothing() {
            assertThat(check(verificationG1(), context(NumeroVersion.V10))).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"R9", "A7"})
        void creerDemande_whenCheckWithoutVisitBeforeV10_reportsNothing(String code) {
            // "sans déplacement" (R9) and its ARLV variant (A7) are not the DIT vérification des données de comptage
            assertThat(check(coupure6M().codeIntervention(code).codeMotif(null), context(NumeroVersion.V9)))
                    .isEmpty();
        }
    }

    @Nested
    class R3Telephone {

        private final CreerDemande.Builder written = coupure6M().contact(contact("Martin", "06 12 34 56 78",
                null, null));

        @ParameterizedTest(name = "V{0}")
        @ValueSource(ints = {8, 9, 10})
        void creerDemande_whenTelephoneNotDigitsFromV8_reportsR3(int version) {
            List<Violation> v = check(written, context(new NumeroVersion(version)));
            assertThat(v).extracting(Violation::ruleId, Violation::field, Violation::severity)
                    .containsExactly(tuple("R3", "Demande.ContactIntervention.Telephone", Violation.Severity.ERROR));
            assertThat(v.get(0).message()).contains("digits", "Telephones.digitsOnly").doesNotContain("06 12");
        }

        @Test
        void creerDemande_whenTelephoneWrittenAtV7_acceptsItAsWritten() {
            assertThat(check(written, context(new NumeroVersion(7)))).isEmpty();
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"+33612345678", "06.12.34.56.78", "06 12 34 56 7A"})
        void creerDemande_whenAnyNonDigitAtV8_reportsR3(String telephone) {
            assertThat(check(coupure6M().contact(contact(null, telephone, null, null)), context(NumeroVersion.V8)))
                    .extracting(Violation::ruleId).containsExactly("R3");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"0999999999", "0100000000"})
        void creerDemande_whenEveryCharacterIsADigit_reportsNothing(String telephone) {
            assertThat(check(coupure6M().contact(contact(null, telephone, null, null)))).isEmpty();
        }

        @Test
        void creerDemande_whenConvertedWithDigitsOnly_reportsNothing() {
            String telephone = Telephones.digitsOnly("+33 6 12 34 56 78");
            assertThat(check(coupure6M().contact(contact(null, telephone, null, null)))).isEmpty();
        }

        @Test
        void creerDemande_whenNoTelephone_reportsNothing() {
            assertThat(check(coupure6M().contact(contact("Martin", null, null, null)))).isEmpty();
            assertThat(check(coupure6M().contact(null))).isEmpty();
        }
    }

    @Nested
    class R4IndexComptage {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"G1,6M", "253,JJ_JM_MM"})
        void creerDemande_whenMotifOnMeterDataCheck_reportsR4(String code, String segment) {
            CreerDemande.Builder demande = verificationG1().codeIntervention(code).codeMotif("01")
                    .segment(Segment.fromCsvName(segment));
            assertThat(check(demande)).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R4", "Demande.DonneesTypeDemande.CodeMotifIntervention"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"G1,6M", "253,JJ_JM_MM"})
        void creerDemande_whenIndexesMissing_reportsR4ForEach(String code, String segment) {
            CreerDemande.Builder demande = verificationG1().codeIntervention(code)
                    .segment(Segment.fromCsvName(segment)).indexConteste(null).indexClient(null);
            assertThat(check(demande)).extracting(Violation::ruleId, Violation::field).containsExactly(
                    tuple("R4", "Demande.DonneesTypeDemande.IndexConteste"),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexClient"));
        }

        @Test
        void creerDemande_whenIndexWithAnotherCode_warnsThatItIsSpecificToTheMeterDataCheck() {
            List<Violation> v = check(coupure6M().codeIntervention("R9").codeMotif(null)
                    .indexConteste(Demandes.meterIndex()).indexClient(Demandes.clientIndex()));
            assertThat(v).extracting(Violation::ruleId, Violation::field, Violation::severity).containsExactly(
                    tuple("R4", "Demande.DonneesTypeDemande.IndexConteste", Violation.Severity.WARNING),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexClient", Violation.Severity.WARNING));
            assertThat(v.get(0).message()).startsWith("IndexConteste is specific to the DIT vérification des"
                    + " données de comptage").contains("253, G1", "R9", "sent as given");
        }

        @Test
        void creerDemande_whenOneIndexWithAnotherCode_warnsForThatOneOnly() {
            assertThat(check(coupure6M().codeIntervention("R9").codeMotif(null).indexClient(Demandes.clientIndex())))
                    .extracting(Violation::ruleId, Violation::field).containsExactly(
                            tuple("R4", "Demande.DonneesTypeDemande.IndexClient"));
            assertThat(check(coupure6M().codeIntervention("R9").codeMotif(null).indexConteste(Demandes.meterIndex())))
                    .extracting(Violation::ruleId, Violation::field).containsExactly(
                            tuple("R4", "Demande.DonneesTypeDemande.IndexConteste"));
        }

        @Test
        void creerDemande_whenIndexClientMissingAlone_reportsR4ForIt() {
            assertThat(check(verificationG1().indexClient(null)))
                    .extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R4", "Demande.DonneesTypeDemande.IndexClient"));
            assertThat(check(verificationG1().indexClient(null))).singleElement()
                    .satisfies(v -> assertThat(v.message()).startsWith("IndexClient is mandatory for code G1"));
        }

        @Test
        void creerDemande_whenIndexSubFieldsMissing_reportsEachSeparately() {
            CreerDemande.Builder demande = verificationG1()
                    .indexConteste(new IndexConteste(null, " ", null))
                    .indexClient(new IndexClient(null, null));
            assertThat(check(demande)).extracting(Violation::ruleId, Violation::field).containsExactly(
                    tuple("R4", "Demande.DonneesTypeDemande.IndexConteste.TypeIndex"),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexConteste.ValeurIndexReleve"),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexConteste.DateIndexConteste"),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexClient.ValeurIndexClient"),
                    tuple("R4", "Demande.DonneesTypeDemande.IndexClient.DateIndexClient"));
            assertThat(check(demande).get(0).message()).startsWith("TypeIndex is mandatory for code G1: ");
        }

        @Test
        void creerDemande_whenMeterDataCheckWithoutIndex_isNotG1Or253_reportsNothing() {
            // R9 and A7 are checks without a visit: the guide asks no index for them
            assertThat(check(coupure6M().codeIntervention("R9").codeMotif(null))).isEmpty();
        }
    }

    @Nested
    class R5Precision {

        @ParameterizedTest(name = "{0} {1}/01")
        @CsvSource({"6M,V8", "6M,Z8", "6M,36", "6M,35", "6M,P9", "6M,U7", "6M,C3", "6M,Y9",
            "6M_TLRV_1M,C3", "6M_TLRV_1M,Y9"})
        void creerDemande_whenMotifAutreWithoutPrecision_reportsR5(String segment, String code) {
            CreerDemande.Builder demande = coupure6M().segment(Segment.fromCsvName(segment))
                    .codeIntervention(code).codeMotif("01");
            List<Violation> v = check(demande);
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R5", "Demande.DonneesTypeDemande.PrecisionIntervention"));
            assertThat(v.get(0).message()).contains("Autre", code);
        }

        @ParameterizedTest(name = "segment {0}")
        @CsvSource({"6M", "6M_TLRV_1M", "''"})
        void creerDemande_whenCode34Motif01_doesNotNeedPrecision(String segment) {
            CreerDemande.Builder demande = coupure6M().codeIntervention("34").codeMotif("01")
                    .segment(segment.isEmpty() ? null : Segment.fromCsvName(segment));
            assertThat(check(demande)).isEmpty();
        }

        @Test
        void creerDemande_whenSegmentUnknown_readsTheLabelOfTheCodesSegments() {
            assertThat(check(coupure6M().segment(null).codeMotif("01")))
                    .extracting(Violation::ruleId).containsExactly("R5");
        }

        @Test
        void creerDemande_whenPrecisionGiven_reportsNothing() {
            assertThat(check(coupure6M().codeMotif("01").precisionIntervention("Travaux de façade"))).isEmpty();
        }

        @Test
        void creerDemande_whenCatalogueHasNoLabels_doesNotGuess() throws IOException {
            Catalogue unlabelled = Catalogue.parse(new StringReader(
                    "segment,code,libelle,motif,libelle_motif,express,version_min,index,presence\n6M,36,,01,,0,,0,\n"),
                    "export.csv");
            assertThat(check(coupure6M().codeMotif("01"), context(unlabelled))).isEmpty();
        }
    }

    @Nested
    class R6Express {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"6M,36,17", "6M_TLRV_1M,V8,09", "JJ_JM_MM,214,''", "JJ_JM_MM,208,''"})
        void creerDemande_whenExpressOnCodeThatForbidsIt_reportsR6(String segment, String code, String motif) {
            Segment s = Segment.fromCsvName(segment);
            CreerDemande.Builder demande = Demandes.forRow(s, code, motif, "", true);
            List<Violation> v = check(demande);
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R6", "Demande.DonneesTypeDemande.OptionExpress"));
            assertThat(v.get(0).message()).contains(code);
        }

        @Test
        void creerDemande_whenExpressRefused_namesTheExpressCodesOfTheSegment() {
            assertThat(check(coupure6M().optionExpress(true))).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("Z8").doesNotContain("243"));
        }

        @Test
        void creerDemande_whenExpressOnZ8WithoutSegment_reportsNothing() {
            assertThat(check(coupure6M().segment(null).codeIntervention("Z8").codeMotif("19").optionExpress(true)))
                    .isEmpty();
        }

        @Test
        void creerDemande_whenExpressOnCodeUnknownToCatalogue_leavesItToR7() {
            assertThat(check(coupure6M().codeIntervention("X1").codeMotif(null).optionExpress(true)))
                    .extracting(Violation::ruleId).containsExactly("R7");
        }
    }

    @Nested
    class R7CodeMotif {

        @Test
        void creerDemande_whenMotifNotAllowedForCode_reportsR7ListingTheAllowedMotifs() {
            // motif 05 of code 34 was removed in V24.1
            List<Violation> v = check(coupure6M().codeIntervention("34").codeMotif("05"));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeMotifIntervention"));
            assertThat(v.get(0).message()).contains("05", "34", "01 (Dysfonctionnement de comptage)", "23", "24", "25",
                    "6M non télérelevé");
        }

        @Test
        void creerDemande_whenMotifOfAnotherSegment_reportsR7() {
            assertThat(check(coupure6M().codeIntervention("Y9").codeMotif("20")))
                    .extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeMotifIntervention"));
            assertThat(check(coupure6M().segment(Segment.SIX_M_TLRV_1M).codeIntervention("Y9").codeMotif("20")))
                    .isEmpty();
        }

        @Test
        void creerDemande_whenCodeOfAnotherSegment_reportsR7OnTheCode() {
            List<Violation> v = check(coupure6M().codeIntervention("206").codeMotif(null));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeLibelleIntervention"));
            assertThat(v.get(0).message()).contains("206", "6M non télérelevé", "JJ/JM/MM");
        }

        @Test
        void creerDemande_whenR9OnTelereleve_reportsR7BecauseTheTablesWin() {
            assertThat(check(coupure6M().segment(Segment.SIX_M_TLRV_1M).codeIntervention("R9").codeMotif(null)))
                    .extracting(Violation::ruleId).containsExactly("R7");
        }

        @Test
        void creerDemande_whenCodeUnknown_reportsR7SayingSo() {
            List<Violation> v = check(coupure6M().segment(null).codeIntervention("X1").codeMotif(null));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeLibelleIntervention"));
            assertThat(v.get(0).message()).contains("unknown", "X1", "V24.1");
        }

        @Test
        void creerDemande_whenMotifOnCodeWithoutMotif_reportsR7() {
            List<Violation> v = check(coupure6M().codeIntervention("37").codeMotif("17"));
            assertThat(v).extracting(Violation::field)
                    .containsExactly("Demande.DonneesTypeDemande.CodeMotifIntervention");
            assertThat(v.get(0).message()).contains("takes no motif");
        }

        @Test
        void creerDemande_whenMotifMissingForCodeThatNeedsOne_reportsR7() {
            List<Violation> v = check(coupure6M().codeMotif(null));
            assertThat(v).extracting(Violation::ruleId).containsExactly("R7");
            assertThat(v.get(0).message()).contains("needs a motif", "17 (Travaux)", "01 (Autre)");
        }

        @Test
        void creerDemande_whenSegmentUnknown_acceptsAPairOfAnySegment() {
            assertThat(check(coupure6M().segment(null).codeIntervention("Y9").codeMotif("20"))).isEmpty();
            assertThat(check(coupure6M().segment(null).codeIntervention("Y9").codeMotif("99")))
                    .extracting(Violation::ruleId).containsExactly("R7");
        }
    }

    @Nested
    class R7WithReceivabilityAnswer {

        @Test
        void creerDemande_whenPairOnlyInTheAnswer_acceptsIt() {
            RuleContext answer = withAnswer(possible("34", "05"), possible("36", "17"));
            assertThat(check(coupure6M().codeIntervention("34").codeMotif("05"), answer)).isEmpty();
        }

        @Test
        void creerDemande_whenCatalogueCodeAbsentFromTheAnswer_reportsR7OnTheCode() {
            List<Violation> v = check(coupure6M(), withAnswer(possible("34", "23"), possible("35", "05")));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeLibelleIntervention"));
            assertThat(v.get(0).message()).contains("receivability", "34, 35");
        }

        @Test
        void creerDemande_whenCatalogueMotifAbsentFromTheAnswer_reportsR7OnTheMotif() {
            List<Violation> v = check(coupure6M().codeIntervention("34").codeMotif("24"),
                    withAnswer(possible("34", "23"), possible("34", "01")));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R7", "Demande.DonneesTypeDemande.CodeMotifIntervention"));
            assertThat(v.get(0).message()).contains("23 (Pose d'un compteur communicant)",
                    "01 (Dysfonctionnement de comptage)");
        }

        @ParameterizedTest(name = "answer ''{0}'', request ''{1}''")
        @CsvSource(value = {"NULL,''", "'',NULL", "NULL,NULL", "'',''"}, nullValues = "NULL")
        void creerDemande_whenNoMotif_treatsNullAndEmptyAlike(String answered, String sent) {
            CreerDemande.Builder demande = coupure6M().codeIntervention("37").codeMotif(sent);
            assertThat(check(demande, withAnswer(possible("37", answered)))).isEmpty();
        }

        @Test
        void creerDemande_whenAnswerIsEmpty_refusesEveryCode() {
            assertThat(check(coupure6M(), withAnswer())).extracting(Violation::ruleId).containsExactly("R7");
        }
    }

    @Nested
    class R8Plage {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"6M", "6M_TLRV_1M"})
        void creerDemande_when6MOr1MWithoutPlage_reportsR8(String segment) {
            CreerDemande.Builder demande = coupure6M().segment(Segment.fromCsvName(segment)).rdvDate(Demandes.RDV)
                    .rdv(Demandes.RDV, null);
            assertThat(check(demande)).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R8", "Demande.RdvDemande.Plage"));
        }

        @Test
        void creerDemande_whenJjJmMmWithoutPlage_reportsNothing() {
            CreerDemande.Builder demande = Demandes.forRow(Segment.JJ_JM_MM, "242", "", "", false);
            assertThat(check(demande)).isEmpty();
        }

        @Test
        void creerDemande_whenSegmentUnknownAndCodeOnlyIn6M_reportsR8() {
            assertThat(check(coupure6M().segment(null).rdv(Demandes.RDV, " ")))
                    .extracting(Violation::ruleId).containsExactly("R8");
        }

        @Test
        void creerDemande_whenSegmentAndCodeUnknown_doesNotGuess() {
            assertThat(check(coupure6M().segment(null).codeIntervention("X1").codeMotif(null).rdv(Demandes.RDV, null)))
                    .extracting(Violation::ruleId).containsExactly("R7");
        }

        @Test
        void creerDemande_whenTheAnswerNarrowsACodeOfTwoSegmentsTo6M_reportsR8() throws IOException {
            Catalogue catalogue = Catalogue.parse(new StringReader("segment,code,libelle,motif,libelle_motif,express,"
                    + "version_min,index,presence\n6M,X1,,,,0,,0,PS\nJJ_JM_MM,X1,,,,0,,0,PS\n6M,Y1,,,,0,,0,PS\n"),
                    "test.csv");
            CreerDemande.Builder demande = coupure6M().segment(null).codeIntervention("X1").codeMotif(null)
                    .rdv(Demandes.RDV, null);
            // X1 alone may be a JJ_JM_MM PCE, where the plage is optional; Y1 in the answer says 6M
            assertThat(check(demande, Demandes.context(catalogue))).isEmpty();
            assertThat(check(demande, new RuleContext(NumeroVersion.LATEST, Demandes.LOGIN, catalogue,
                    List.of(possible("X1", ""), possible("Y1", ""))))).extracting(Violation::ruleId)
                    .containsExactly("R8");
        }

        @Test
        void creerDemande_whenTheAnswerContradictsTheCatalogue_theCodeDecides() {
            // R9 is a 6M code; an answer of JJ_JM_MM codes is out of step with the catalogue
            CreerDemande.Builder demande = coupure6M().segment(null).codeIntervention("R9").codeMotif(null)
                    .rdv(Demandes.RDV, null);
            assertThat(check(demande, withAnswer(possible("242", ""), possible("206", ""))))
                    .extracting(Violation::ruleId).containsExactly("R7", "R8");
        }

        @Test
        void creerDemande_whenCodeUnknownButAnswerShows6M_reportsR8() {
            CreerDemande.Builder demande = coupure6M().segment(null).codeIntervention("X1").codeMotif(null)
                    .rdv(Demandes.RDV, null);
            RuleContext answer = withAnswer(possible("X1", ""), possible("36", "17"), possible("Z8", "19"));
            assertThat(check(demande, answer)).extracting(Violation::ruleId).containsExactly("R8");
        }
    }

    @Nested
    class R9Utilisateur {

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void creerDemande_whenLoginBlank_reportsR9(String login) {
            RuleContext noLogin = new RuleContext(NumeroVersion.LATEST, login, Catalogue.standard(), null);
            assertThat(check(coupure6M(), noLogin)).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R9", "Utilisateur.Login"));
            assertThat(DitRules.verifierRecevabilite(VerifierRecevabilite.pce("GI000001"), noLogin))
                    .extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R9", "Utilisateur.Login"));
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"7501", "750110", "75O11", "", " 7501"})
        void creerDemande_whenCodePostalNotFiveDigits_reportsR9(String codePostal) {
            List<Violation> v = check(coupure6M().codePostal(codePostal));
            assertThat(v).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R9", "Demande.CodePostal"));
            assertThat(v.get(0).message()).contains("5 digits");
        }

        @Test
        void verifierRecevabilite_whenCodePostalFourDigits_reportsR9() {
            assertThat(DitRules.verifierRecevabilite(VerifierRecevabilite.pce("GI000001").codePostal("7501"),
                    context())).extracting(Violation::ruleId, Violation::field)
                    .containsExactly(tuple("R9", "CodePostal"));
        }

        @Test
        void creerDemande_whenCodePostalAbsent_reportsNothing() {
            assertThat(check(coupure6M().codePostal(null))).isEmpty();
        }
    }

    @Nested
    class R11Troncature {

        // coupure6M(): code 36, motif 17 "Travaux" (7 characters on the work order)

        @Test
        void creerDemande_whenContactTooLongForTheWorkOrder_warnsOnly() {
            CreerDemande.Builder demande = coupure6M().contact(contact("Établissements Dupont", "0612345678",
                    "A12345", "x".repeat(61)));
            List<Violation> v = check(demande);
            assertThat(v).extracting(Violation::ruleId, Violation::field, Violation::severity).containsExactly(
                    tuple("R11", "Demande.ContactIntervention.Nom", Violation.Severity.WARNING),
                    tuple("R11", "Demande.ContactIntervention.CodeAcces", Violation.Severity.WARNING),
                    tuple("R11", "Demande.ContactIntervention.ComplementAdresse", Violation.Severity.WARNING));
            assertThat(v).noneMatch(Violation::isError);
            assertThat(v.get(0).message()).startsWith("Nom has 21 characters").contains("15", "ObservationDisco");
        }

        @Test
        void creerDemande_whenPrecisionTooLong_withoutContact_warnsOnThePrecision() {
            assertThat(check(coupure6M().contact(null).precisionIntervention("Compteur situé au fond du jardin")))
                    .singleElement().satisfies(w -> {
                        assertThat(w.field()).isEqualTo("Demande.DonneesTypeDemande.PrecisionIntervention");
                        assertThat(w.message()).startsWith("PrecisionIntervention has 32 characters");
                    });
        }

        @Test
        void creerDemande_whenPrecisionLongerThan20_warnsOnly() {
            List<Violation> v = check(coupure6M().precisionIntervention("Compteur situé au fond du jardin"));
            assertThat(v).extracting(Violation::ruleId, Violation::field, Violation::severity).containsExactly(
                    tuple("R11", "Demande.DonneesTypeDemande.PrecisionIntervention", Violation.Severity.WARNING));
            assertThat(v.get(0).message()).contains("32 characters", "first 20");
            assertThat(check(coupure6M().precisionIntervention("x".repeat(20)))).isEmpty();
        }

        @Test
        void complementAdresse_getsWhatThePartsBeforeItLeaveOfEighty() {
            // 7 (Travaux) + 0 + 15 + 5 + 4 spaces = 31: 49 left of 80
            CreerDemande.Builder fits = coupure6M().contact(contact("Établissements1", null, "A1234",
                    "x".repeat(49)));
            CreerDemande.Builder over = coupure6M().contact(contact("Établissements1", null, "A1234",
                    "x".repeat(50)));
            assertThat(check(fits)).isEmpty();
            assertThat(check(over)).singleElement().satisfies(w -> {
                assertThat(w.field()).isEqualTo("Demande.ContactIntervention.ComplementAdresse");
                assertThat(w.message()).contains("50 characters", "first 49", "16 to 60");
            });
        }

        @Test
        void complementAdresse_getsSixtyWhenLittleComesBeforeIt() {
            // code 37 has no motif: 0 + 0 + 1 + 0 + 4 spaces = 5, so the 60 of the guide apply
            CreerDemande.Builder demande = coupure6M().codeIntervention("37").codeMotif(null);
            assertThat(check(demande.contact(contact("M", null, null, "x".repeat(60))))).isEmpty();
            assertThat(check(demande.contact(contact("M", null, null, "x".repeat(61))))).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("first 60"));
        }

        @Test
        void complementAdresse_keepsAtLeastSixteen_evenAfterEveryPartAtItsLongest() {
            // V8/10's label has 44 characters (20 kept), PrecisionIntervention 20, Nom 15, CodeAcces 5: 64
            CreerDemande.Builder demande = coupure6M().codeIntervention("V8").codeMotif("10")
                    .precisionIntervention("p".repeat(25))
                    .contact(contact("n".repeat(20), null, "c".repeat(8), "x".repeat(17)));
            assertThat(check(demande)).extracting(Violation::field).containsExactly(
                    "Demande.DonneesTypeDemande.PrecisionIntervention", "Demande.ContactIntervention.Nom",
                    "Demande.ContactIntervention.CodeAcces", "Demande.ContactIntervention.ComplementAdresse");
            assertThat(check(demande)).last().satisfies(w -> assertThat(w.message()).contains("first 16"));
            assertThat(check(demande.contact(contact("n".repeat(20), null, "c".repeat(8), "x".repeat(16)))))
                    .extracting(Violation::field).doesNotContain("Demande.ContactIntervention.ComplementAdresse");
        }

        @Test
        void aMotifWithoutCode_countsAsTwenty() {
            // 20 + 0 + 1 + 0 + 4 = 25: 55 left (the contract refuses the missing code anyway)
            CreerDemande.Builder demande = coupure6M().codeIntervention(null).contact(contact("M", null, null,
                    "x".repeat(56)));
            assertThat(check(demande)).filteredOn(v -> v.ruleId().equals("R11")).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("first 55"));
        }

        @Test
        void aMotifTheCatalogueDoesNotKnow_countsAsTwenty() {
            // 20 + 0 + 1 + 0 + 4 = 25: 55 left (R7 refuses the motif anyway)
            CreerDemande.Builder demande = coupure6M().codeMotif("99").contact(contact("M", null, null,
                    "x".repeat(56)));
            assertThat(check(demande)).filteredOn(v -> v.ruleId().equals("R11")).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("first 55"));
        }
    }

    @Nested
    class Together {

        @Test
        void creerDemande_whenManyProblems_reportsEveryOneInOneCall() {
            RuleContext context = new RuleContext(NumeroVersion.V9, " ", Catalogue.standard(), null);
            CreerDemande.Builder demande = coupure6M()
                    .numeroPce(null)
                    .codePostal("7501")
                    .codeMotif("01")
                    .optionExpress(true)
                    .rdv(Demandes.RDV, null)
                    .contact(contact("Établissements Dupont", "06 12 34 56 78", null, null));

            assertThat(check(demande, context)).extracting(Violation::ruleId, Violation::field).containsExactly(
                    tuple("CONTRACT", "Demande.NumeroPCE"),
                    tuple("R3", "Demande.ContactIntervention.Telephone"),
                    tuple("R5", "Demande.DonneesTypeDemande.PrecisionIntervention"),
                    tuple("R6", "Demande.DonneesTypeDemande.OptionExpress"),
                    tuple("R8", "Demande.RdvDemande.Plage"),
                    tuple("R9", "Utilisateur.Login"),
                    tuple("R9", "Demande.CodePostal"),
                    tuple("R11", "Demande.ContactIntervention.Nom"));
        }

        @Test
        void creerDemande_whenG1Wrong_reportsR2R4AndOthersTogether() {
            CreerDemande.Builder demande = verificationG1().codeMotif("19").indexClient(null).optionExpress(true);
            assertThat(check(demande, context(NumeroVersion.V9))).extracting(Violation::ruleId).containsExactly(
                    "R2", "R4", "R4", "R6");
        }

        @Test
        void verifierRecevabilite_whenManyProblems_reportsEveryOne() {
            RuleContext context = new RuleContext(new NumeroVersion(4), null, Catalogue.standard(), null);
            assertThat(DitRules.verifierRecevabilite(new VerifierRecevabilite(null, "ABCDE"), context))
                    .extracting(Violation::ruleId, Violation::field).containsExactly(
                            tuple("CONTRACT", "NumeroPCE"),
                            tuple("R2", "NumeroVersion"),
                            tuple("R9", "Utilisateur.Login"),
                            tuple("R9", "CodePostal"));
        }
    }
}
