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

    @Test
    void catalogue_printsTheHeaderAndOneRowPerPairOfTheBundledTable() throws IOException {
        Cli.Run r = run(Map.of(), "catalogue");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("segment,code,motif,express");
        assertThat(lines).hasSize(Catalogue.standard().entries().size() + 1)
                .contains("6M,34,23,0", "JJ_JM_MM,206,,1");
        assertThat(Catalogue.parse(new StringReader(r.out()), "output").entries())
                .hasSameSizeAs(Catalogue.standard().entries());
    }

    @Test
    void catalogue_withAFile_printsThatFile() throws IOException {
        Path file = dir.resolve("annexe-b.csv");
        Files.writeString(file, "# release: V99\nsegment,code,motif,express\n6M,34,23,0\nJJ_JM_MM,Z8,,1\n",
                StandardCharsets.UTF_8);

        Cli.Run r = run(Map.of(), "catalogue", "--file", file.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("segment,code,motif,express\n6M,34,23,0\nJJ_JM_MM,Z8,,1\n");
    }

    @Test
    void catalogue_withAMalformedFile_exits2_namingTheLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "segment,code,motif,express\n7M,34,23,0\n", StandardCharsets.UTF_8);

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
