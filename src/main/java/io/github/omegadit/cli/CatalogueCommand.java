/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code catalogue}: the Annexe B table the rules use, as a catalogue file that {@code --catalogue} (and
 * {@link Catalogue#load}) reads back: the starting point for editing a newer table.
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the Annexe B catalogue (bundled, or the one in --file) as a catalogue file (CSV: "
                + "segment,code,libelle,motif,libelle_motif,express,version_min,index,presence).",
                "Save it, edit it, and pass it with --catalogue. Calls no web service."})
final class CatalogueCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "FILE",
            description = "A catalogue file to check and print instead of the bundled one.")
    Path file;

    private final CliContext ctx;

    CatalogueCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue;
        try {
            catalogue = file == null ? Catalogue.standard() : Catalogue.load(file);
        } catch (NoSuchFileException e) {
            ctx.err().println("omega-dit: catalogue file " + file + " does not exist");
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StringBuilder csv = new StringBuilder(4096);
        catalogue.writeCsv(csv);
        ctx.out().print(csv);
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
