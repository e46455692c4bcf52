/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.TypeIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampagneCsvTest {

    @TempDir
    Path dir;

    CampagneCsv.Lecture read(String content) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return CampagneCsv.read(f);
    }

    @Test
    void read_whenEveryColumnIsGiven_mapsEachToItsField() throws Exception {
        CampagneCsv.Lecture l = read("Reference;PCE;Code_Postal;code;motif;express;date;plage;segment;contact-nom;"
                + "contact-telephone;code-acces;complement-adresse;commentaire;telephone-fournisseur;groupe;precision;"
                + "index-conteste;index-client\n"
                + "R1;GI000001;75011;G1;;oui;01/12/2026;MATIN;6M;Martin;0612345678;12A;bât. B;note;0102030405;G;"
                + "pré;02:12345:2026-11-02;12400:2026-11-20\n");

        assertThat(l.erreurs()).isEmpty();
        assertThat(l.delimiter()).isEqualTo(';');
        CreerDemande d = l.demandes().get(0).demande();
        assertThat(d.referenceDemande()).isEqualTo("R1");
        assertThat(d.codePostal()).isEqualTo("75011");
        assertThat(d.optionExpress()).isTrue();
        assertThat(d.rdvDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(d.segment()).isEqualTo(Segment.SIX_M);
        assertThat(d.contact().complementAdresse()).isEqualTo("bât. B");
        assertThat(d.indexConteste().typeIndex()).isEqualTo(TypeIndex.CYCLIQUE);
        assertThat(d.indexClient().valeur()).isEqualTo("12400");
        assertThat(d.precisionIntervention()).isEqualTo("pré");
    }

    @Test
    void read_quotedFieldsWithDelimitersAndLineBreaks_keepTheirValueAndLineNumbers() throws Exception {
        CampagneCsv.Lecture l = read("\uFEFFreference,pce,code,date,commentaire\r\n"
                + "A,GI000004,206,2026-12-07,\"deux lignes,\r\net une virgule\"\r\n"
                + "\r\n"
                + ",,,,\r\n"
                + "B,GI000004,206,2026-02-30,\"dit \"\"oui\"\"\"\r\n");

        assertThat(l.delimiter()).isEqualTo(',');
        assertThat(l.demandes()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.demande().commentaire()).isEqualTo("deux lignes,\r\net une virgule");
        });
        assertThat(l.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.column()).isEqualTo(4);
            assertThat(e.columnName()).isEqualTo("date");
            assertThat(e.toString()).endsWith("c.csv:6: column 4 (date): '2026-02-30' is not a date YYYY-MM-DD "
                    + "(or DD/MM/YYYY)");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R1;GI1;206;;2026-12-07;2;|6|express|'2' is not 1/0 (oui/non)",
        "R1;GI1;206;;2026-12-07;;ZZ|7|segment|'ZZ' is not 6M, 6M_TLRV_1M or JJ_JM_MM",
        ";GI1;206;;2026-12-07;;|1|reference|is required",
        "R1;GI1;;;2026-12-07;;|3|code|is required",
        "R1;GI1;206;;;;|5|date|is required"})
    void read_whenAValueDoesNotFit_namesItsLineAndColumn(String row, int column, String name, String message)
            throws Exception {
        CampagneCsv.Lecture l = read("reference;pce;code;motif;date;express;segment\n" + row + "\n");

        assertThat(l.demandes()).isEmpty();
        assertThat(l.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.columnName()).isEqualTo(name);
            assertThat(e.message()).isEqualTo(message);
        });
    }

    @Test
    void read_excelsTrailingEmptyColumns_areIgnoredUnlessTheyHoldAValue() throws Exception {
        CampagneCsv.Lecture l = read("reference;pce;code;date;;\nA;GI1;206;2026-12-07;;\nB;GI1;206;2026-12-07;;x\n");

        assertThat(l.demandes()).extracting(x -> x.demande().referenceDemande()).containsExactly("A");
        assertThat(l.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(6);
        });
    }

    @Test
    void read_whenTheHeaderIsWrong_refusesTheWholeFile() throws Exception {
        assertThatThrownBy(() -> read("reference;pce;pce;date;couleur\n"))
                .isInstanceOfSatisfying(CampagneCsv.FichierInvalideException.class, e -> assertThat(e.erreurs())
                        .extracting(CampagneCsv.LigneInvalide::toString)
                        .anySatisfy(s -> assertThat(s).endsWith(":1: column 3 (pce): column given twice"))
                        .anySatisfy(s -> assertThat(s).contains(":1: column 5 (couleur): unknown column"))
                        .anySatisfy(s -> assertThat(s).endsWith("required column 'code' is missing")));
        assertThatThrownBy(() -> read("")).isInstanceOf(CampagneCsv.FichierInvalideException.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> CampagneCsv.read(dir.resolve("absent.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.csv");
    }
}
