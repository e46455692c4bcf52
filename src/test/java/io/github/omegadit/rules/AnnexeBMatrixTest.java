/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the bundled Annexe B builds a request the rules accept. The rows are read straight from the resource
 * file, not through {@link Catalogue}, so a row the parser dropped or mangled fails here.
 */
class AnnexeBMatrixTest {

    /** One line of the bundled file, split by hand. */
    record Row(Segment segment, String code, String libelle, String motif, String libelleMotif, boolean express) {
        @Override
        public String toString() {
            return segment.csvName() + " " + code + (motif.isEmpty() ? "" : "/" + motif) + (express ? " express" : "");
        }
    }

    static List<Row> rows() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AnnexeBMatrixTest.class.getResourceAsStream("annexe-b-V24.1.csv"), StandardCharsets.UTF_8))) {
            return r.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("segment,"))
                    .map(AnnexeBMatrixTest::split)
                    .map(f -> new Row(Segment.fromCsvName(f[0]), f[1], f[2], f[3], f[4], f[5].equals("1")))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated fields; a field in double quotes may hold commas (the file has no doubled quotes). */
    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i <= line.length()) {
            int end;
            if (i < line.length() && line.charAt(i) == '"') {
                int close = line.indexOf('"', i + 1);
                fields.add(line.substring(i + 1, close));
                end = close + 1;
            } else {
                end = line.indexOf(',', i);
                end = end < 0 ? line.length() : end;
                fields.add(line.substring(i, end));
            }
            i = end + 1;
        }
        return fields.toArray(String[]::new);
    }

    static Stream<Row> everyRow() {
        return rows().stream();
    }

    private static CreerDemande.Builder requestFor(Row row) {
        return Demandes.forRow(row.segment(), row.code(), row.motif(), row.libelleMotif(), row.express());
    }

    @Test
    void bundledFile_hasTheRowsOfTheThreeTables() {
        assertThat(rows()).hasSize(105);
        assertThat(rows()).extracting(Row::toString).doesNotHaveDuplicates();
        assertThat(Catalogue.standard().entries()).hasSameSizeAs(rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRow")
    void creerDemande_whenRowOfItsStatedSegment_reportsNothing(Row row) {
        // express codes are sent with OptionExpress "1", the others with "0"
        assertThat(DitRules.creerDemande(requestFor(row).build(), Demandes.context())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRow")
    void creerDemande_whenRowAndSegmentUnknown_reportsNothing(Row row) {
        CreerDemande demande = requestFor(row).segment(null).optionExpress(false).build();
        assertThat(DitRules.creerDemande(demande, Demandes.context())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRow")
    void creerDemande_whenRowIsTheOnlyOneOmegaAllows_reportsNothing(Row row) {
        CreerDemande demande = requestFor(row).segment(null).build();
        RuleContext context = Demandes.withAnswer(Demandes.possible(row.code(), row.motif()));
        assertThat(DitRules.creerDemande(demande, context)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRow")
    void catalogue_whenRow_allowsItsPairInItsSegment(Row row) {
        Catalogue c = Catalogue.standard();
        assertThat(c.allows(row.segment(), row.code(), row.motif())).isTrue();
        assertThat(c.expressAllowed(row.segment(), row.code())).isEqualTo(row.express());
        assertThat(c.libelleMotif(row.segment(), row.code(), row.motif()).orElse("")).isEqualTo(row.libelleMotif());
    }
}
