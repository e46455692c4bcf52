package io.github.omegadit.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Annexe B catalogue (segment, intervention code, motif, express) keyed by the OMEGA release it describes.
 * PLACEHOLDER API: the implementation comes with issue 4; signatures are fixed so that the client and the simulator
 * can be written against them.
 */
public final class Catalogue {

    /**
     * One row of Annexe B: a (code, motif) pair allowed for a segment.
     *
     * @param segment          the PCE segment
     * @param code             CodeLibelleIntervention
     * @param libelle          the guide's label of the intervention ("Relevé spécial"), may be empty
     * @param motif            CodeMotifIntervention, empty for codes without motif
     * @param libelleMotif     the guide's label of the motif, may be empty
     * @param express          true when OptionExpress "1" is allowed for this code
     */
    public record Entry(Segment segment, String code, String libelle, String motif, String libelleMotif,
            boolean express) {}

    private Catalogue() {}

    /** The catalogue bundled with this library (OMEGA V24.1). */
    public static Catalogue standard() {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** Loads a catalogue file in the bundled format (see the README). */
    public static Catalogue load(Path file) throws IOException {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** Parses a catalogue in the bundled format; {@code source} names it in error messages. */
    public static Catalogue parse(Reader csv, String source) throws IOException {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** The OMEGA release the table describes, e.g. {@code V24.1}. */
    public String release() {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** Every row, in file order. */
    public List<Entry> entries() {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** True when (code, motif) is a row of the segment; a {@code null} or empty motif means "no motif". */
    public boolean allows(Segment segment, String code, String motif) {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** The segments in which the code exists (empty for an unknown code). */
    public Set<Segment> segmentsOf(String code) {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** True when the code allows OptionExpress "1" in the segment. */
    public boolean expressAllowed(Segment segment, String code) {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** The motif's label for this code in this segment ("Autre", "Travaux"...), if the pair exists. */
    public Optional<String> libelleMotif(Segment segment, String code, String motif) {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }

    /** Writes {@code segment,code,motif,express}, one row per (code, motif) pair. */
    public void writeCsv(Appendable out) throws IOException {
        throw new IllegalStateException("catalogue not built yet (issue 4)");
    }
}
