/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Annexe B catalogue keyed by the OMEGA release it describes: which (intervention code, motif) pairs each PCE
 * segment allows, and the facts that belong to a code — OptionExpress, the NumeroVersion it needs, whether it is a
 * meter-data check (indexes required, no motif), and the customer presence OMEGA announces.
 *
 * <p>The library bundles the table of the guide applicable from OMEGA V24.1 ({@link #standard()}). When the
 * distributor publishes a new table before this library is released again, write the bundled one to a file
 * ({@code omega-dit catalogue > annexe-b.csv}, or {@link #writeCsv(Appendable)}), edit it in any spreadsheet, and
 * pass {@link #load(Path)} to the client.
 *
 * <p>File format: CSV (RFC 4180) in UTF-8, with or without a byte-order mark, lines ended by CRLF or LF; the
 * delimiter is a comma or, as French spreadsheets write it, a semicolon (the header line decides). A field holding
 * the delimiter, a double quote or a line break is enclosed in double quotes, a quote inside doubled. Lines
 * starting with {@code #} are comments; {@code # release: <name>} names the release. Then the header and one row
 * per (code, motif) pair:
 * <pre>
 * # release: V24.1
 * segment,code,libelle,motif,libelle_motif,express,version_min,index,presence
 * 6M,34,Changement de compteur Gaz avec débit &lt; 16m³/h,23,Pose d'un compteur communicant,0,,0,PO
 * 6M,G1,Vérification des données de comptage,,,0,V10,1,PS
 * JJ_JM_MM,208,"Coupure avec dépose compteur pour travaux, avec débit &gt; 25m³/h et ≤ 160m³/h",,,0,,0,PO
 * </pre>
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>value</th><th>read by</th></tr>
 * <tr><td>{@code segment}</td><td>{@code 6M}, {@code 6M_TLRV_1M} or {@code JJ_JM_MM}
 *     ({@link Segment#csvName()})</td><td>all</td></tr>
 * <tr><td>{@code code}</td><td>CodeLibelleIntervention, required</td><td>R7</td></tr>
 * <tr><td>{@code libelle}</td><td>the guide's label of the intervention, may be empty</td><td>messages</td></tr>
 * <tr><td>{@code motif}</td><td>CodeMotifIntervention, empty for a code without motif</td><td>R7</td></tr>
 * <tr><td>{@code libelle_motif}</td><td>the guide's label of the motif, may be empty ("Autre" makes
 *     PrecisionIntervention mandatory)</td><td>R5</td></tr>
 * <tr><td>{@code express}</td><td>{@code 1} when OptionExpress "1" is allowed, else {@code 0}</td><td>R6</td></tr>
 * <tr><td>{@code version_min}</td><td>empty, or the oldest NumeroVersion the code needs ({@code V10} for the
 *     meter-data checks)</td><td>R2</td></tr>
 * <tr><td>{@code index}</td><td>{@code 1} for a meter-data check: IndexConteste and IndexClient mandatory, motif
 *     empty; else {@code 0}</td><td>R4</td></tr>
 * <tr><td>{@code presence}</td><td>PresenceClient announced for the code: {@code PO}, {@code PNO}, {@code PS}, or
 *     empty when not known</td><td>the simulator</td></tr>
 * </table>
 * {@code express}, {@code version_min}, {@code index} and {@code presence} belong to the code: every row of one code
 * in one segment must give the same values. A malformed file is refused with its name, the line and the problem;
 * so is a file in an older layout (6 or 4 columns), rather than read with facts silently defaulted.
 *
 * <p>Instances are immutable and thread-safe; lookups are hash-based and allocate nothing.
 */
public final class Catalogue {

    /**
     * One row of Annexe B: a (code, motif) pair allowed for a segment, with the facts of its code.
     *
     * @param segment          the PCE segment
     * @param code             CodeLibelleIntervention
     * @param libelle          the guide's label of the intervention ("Relevé spécial"), may be empty
     * @param motif            CodeMotifIntervention, empty for codes without motif
     * @param libelleMotif     the guide's label of the motif, may be empty
     * @param express          true when OptionExpress "1" is allowed for this code
     * @param versionMin       the oldest NumeroVersion the code needs, or {@code null} when any supported one does
     * @param indexRequired    true for a meter-data check: IndexConteste and IndexClient mandatory, no motif
     * @param presence         the PresenceClient announced for the code, or {@code null} when the file leaves it
     *                         empty
     */
    public record Entry(Segment segment, String code, String libelle, String motif, String libelleMotif,
            boolean express, NumeroVersion versionMin, boolean indexRequired, PresenceClient presence) {

        /**
         * Segment and code are required; a {@code null} label or motif becomes empty.
         *
         * @param segment       the PCE segment, required
         * @param code          CodeLibelleIntervention, required
         * @param libelle       the intervention's label, or {@code null}
         * @param motif         CodeMotifIntervention, or {@code null} for none
         * @param libelleMotif  the motif's label, or {@code null}
         * @param express       OptionExpress "1" allowed
         * @param versionMin    the oldest NumeroVersion the code needs, or {@code null}
         * @param indexRequired a meter-data check
         * @param presence      the PresenceClient announced, or {@code null}
         */
        public Entry {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(code, "code");
            libelle = libelle == null ? "" : libelle;
            motif = motif == null ? "" : motif;
            libelleMotif = libelleMotif == null ? "" : libelleMotif;
        }
    }

    private static final String BUNDLED = "annexe-b-V24.1.csv";
    static final List<String> COLUMNS = List.of("segment", "code", "libelle", "motif", "libelle_motif",
            "express", "version_min", "index", "presence");
    static final String HEADER = String.join(",", COLUMNS);
    /** The layouts of the 0.1.0 snapshots, which lacked the code facts: refused by name, never half-read. */
    static final String HEADER_SIX = "segment,code,libelle,motif,libelle_motif,express";
    static final String HEADER_FOUR = "segment,code,motif,express";
    /** Typically a spreadsheet saved in Windows-1252: say so rather than "Input length = 1". */
    static final String NOT_UTF8 = "not valid UTF-8 text; save the file as UTF-8";
    static final Pattern RELEASE = Pattern.compile("#\\s*release\\s*[:=]\\s*(\\S+)\\s*");
    /** Strictest first: where the segment is unknown, the code-level presence is the strictest stated. */
    private static final List<PresenceClient> PRESENCE_STRICTEST_FIRST =
            List.of(PresenceClient.PO, PresenceClient.PS, PresenceClient.PNO);

    private final String release;
    private final List<Entry> entries;
    private final Map<Segment, Map<String, CodeRows>> bySegment;
    private final Map<String, CodeFacts> byCode;

    /** The rows of one code in one segment, indexed by motif, and the facts of the code. */
    private static final class CodeRows {
        final Entry first;
        final Optional<NumeroVersion> versionMin;
        final Optional<PresenceClient> presence;
        final Map<String, Row> byMotif = new LinkedHashMap<>();
        List<String> motifs;

        CodeRows(Entry first) {
            this.first = first;
            this.versionMin = Optional.ofNullable(first.versionMin());
            this.presence = Optional.ofNullable(first.presence());
        }
    }

    /** What a code needs whatever the segment: the strictest of its segments. */
    private record CodeFacts(Set<Segment> segments, Optional<NumeroVersion> versionMin, boolean indexRequired,
            Optional<PresenceClient> presence) {}

    /** An entry with its label already wrapped, so that {@link #libelleMotif} allocates nothing. */
    private record Row(Entry entry, Optional<String> libelleMotif) {}

    Catalogue(String release, List<Entry> entries) {
        this.release = release;
        this.entries = List.copyOf(entries);
        Map<Segment, Map<String, CodeRows>> segments = new EnumMap<>(Segment.class);
        Map<String, EnumSet<Segment>> codes = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            CodeRows rows = segments.computeIfAbsent(e.segment(), s -> new HashMap<>())
                    .computeIfAbsent(e.code(), c -> new CodeRows(e));
            Optional<String> label = e.libelleMotif().isEmpty() ? Optional.empty() : Optional.of(e.libelleMotif());
            rows.byMotif.put(e.motif(), new Row(e, label));
            codes.computeIfAbsent(e.code(), c -> EnumSet.noneOf(Segment.class)).add(e.segment());
        }
        for (Map<String, CodeRows> byCodeOfSegment : segments.values()) {
            for (CodeRows rows : byCodeOfSegment.values()) {
                rows.motifs = List.copyOf(rows.byMotif.keySet());
            }
        }
        this.bySegment = segments;
        Map<String, CodeFacts> facts = new HashMap<>();
        codes.forEach((code, set) -> facts.put(code, factsOf(code, set, segments)));
        this.byCode = facts;
    }

    private static CodeFacts factsOf(String code, Set<Segment> segments, Map<Segment, Map<String, CodeRows>> rows) {
        NumeroVersion version = null;
        boolean index = false;
        Set<PresenceClient> presences = EnumSet.noneOf(PresenceClient.class);
        for (Segment s : segments) {
            Entry first = rows.get(s).get(code).first;
            if (first.versionMin() != null && (version == null || first.versionMin().compareTo(version) > 0)) {
                version = first.versionMin();
            }
            index |= first.indexRequired();
            if (first.presence() != null) {
                presences.add(first.presence());
            }
        }
        PresenceClient presence = null;
        for (PresenceClient p : PRESENCE_STRICTEST_FIRST) {
            if (presences.contains(p)) {
                presence = p;
                break;
            }
        }
        return new CodeFacts(Collections.unmodifiableSet(segments), Optional.ofNullable(version), index,
                Optional.ofNullable(presence));
    }

    /** Loaded once, on first use, by the JVM's class initialisation (which is thread-safe). */
    private static final class Bundled {
        static final Catalogue INSTANCE = readBundled();

        private static Catalogue readBundled() {
            InputStream in = Catalogue.class.getResourceAsStream(BUNDLED);
            if (in == null) {
                throw new IllegalStateException("bundled catalogue " + BUNDLED + " is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r, BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled catalogue " + BUNDLED, e);
            }
        }
    }

    /**
     * The catalogue bundled with this library (OMEGA V24.1), read once and shared.
     *
     * <pre>{@code
     * boolean ok = Catalogue.standard().allows(Segment.SIX_M, "34", "23");
     * }</pre>
     *
     * @return the bundled catalogue
     */
    public static Catalogue standard() {
        return Bundled.INSTANCE;
    }

    /**
     * Loads a catalogue file (UTF-8) in the format of the class comment.
     *
     * @param file the CSV file
     * @return the catalogue it describes
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is malformed or not UTF-8, naming the file, the line and the problem
     */
    public static Catalogue load(Path file) throws IOException {
        return CatalogueCsv.load(file);
    }

    /**
     * Parses a catalogue in the format of the class comment; {@code source} names it in error messages. The reader
     * is read to its end and not closed.
     *
     * @param csv    the text
     * @param source the name to give in error messages, e.g. the file name
     * @return the catalogue it describes
     * @throws IOException              when reading fails
     * @throws IllegalArgumentException when the reader meets bytes that are not valid in its charset, or when the
     *                                  text is malformed (wrong header, unknown segment, bad value, wrong column
     *                                  count, duplicate row, facts of one code that differ between its rows,
     *                                  unclosed quote...), naming the source, the line and the problem
     */
    public static Catalogue parse(Reader csv, String source) throws IOException {
        return CatalogueCsv.parse(csv, source);
    }

    /**
     * The OMEGA release the table describes.
     *
     * @return e.g. {@code V24.1}; empty when the file does not state one
     */
    public String release() {
        return release;
    }

    /**
     * Every row, in file order.
     *
     * @return the rows (unmodifiable)
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether (code, motif) is a row of the segment.
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @param motif   CodeMotifIntervention; {@code null} or empty means "no motif"
     * @return true when the pair is allowed in the segment
     */
    public boolean allows(Segment segment, String code, String motif) {
        CodeRows rows = rows(segment, code);
        return rows != null && rows.byMotif.containsKey(motif == null ? "" : motif);
    }

    /**
     * The segments in which the code exists.
     *
     * @param code CodeLibelleIntervention, may be {@code null}
     * @return the segments (unmodifiable), empty for an unknown code
     */
    public Set<Segment> segmentsOf(String code) {
        CodeFacts facts = code == null ? null : byCode.get(code);
        return facts == null ? Set.of() : facts.segments();
    }

    /**
     * Whether the code allows OptionExpress "1" in the segment (column {@code express}, rule R6).
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @return false for a code absent from the segment
     */
    public boolean expressAllowed(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows != null && rows.first.express();
    }

    /**
     * The oldest NumeroVersion the code needs in the segment (column {@code version_min}, rule R2): {@code V10} for
     * the meter-data checks G1 and 253 of the bundled table.
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @return the version, empty when any supported version will do or the code is not in the segment
     */
    public Optional<NumeroVersion> versionMin(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows == null ? Optional.empty() : rows.versionMin;
    }

    /**
     * The oldest NumeroVersion the code needs when the segment is not known: the newest {@code version_min} among
     * the segments holding the code.
     *
     * @param code CodeLibelleIntervention, may be {@code null}
     * @return the version, empty when any supported version will do or the code is unknown
     */
    public Optional<NumeroVersion> versionMin(String code) {
        CodeFacts facts = code == null ? null : byCode.get(code);
        return facts == null ? Optional.empty() : facts.versionMin();
    }

    /**
     * Whether the code is a meter-data check in the segment (column {@code index}, rule R4): IndexConteste and
     * IndexClient are mandatory and CodeMotifIntervention must be empty.
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @return false for a code absent from the segment
     */
    public boolean indexRequired(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows != null && rows.first.indexRequired();
    }

    /**
     * Whether the code is a meter-data check in any segment holding it, for when the segment is not known.
     *
     * @param code CodeLibelleIntervention, may be {@code null}
     * @return false for an unknown code
     */
    public boolean indexRequired(String code) {
        CodeFacts facts = code == null ? null : byCode.get(code);
        return facts != null && facts.indexRequired();
    }

    /**
     * The customer presence OMEGA announces for the code in the segment (column {@code presence}).
     *
     * <pre>{@code
     * PresenceClient p = catalogue.presence(pce.segment(), code).orElse(PresenceClient.PS);
     * }</pre>
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @return the presence, empty when the file leaves it empty or the code is not in the segment
     */
    public Optional<PresenceClient> presence(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows == null ? Optional.empty() : rows.presence;
    }

    /**
     * The customer presence for the code when the segment is not known: the strictest stated among the segments
     * holding the code ({@code PO}, then {@code PS}, then {@code PNO}).
     *
     * @param code CodeLibelleIntervention, may be {@code null}
     * @return the presence, empty when no row of the code states one or the code is unknown
     */
    public Optional<PresenceClient> presence(String code) {
        CodeFacts facts = code == null ? null : byCode.get(code);
        return facts == null ? Optional.empty() : facts.presence();
    }

    /**
     * The motif's label for this code in this segment ("Autre", "Travaux"...), if the pair exists and the file gives
     * a label.
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @param motif   CodeMotifIntervention; {@code null} or empty means "no motif"
     * @return the label, empty when the pair is absent or has no label
     */
    public Optional<String> libelleMotif(Segment segment, String code, String motif) {
        Row row = row(segment, code, motif);
        return row == null ? Optional.empty() : row.libelleMotif();
    }

    /**
     * The motifs allowed with the code in the segment, in file order.
     *
     * @param segment the PCE's segment
     * @param code    CodeLibelleIntervention
     * @return the motifs (unmodifiable); {@code ""} stands for "no motif"; empty when the code is not in the segment
     */
    public List<String> motifs(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows == null ? List.of() : rows.motifs;
    }

    /** The intervention's label in the first segment holding the code that gives one, or "". */
    String libelle(String code) {
        for (Segment s : segmentsOf(code)) {
            String label = rows(s, code).first.libelle();
            if (!label.isEmpty()) {
                return label;
            }
        }
        return "";
    }

    private Row row(Segment segment, String code, String motif) {
        CodeRows rows = rows(segment, code);
        return rows == null ? null : rows.byMotif.get(motif == null ? "" : motif);
    }

    private CodeRows rows(Segment segment, String code) {
        Objects.requireNonNull(segment, "segment");
        Map<String, CodeRows> byCodeOfSegment = bySegment.get(segment);
        return byCodeOfSegment == null || code == null ? null : byCodeOfSegment.get(code);
    }

    /**
     * Writes the catalogue in the format {@link #load(Path)} reads: the comment {@code # release: <name>} when the
     * release is known, the header, then one row per (code, motif) pair in file order; comma-delimited, a field
     * quoted only when it needs it, each line ended by {@code \n}.
     *
     * @param out where to write
     * @throws IOException when {@code out} fails
     */
    public void writeCsv(Appendable out) throws IOException {
        CatalogueCsv.write(this, out);
    }

    /** Release and size, for logs. */
    @Override
    public String toString() {
        return "Catalogue[release=" + (release.isEmpty() ? "unstated" : release) + ", " + entries.size() + " rows]";
    }
}
