package io.github.omegadit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.omegadit.error.Violation;
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

class CatalogueTest {

    private static final Catalogue STANDARD = Catalogue.standard();

    private static Catalogue parse(String text) throws IOException {
        return Catalogue.parse(new StringReader(text), "test.csv");
    }

    /** What identifies a row for the rules: the labels do not. */
    private static List<String> pairs(Catalogue c) {
        return c.entries().stream()
                .map(e -> e.segment().csvName() + "," + e.code() + "," + e.motif() + "," + e.express())
                .collect(Collectors.toList());
    }

    @Nested
    class Bundled {

        @Test
        void standard_describesReleaseV24_1() {
            assertThat(STANDARD.release()).isEqualTo("V24.1");
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
    class CallerFile {

        @TempDir
        Path dir;

        @Test
        void load_whenCallerTableAllowsMore_changesWhatIsAccepted() throws IOException {
            Path file = dir.resolve("annexe-b-V25.1.csv");
            Files.writeString(file, String.join("\n",
                    "# release: V25.1",
                    "segment,code,libelle,motif,libelle_motif,express",
                    "6M,34,Changement de compteur,01,Dysfonctionnement de comptage,0",
                    "6M,34,Changement de compteur,05,Compteur défectueux,0",
                    "6M,36,Coupure sans dépose compteur pour travaux,17,Travaux,1",
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
        void load_whenMalformed_namesTheFileAndLine() throws IOException {
            Path file = dir.resolve("broken.csv");
            Files.writeString(file, "segment,code,motif,express\n6M,34,01,0\n7M,34,23,0\n", StandardCharsets.UTF_8);
            assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.load(file))
                    .withMessageStartingWith(file + ", line 3: ")
                    .withMessageContaining("unknown segment '7M'");
        }

        @Test
        void load_whenNotUtf8_namesTheLineAndTheEncoding() throws IOException {
            Path file = dir.resolve("latin1.csv");
            Files.writeString(file, "segment,code,libelle,motif,libelle_motif,express\n"
                    + "6M,36,Coupure,17,Travaux,0\n6M,P9,Changement,11,Porte cassée,0\n", StandardCharsets.ISO_8859_1);
            assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.load(file))
                    .withMessageStartingWith(file + ", line 3: ")
                    .withMessageContaining("UTF-8");
        }

        @Test
        void parse_whenReaderMeetsBadBytes_saysFromWhichLine() throws IOException {
            Path file = dir.resolve("latin1.csv");
            Files.writeString(file, "segment,code,motif,express\n6M,P9,11,0\n# cassée\n", StandardCharsets.ISO_8859_1);
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.parse(reader, "latin1.csv"))
                        .withMessageStartingWith("latin1.csv, line 1 or later: ")
                        .withMessageContaining("cannot decode");
            }
        }

        @Test
        void parse_whenExportLayout_readsPairsWithoutLabels() throws IOException {
            Catalogue c = parse("segment,code,motif,express\n6M,Z8,19,1\nJJ_JM_MM,206,,1\n");
            assertThat(c.release()).isEmpty();
            assertThat(c.allows(Segment.SIX_M, "Z8", "19")).isTrue();
            assertThat(c.expressAllowed(Segment.JJ_JM_MM, "206")).isTrue();
            assertThat(c.entries()).allSatisfy(e -> {
                assertThat(e.libelle()).isEmpty();
                assertThat(e.libelleMotif()).isEmpty();
            });
        }

        @Test
        void parse_whenByteOrderMarkBlankLinesAndSpaces_readsTheRows() throws IOException {
            Catalogue c = parse("\uFEFFsegment, code, motif, express\r\n\r\n 6M , 36 , 17 , 0 \r\n");
            assertThat(c.allows(Segment.SIX_M, "36", "17")).isTrue();
        }

        @Test
        void parse_whenExpressSameOnEveryMotifOfACode_accepts() throws IOException {
            Catalogue c = parse("segment,code,motif,express\n6M,Z8,19,1\n6M,Z8,01,1\n6M_TLRV_1M,Z8,19,0\n");
            assertThat(c.expressAllowed(Segment.SIX_M, "Z8")).isTrue();
            assertThat(c.expressAllowed(Segment.SIX_M_TLRV_1M, "Z8")).isFalse();
        }
    }

    @Nested
    class Malformed {

        /** {@code H4} and {@code H6} stand for the two headers, {@code \\n} for a line break. */
        @ParameterizedTest(name = "{3}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "H4\\n6M,36,17,0\\n7M,36,17,0 | 3 | unknown segment '7M' | unknown segment",
            "H4\\n6M,36,17,oui | 2 | express must be 1 or 0 | bad express value",
            "H4\\n6M,36,17 | 2 | expected 4 columns | too few columns",
            "H6\\n6M,36,17,0 | 2 | expected 6 columns | 4 columns under the 6-column header",
            "H4\\n6M,36,17,0\\n6M,37,,0\\n6M,36,17,0 | 4 | already on line 2 | duplicate row",
            "H4\\n6M,Z8,19,1\\n6M,Z8,01,0 | 3 | contradicts line 2 | express differing between motifs",
            "H4\\n6M,\"36\",17,0 | 2 | double quotes | quote character",
            "H4\\n6M,,17,0 | 2 | empty intervention code | empty code",
            "segment;code;motif;express\\n6M;36;17;0 | 1 | expected the header | wrong separator",
            "# release: V24.1\\n# release: V25.1\\nH4 | 2 | release stated twice | two releases",
            "# release: V24.1\\nH4\\n | 2 | no rows | header only",
            "# nothing here | 1 | no header line | no header",
        })
        void parse_whenMalformed_namesSourceLineAndProblem(String text, int line, String problem, String what) {
            String csv = text.replace("\\n", "\n")
                    .replace("H4", "segment,code,motif,express")
                    .replace("H6", "segment,code,libelle,motif,libelle_motif,express");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> parse(csv))
                    .withMessageStartingWith("test.csv, line " + line + ": ")
                    .withMessageContaining(problem);
        }
    }

    @Nested
    class Export {

        @Test
        void writeCsv_startsWithTheHeaderAndHasOneLinePerPair() throws IOException {
            StringBuilder out = new StringBuilder();
            STANDARD.writeCsv(out);
            List<String> lines = out.toString().lines().collect(Collectors.toList());

            assertThat(out.toString()).startsWith("segment,code,motif,express\n");
            assertThat(lines).hasSize(STANDARD.entries().size() + 1);
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("[0-9A-Z_]+,[0-9A-Z]+,[0-9]*,[01]"));
            assertThat(lines).contains("6M,34,23,0", "6M,37,,0", "6M_TLRV_1M,Z8,19,1", "JJ_JM_MM,243,,1");
        }

        @Test
        void writeCsv_thenParse_givesTheSamePairsInTheSameOrder() throws IOException {
            StringBuilder out = new StringBuilder();
            STANDARD.writeCsv(out);
            Catalogue back = parse(out.toString());
            assertThat(pairs(back)).isEqualTo(pairs(STANDARD)).hasSize(105);
        }
    }
}
