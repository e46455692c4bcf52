/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalogue}: the Annexe B table as CSV. */
class CatalogueCommandTest {

    @TempDir
    Path dir;

    private static final String HEADER = "segment,code,libelle,motif,libelle_motif,express,version_min,index,presence";

    @Test
    void catalogue_printsTheReleaseTheHeaderAndOneRowPerPairOfTheBundledTable() throws IOException {
        Cli.Run r = run(Map.of(), "catalogue");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.subList(0, 2)).containsExactly("# release: V24.1", HEADER);
        assertThat(lines).hasSize(Catalogue.standard().entries().size() + 2)
                .contains("6M,34,Changement de compteur Gaz avec débit < 16m³/h,23,Pose d'un compteur communicant,0,,0,PO",
                        "JJ_JM_MM,206,Relevé spécial avec déplacement,,,1,,0,PS");
        assertThat(Catalogue.parse(new StringReader(r.out()), "output").entries())
                .isEqualTo(Catalogue.standard().entries());
    }

    @Test
    void catalogue_withAFile_printsThatFileInTheCommaLayout() throws IOException {
        Path file = dir.resolve("annexe-b.csv");
        Files.writeString(file, "# release: V99\n" + HEADER.replace(',', ';')
                + "\n6M;34;Changement;23;Pose, communicant;0;;0;PO\nJJ_JM_MM;Z8;;;;1;V10;1;\n", StandardCharsets.UTF_8);

        Cli.Run r = run(Map.of(), "catalogue", "--file", file.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("# release: V99\n" + HEADER
                + "\n6M,34,Changement,23,\"Pose, communicant\",0,,0,PO\nJJ_JM_MM,Z8,,,,1,V10,1,\n");
    }

    @Test
    void catalogue_withAFileInTheOldLayout_exits2_namingTheExpectedHeader() throws IOException {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, "segment,code,motif,express\n6M,34,23,0\n", StandardCharsets.UTF_8);

        Cli.Run r = run(Map.of(), "catalogue", "--file", file.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("line 1", "older 4-column layout", HEADER);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void catalogue_withAMalformedFile_exits2_namingTheLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n7M,34,,23,,0,,0,PO\n", StandardCharsets.UTF_8);

        Cli.Run r = run(Map.of(), "catalogue", "--file", file.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("7M");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void catalogue_withAMissingFile_exits2() {
        Cli.Run r = run(Map.of(), "catalogue", "--file", dir.resolve("none.csv").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
    }
}
