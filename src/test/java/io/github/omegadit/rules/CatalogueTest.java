/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueTest {

    private static final Catalogue STANDARD = Catalogue.standard();
    private static final String H9 = "segment,code,libelle,motif,libelle_motif,express,version_min,index,presence";

    private static Catalogue parse(String text) throws IOException {
        return Catalogue.parse(new StringReader(text), "test.csv");
    }

    @Nested
    class Bundled {

        @Test
        void standard_describesReleaseV24_1() {
            assertThat(STANDARD.release()).isEqualTo("V24.1");
        }

        @Test
        void standard_labelOf208KeepsTheGuidesComma() {
            assertThat(STANDARD.entries()).filteredOn(e -> e.code().equals("208")).singleElement()
                    .extracting(Catalogue.Entry::libelle)
                    .isEqualTo("Coupure avec dépose compteur pour travaux, avec débit > 25m³/h et ≤ 160m³/h");
        }

        @Test
        void standard_isLoadedOnceAndShared() {
            assertThat(Catalogue.standard()).isSameAs(STANDARD);
        }

        @Test
        void standard_hasTheRowCountsOfTheThreeTables() {
            Map<Segment, Long> rows = STANDARD.entries().stream()
                    .collect(Collectors.groupingBy(Catalogue.Entry::segment, Collectors.counting()));
            assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Segment.SIX_M, 45L, Segment.SIX_M_TLRV_1M, 44L, Segment.JJ_JM_MM, 16L));
        }

        @Test
        void standard_expressCodesAreZ8_206_207_243() {
            assertThat(STANDARD.entries().stream().filter(Catalogue.Entry::express)
                    .map(e -> e.segment().csvName() + " " + e.code()).distinct())
                    .containsExactly("6M Z8", "6M_TLRV_1M Z8", "JJ_JM_MM 206", "JJ_JM_MM 207", "JJ_JM_MM 243");
        }

        @ParameterizedTest
        @EnumSource(value = Segment.class, names = {"SIX_M", "SIX_M_TLRV_1M"})
        void standard_code34HasTheV24_1Motifs(Segment segment) {
            assertThat(STANDARD.motifs(segment, "34")).containsExactly("01", "23", "24", "25");
            assertThat(STANDARD.libelleMotif(segment, "34", "01")).contains("Dysfonctionnement de comptage");
        }

        @ParameterizedTest
        @EnumSource(value = Segment.class, names = {"SIX_M", "SIX_M_TLRV_1M"})
        void standard_c3EndsWithAutre(Segment segment) {
            assertThat(STANDARD.motifs(segment, "C3")).containsExactly("09", "10", "12", "14", "15", "13", "08", "01");
            assertThat(STANDARD.libelleMotif(segment, "C3", "01")).contains("Autre");
        }

        @Test
        void standard_y9HasMotif20ForTelereleveAnd1MOnly() {
            assertThat(STANDARD.motifs(Segment.SIX_M, "Y9")).containsExactly("18", "16", "01");
            assertThat(STANDARD.motifs(Segment.SIX_M_TLRV_1M, "Y9")).containsExactly("18", "16", "01", "20");
        }

        @ParameterizedTest
        @CsvSource({"6M,37", "6M,G1", "6M,R9", "6M,A7", "6M,S6", "6M,04", "6M,13", "6M,B9",
            "6M_TLRV_1M,37", "6M_TLRV_1M,G1", "6M_TLRV_1M,S6", "6M_TLRV_1M,04", "6M_TLRV_1M,13", "6M_TLRV_1M,B9"})
        void standard_codesWithoutMotifTakeTheEmptyMotif(String segment, String code) {
            assertThat(STANDARD.motifs(Segment.fromCsvName(segment), code)).containsExactly("");
        }

        @Test
        void standard_everyJjJmMmCodeTakesTheEmptyMotif() {
            assertThat(STANDARD.entries()).filteredOn(e -> e.segment() == Segment.JJ_JM_MM)
                    .allSatisfy(e -> assertThat(e.motif()).isEmpty());
        }

        @Test
        void standard_followsTheTablesWhereTheHistoryDisagrees() {
            // V7.1 kept R9 for tele-read PCEs, but the 6M télérelevé et 1M table does not list it
            assertThat(STANDARD.segmentsOf("R9")).containsExactly(Segment.SIX_M);
        }
    }

    @Nested
    class Lookups {

        @Test
        void allows_treatsNullAndEmptyMotifAlike() {
            assertThat(STANDARD.allows(Segment.SIX_M, "37", null)).isTrue();
            assertThat(STANDARD.allows(Segment.SIX_M, "37", "")).isTrue();
            assertThat(STANDARD.allows(Segment.SIX_M, "37", "01")).isFalse();
        }

        @Test
        void allows_whenPairOfAnotherSegment_isFalse() {
            assertThat(STANDARD.allows(Segment.SIX_M_TLRV_1M, "Y9", "20")).isTrue();
            assertThat(STANDARD.allows(Segment.SIX_M, "Y9", "20")).isFalse();
            assertThat(STANDARD.allows(Segment.SIX_M, "206", null)).isFalse();
        }

        @Test
        void segmentsOf_listsEverySegmentOfTheCode() {
            assertThat(STANDARD.segmentsOf("Z8")).containsExactlyInAnyOrder(Segment.SIX_M, Segment.SIX_M_TLRV_1M);
            assertThat(STANDARD.segmentsOf("253")).containsExactly(Segment.JJ_JM_MM);
            assertThat(STANDARD.segmentsOf("ZZ")).isEmpty();
            assertThat(STANDARD.segmentsOf(null)).isEmpty();
        }

        @Test
        void expressAllowed_isPerSegmentAndCode() {
            assertThat(STANDARD.expressAllowed(Segment.SIX_M, "Z8")).isTrue();
            assertThat(STANDARD.expressAllowed(Segment.SIX_M, "36")).isFalse();
            assertThat(STANDARD.expressAllowed(Segment.SIX_M, "243")).isFalse();
            assertThat(STANDARD.expressAllowed(Segment.JJ_JM_MM, "214")).isFalse();
        }

        @Test
        void libelleMotif_whenPairAbsent_isEmpty() {
            assertThat(STANDARD.libelleMotif(Segment.SIX_M, "36", "17")).contains("Travaux");
            assertThat(STANDARD.libelleMotif(Segment.SIX_M, "36", "19")).isEmpty();
            assertThat(STANDARD.libelleMotif(Segment.SIX_M, "37", null)).isEmpty();
        }

        @Test
        void motifs_whenCodeNotInSegment_isEmpty() {
            assertThat(STANDARD.motifs(Segment.JJ_JM_MM, "36")).isEmpty();
        }

        @Test
        void entries_cannotBeChanged() {
            assertThatThrownBy(() -> STANDARD.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> STANDARD.segmentsOf("Z8").clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class CodeFacts {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"6M,G1", "6M_TLRV_1M,G1", "JJ_JM_MM,253"})
        void standard_meterDataChecksNeedV10(String segment, String code) {
            assertThat(STANDARD.versionMin(Segment.fromCsvName(segment), code)).contains(NumeroVersion.V10);
            assertThat(STANDARD.versionMin(code)).contains(NumeroVersion.V10);
        }

        @Test
        void standard_onlyTheMeterDataChecksNeedAVersion() {
            // R9 and A7 ("sans déplacement") are not the DIT vérification des données de comptage of the V10 tags
            assertThat(STANDARD.versionMin(Segment.SIX_M, "R9")).isEmpty();
            assertThat(STANDARD.versionMin("A7")).isEmpty();
            assertThat(STANDARD.entries().stream().filter(e -> e.versionMin() != null).map(Catalogue.Entry::code)
                    .distinct()).containsExactlyInAnyOrder("G1", "253");
            assertThat(STANDARD.versionMin(Segment.SIX_M, "36")).isEmpty();
            assertThat(STANDARD.versionMin("ZZ")).isEmpty();
        }

        @Test
        void standard_g1And253AloneNeedTheIndexes() {
            assertThat(STANDARD.entries().stream().filter(Catalogue.Entry::indexRequired)
                    .map(e -> e.segment().csvName() + " " + e.code()))
                    .containsExactly("6M G1", "6M_TLRV_1M G1", "JJ_JM_MM 253");
            // R9 and A7 are checks without a visit: no index to contest
            assertThat(STANDARD.indexRequired(Segment.SIX_M, "R9")).isFalse();
            assertThat(STANDARD.indexRequired("253")).isTrue();
            assertThat(STANDARD.indexRequired(Segment.SIX_M, "253")).isFalse();
            assertThat(STANDARD.indexRequired("34")).isFalse();
            assertThat(STANDARD.indexRequired("ZZ")).isFalse();
            assertThat(STANDARD.indexRequired((String) null)).isFalse();
        }

        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource({"6M,34,PO", "6M,37,PO", "JJ_JM_MM,252,PO", "6M,V8,PNO", "6M,R9,PNO", "JJ_JM_MM,207,PNO",
            "6M,Z8,PS", "6M,G1,PS", "JJ_JM_MM,206,PS", "JJ_JM_MM,253,PS"})
        void standard_presenceOfTheCode(String segment, String code, PresenceClient presence) {
            assertThat(STANDARD.presence(Segment.fromCsvName(segment), code)).contains(presence);
            assertThat(STANDARD.presence(code)).contains(presence);
        }

        @Test
        void standard_everyRowStatesAPresence() {
            assertThat(STANDARD.entries()).allSatisfy(e -> assertThat(e.presence()).isNotNull());
        }

        @Test
        void codeLevel_whenSegmentsDiffer_takesTheStrictest() throws IOException {
            Catalogue c = parse(H9 + "\n6M,X1,,,,0,V9,0,PNO\nJJ_JM_MM,X1,,,,0,V11,1,PO\n6M_TLRV_1M,X1,,,,0,,0,PS\n");
            assertThat(c.versionMin("X1")).contains(new NumeroVersion(11));
            assertThat(c.versionMin(Segment.SIX_M, "X1")).contains(NumeroVersion.V9);
            assertThat(c.indexRequired("X1")).isTrue();
            assertThat(c.indexRequired(Segment.SIX_M, "X1")).isFalse();
            assertThat(c.presence("X1")).contains(PresenceClient.PO);
            assertThat(c.presence(Segment.SIX_M_TLRV_1M, "X1")).contains(PresenceClient.PS);
        }

        @Test
        void presence_whenLeftEmpty_isEmpty() throws IOException {
            Catalogue c = parse(H9 + "\n6M,X1,,,,0,,0,\n");
            assertThat(c.presence(Segment.SIX_M, "X1")).isEmpty();
            assertThat(c.presence("X1")).isEmpty();
            assertThat(c.entries().get(0).presence()).isNull();
        }
    }

    @Nested
    class CallerFile {

        @TempDir
        Path dir;

        @Test
        void load_whenCallerTableAllowsMore_changesWhatIsAccepted() throws IOException {
            Path file = dir.resolve("annexe-b-V25.1.csv");
            Files.writeString(file, String.join("\n",
                    "# release: V25.1",
                    H9,
                    "6M,34,Changement de compteur,01,Dysfonctionnement de comptage,0,,0,PO",
                    "6M,34,Changement de compteur,05,Compteur défectueux,0,,0,PO",
                    "6M,36,Coupure sans dépose compteur pour travaux,17,Travaux,1,,0,PS",
                    ""), StandardCharsets.UTF_8);
            Catalogue theirs = Catalogue.load(file);
            CreerDemande compteurDefectueux = Demandes.coupure6M().codeIntervention("34").codeMotif("05").build();
            CreerDemande coupureExpress = Demandes.coupure6M().optionExpress(true).build();

            assertThat(theirs.release()).isEqualTo("V25.1");
            assertThat(DitRules.creerDemande(compteurDefectueux, Demandes.context(theirs))).isEmpty();
            assertThat(DitRules.creerDemande(coupureExpress, Demandes.context(theirs))).isEmpty();
            assertThat(DitRules.creerDemande(compteurDefectueux, Demandes.context()))
                    .extracting(Violation::ruleId).containsExactly("R7");
            assertThat(DitRules.creerDemande(coupureExpress, Demandes.context()))
                    .extracting(Violation::ruleId).containsExactly("R6");
        }

        @Test
        void rules_readTheVersionAndIndexColumns() throws IOException {
            // a table where coupure 36 became a V11 meter-data check and G1 needs nothing special
            Catalogue theirs = parse(H9 + "\n6M,36,Coupure,,,0,V11,1,PS\n6M,G1,Vérification,,,0,,0,PS\n");
            CreerDemande coupure = Demandes.coupure6M().codeMotif(null).build();
            CreerDemande g1Bare = Demandes.coupure6M().codeIntervention("G1").codeMotif(null).build();

            assertThat(DitRules.creerDemande(coupure, Demandes.context(theirs)))
                    .extracting(Violation::ruleId, Violation::field).containsExactly(
                            tuple("R2", "NumeroVersion"),
                            tuple("R4", "Demande.DonneesTypeDemande.IndexConteste"),
                            tuple("R4", "Demande.DonneesTypeDemande.IndexClient"));
            assertThat(DitRules.creerDemande(coupure, Demandes.context(theirs)).get(0).message())
                    .contains("code 36 (Coupure) needs NumeroVersion V11", "sends V10");
            assertThat(DitRules.creerDemande(g1Bare, new RuleContext(NumeroVersion.V9, Demandes.LOGIN, theirs,
                    null))).isEmpty();
            assertThat(DitRules.creerDemande(g1Bare, Demandes.context(NumeroVersion.V9)))
                    .extracting(Violation::ruleId).contains("R2", "R4");
        }

        @Test
        void load_whenMalformed_namesTheFileAndLine() throws IOException {
            Path file = dir.resolve("broken.csv");
            Files.writeString(file, H9 + "\n6M,34,,01,,0,,0,PO\n7M,34,,23,,0,,0,PO\n", StandardCharsets.UTF_8);
            assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.load(file))
                    .withMessageStartingWith(file + ", line 3: ")
                    .withMessageContaining("unknown segment '7M'");
        }

        @Test
        void load_whenNotUtf8_namesTheLineAndTheEncoding() throws IOException {
            Path file = dir.resolve("latin1.csv");
            Files.writeString(file, H9 + "\n6M,36,Coupure,17,Travaux,0,,0,PS\n6M,P9,Changement,11,Porte cassée,0,,0,PNO\n",
                    StandardCharsets.ISO_8859_1);
            assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.load(file))
                    .withMessageStartingWith(file + ", line 3: ")
                    .withMessageContaining("UTF-8");
        }

        @Test
        void parse_whenReaderMeetsBadBytes_saysFromWhichLine() throws IOException {
            Path file = dir.resolve("latin1.csv");
            Files.writeString(file, H9 + "\n6M,P9,,11,,0,,0,PNO\n# cassée\n", StandardCharsets.ISO_8859_1);
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.parse(reader, "latin1.csv"))
                        .withMessageStartingWith("latin1.csv, line 1 or later: ")
                        .withMessageContaining("cannot decode");
            }
        }

        @Test
        void load_whenFrenchExcelExport_readsSemicolonsBomCrlfAndQuotes() throws IOException {
            // what Excel (French locale) writes with "CSV UTF-8 (délimité par des points-virgules)"
            Path file = dir.resolve("annexe-b.csv");
            Files.writeString(file, "\uFEFF# release: V25.1\r\n"
                    + H9.replace(',', ';') + "\r\n"
                    + "JJ_JM_MM;208;\"Coupure avec dépose compteur pour travaux, avec débit > 25m³/h\";;;0;;0;PO\r\n"
                    + "6M;36;Coupure;17;\"Travaux; \"\"gros\"\" œuvre\";0;;0;PS\r\n"
                    + "6M;36;Coupure;01;Autre;0;;0;PS\r\n", StandardCharsets.UTF_8);

            Catalogue c = Catalogue.load(file);

            assertThat(c.release()).isEqualTo("V25.1");
            assertThat(c.entries()).hasSize(3);
            assertThat(c.entries().get(0).libelle())
                    .isEqualTo("Coupure avec dépose compteur pour travaux, avec débit > 25m³/h");
            assertThat(c.libelleMotif(Segment.SIX_M, "36", "17")).contains("Travaux; \"gros\" œuvre");
            assertThat(c.libelleMotif(Segment.SIX_M, "36", "01")).contains("Autre");
            assertThat(c.presence(Segment.JJ_JM_MM, "208")).contains(PresenceClient.PO);
        }

        @Test
        void parse_whenCommaFileWithQuotesAndCrlf_readsTheRows() throws IOException {
            Catalogue c = parse("\uFEFF" + H9 + "\r\n\r\n 6M , \"36\" , Coupure , 17 , \"Travaux, gros œuvre\" , 0 ,,0, PS \r\n");
            assertThat(c.allows(Segment.SIX_M, "36", "17")).isTrue();
            assertThat(c.libelleMotif(Segment.SIX_M, "36", "17")).contains("Travaux, gros œuvre");
        }

        @Test
        void parse_whenQuotedFieldSpansLines_countsTheLinesOfLaterErrors() throws IOException {
            String text = H9 + "\n6M,36,\"Coupure\nsur deux lignes\",17,Travaux,0,,0,PS\n# note\n6M,36,,17,,0,,0,PS\n";
            assertThatIllegalArgumentException().isThrownBy(() -> parse(text))
                    .withMessageStartingWith("test.csv, line 5: ")
                    .withMessageContaining("already on line 2");
        }

        @Test
        void parse_whenFactsSameOnEveryMotifOfACode_accepts() throws IOException {
            Catalogue c = parse(H9 + "\n6M,Z8,,19,,1,,0,PS\n6M,Z8,,01,,1,,0,PS\n6M_TLRV_1M,Z8,,19,,0,V10,0,PNO\n");
            assertThat(c.expressAllowed(Segment.SIX_M, "Z8")).isTrue();
            assertThat(c.expressAllowed(Segment.SIX_M_TLRV_1M, "Z8")).isFalse();
            assertThat(c.versionMin(Segment.SIX_M_TLRV_1M, "Z8")).contains(NumeroVersion.V10);
        }
    }

    @Nested
    class Malformed {

        /** {@code H9} stands for the header, {@code \\n} for a line break. */
        @ParameterizedTest(name = "{3}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "H9\\n6M,36,,17,,0,,0,PS\\n7M,36,,17,,0,,0,PS | 3 | unknown segment '7M' | unknown segment",
            "H9\\n6M,36,,17,,oui,,0,PS | 2 | express must be 1 or 0 | bad express value",
            "H9\\n6M,36,,17,,0,10,0,PS | 2 | version_min must be empty or 'V' followed by a number | bad version",
            "H9\\n6M,36,,17,,0,,yes,PS | 2 | index must be 1 or 0 | bad index value",
            "H9\\n6M,36,,17,,0,,0,PP | 2 | presence must be PO, PNO, PS or empty | bad presence",
            "H9\\n6M,36,,17,,0,,0 | 2 | expected 9 columns | too few columns",
            "H9\\n6M,36,,17,,0,,0,PS,x | 2 | expected 9 columns | too many columns",
            "H9\\n6M,36,,17,,0,,0,PS\\n6M,37,,,,0,,0,PO\\n6M,36,,17,,0,,0,PS | 4 | already on line 2 | duplicate row",
            "H9\\n6M,Z8,,19,,1,,0,PS\\n6M,Z8,,01,,0,,0,PS | 3 | express '0' for code Z8 in segment 6M contradicts line 2 | express differing between motifs",
            "H9\\n6M,Z8,,19,,1,,0,PS\\n\\n6M,Z8,,01,,1,V10,0,PS | 4 | version_min 'V10' for code Z8 in segment 6M contradicts line 2 | version differing between motifs",
            "H9\\n6M,Z8,,19,,1,,0,PS\\n# x\\n6M,Z8,,01,,1,,0,PO | 4 | presence 'PO' for code Z8 in segment 6M contradicts line 2 ('PS') | presence differing between motifs",
            "H9\\n6M,G1,,,,0,V10,1,PS\\n6M,36,,17,,0,,1,PS | 3 | takes no motif | index with a motif",
            "H9\\n6M,,,17,,0,,0,PS | 2 | empty intervention code | empty code",
            "H9\\n6M,36,\"Coupure,17,,0,,0,PS | 2 | malformed CSV | unclosed quote",
            "H9\\n6M,36,\"Coupure\"x,17,,0,,0,PS | 2 | malformed CSV | text after a closing quote",
            "segment\tcode\tmotif\texpress\\n6M\t36\t17\t0 | 1 | expected the header | wrong separator",
            "segment,code,libelle,motif,libelle_motif,express\\n6M,36,,17,,0 | 1 | older 6-column layout | 0.1.0 snapshot layout",
            "# release: V24.1\\nsegment;code;motif;express\\n6M;36;17;0 | 2 | older 4-column layout | 0.1.0 export layout",
            "# release: V24.1\\n# release: V25.1\\nH9 | 2 | release stated twice | two releases",
            "# release: V24.1\\nH9\\n | 2 | no rows | header only",
            "# nothing here | 1 | no header line | no header",
            "H9\\r6M,36,,17,,0,,0,PS\\r7M,36,,17,,0,,0,PS | 3 | unknown segment '7M' | line breaks of an old Mac",
            "H9\\r\\n6M,36,,17,,0,,0,PS\\r\\n7M,36,,17,,0,,0,PS | 3 | unknown segment '7M' | Windows line breaks",
            "H9\\n6M,36,\"Coupure\\navec dépose\",17,,0,,0,PS\\n7M,36,,17,,0,,0,PS | 4 | unknown segment '7M' | a label on two lines",
            "H9\\r\\n6M,36,\"Coupure\\r\\navec dépose\",17,,0,,0,PS\\r\\n7M,36,,17,,0,,0,PS | 4 | unknown segment '7M' | a label on two Windows lines",
            "H9\\n6M,36,\"Coupure\\ravec\\n\\ndépose\",17,,0,,0,PS\\n7M,36,,17,,0,,0,PS | 6 | unknown segment '7M' | a label on four lines",
            "H9\\n   \\n7M,36,,17,,0,,0,PS | 3 | unknown segment '7M' | a line of spaces",
            "H9\\n6M,36,\"Coupure\\n\",17,,0,,0,PS\\n7M,36,,17,,0,,0,PS | 4 | unknown segment '7M' | a label ending in a line break, which is trimmed",
            "H9\\n6M,Z8,,,,1,,1,PS\\n6M,Z8,,19,,1,,0,PS | 3 | index '0' for code Z8 in segment 6M contradicts line 2 ('1') | index differing between motifs",
            "# release: V24.1\\nH9\\n6M,36,\"Coupure\\navec dépose\",17,,0,,0,PS\\n# release: V25.1 | 5 | release stated twice | a second release after a label on two lines",
            "# release: V24.1\\nH9\\n6M,36,\"Coupure\\r\\navec dépose\",17,,0,,0,PS\\n# release: V25.1 | 5 | release stated twice | a second release after a label on two Windows lines",
            "# release: V24.1\\nH9\\n6M,36,\"Coupure\\ravec dépose\",17,,0,,0,PS\\n# release: V25.1 | 5 | release stated twice | a second release after a label on two old Mac lines",
            "H9\\n6M,36,\"Coupure\\navec dépose\",17,,0,,0,PS\\n6M,37,\"Coupure\"x,17,,0,,0,PS | 4 | malformed CSV | text after a closing quote, after a label on two lines",
        })
        void parse_whenMalformed_namesSourceLineAndProblem(String text, int line, String problem, String what) {
            String csv = text.replace("\\n", "\n").replace("\\r", "\r").replace("H9", H9);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> parse(csv))
                    .withMessageStartingWith("test.csv, line " + line + ": ")
                    .withMessageContaining(problem);
        }

        @Test
        void parse_whenMalformedCsv_quotesTheParsersOwnWords() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> parse(H9 + "\n6M,36,\"Coupure,17,,0,,0,PS"))
                    .withMessage("test.csv, line 2: malformed CSV ((startline 2) EOF reached before encapsulated token"
                            + " finished): a field holding ',', a quote or a line break must be enclosed in double"
                            + " quotes, a quote inside doubled");
        }

        /** A line of a quoted label that starts with '#' is the label's, not a comment, even on the last row. */
        @ParameterizedTest(name = "line break {index}")
        @ValueSource(strings = {"\n", "\r\n", "\r"})
        void parse_whenALabelLineStartsWithAHash_keepsItInTheLabel(String lineBreak) throws IOException {
            String label = "Coupure" + lineBreak + "# release: V99";
            Catalogue c = parse("# release: V24.1\n" + H9 + "\n6M,36,\"" + label + "\",17,,0,,0,PS\n");

            assertThat(c.release()).isEqualTo("V24.1");
            assertThat(c.entries()).singleElement().satisfies(e -> assertThat(e.libelle()).isEqualTo(label));
        }

        @Test
        void toString_namesTheReleaseAndTheRows_forLogs() throws IOException {
            assertThat(STANDARD).hasToString("Catalogue[release=V24.1, " + STANDARD.entries().size() + " rows]");
            assertThat(parse(H9 + "\n6M,36,,17,,0,,0,PS\n")).hasToString("Catalogue[release=unstated, 1 rows]");
        }

        @Test
        void parse_whenTheLastLineEndsWithAnOldMacLineBreak_readsEveryRow() throws IOException {
            Catalogue c = parse(H9 + "\r6M,36,,17,,0,,0,PS\r6M,37,,,,0,,0,PO\r");

            assertThat(c.entries()).extracting(Catalogue.Entry::code).containsExactly("36", "37");
        }

        @Test
        void parse_whenOldLayout_namesTheExpectedHeader() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> parse("segment,code,motif,express\n6M,36,17,0\n"))
                    .withMessageContaining("expected the header '" + H9 + "'");
        }
    }

    @Nested
    class Export {

        @Test
        void writeCsv_startsWithTheReleaseAndHeaderAndHasOneLinePerPair() throws IOException {
            StringBuilder out = new StringBuilder();
            STANDARD.writeCsv(out);
            List<String> lines = out.toString().lines().collect(Collectors.toList());

            assertThat(out.toString()).startsWith("# release: V24.1\n" + H9 + "\n");
            assertThat(lines).hasSize(STANDARD.entries().size() + 2);
            assertThat(lines).contains("6M,34,Changement de compteur Gaz avec débit < 16m³/h,23,"
                    + "Pose d'un compteur communicant,0,,0,PO", "6M,G1,Vérification des données de comptage,,,0,V10,1,PS",
                    "JJ_JM_MM,208,\"Coupure avec dépose compteur pour travaux, avec débit > 25m³/h et ≤ 160m³/h\",,,0,,0,PO");
        }

        @Test
        void writeCsv_thenParse_givesTheSameCatalogue() throws IOException {
            StringBuilder out = new StringBuilder();
            STANDARD.writeCsv(out);
            Catalogue back = parse(out.toString());
            assertThat(back.entries()).isEqualTo(STANDARD.entries()).hasSize(105);
            assertThat(back.release()).isEqualTo(STANDARD.release());
        }

        @Test
        void writeCsv_quotesWhatNeedsQuoting() throws IOException {
            Catalogue c = parse(H9 + "\n6M,36,\"Coupure \"\"A\"\"\",17,\"Travaux, gros\",0,,0,PS\n");
            StringBuilder out = new StringBuilder();
            c.writeCsv(out);
            assertThat(out.toString()).isEqualTo(H9 + "\n6M,36,\"Coupure \"\"A\"\"\",17,\"Travaux, gros\",0,,0,PS\n");
            assertThat(parse(out.toString()).entries()).isEqualTo(c.entries());
        }
    }
}
