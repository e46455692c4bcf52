package io.github.omegadit.rules;

import io.github.omegadit.request.Segment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Annexe B catalogue (segment, intervention code, motif, express) keyed by the OMEGA release it describes.
 *
 * <p>The library bundles the table of the guide applicable from OMEGA V24.1 ({@link #standard()}). When the
 * distributor publishes a new table before this library is released again, load your own file in the same format
 * with {@link #load(Path)} and pass it to the client.
 *
 * <p>File format (UTF-8, one row per (code, motif) pair, no quoting, so no field may contain a comma or a double
 * quote):
 * <pre>
 * # release: V24.1
 * segment,code,libelle,motif,libelle_motif,express
 * 6M,34,Changement de compteur Gaz avec débit &lt; 16m³/h,23,Pose d'un compteur communicant,0
 * 6M,G1,Vérification des données de comptage,,,0
 * </pre>
 * {@code segment} is {@code 6M}, {@code 6M_TLRV_1M} or {@code JJ_JM_MM} ({@link Segment#csvName()}); {@code motif}
 * is empty for codes without motif; {@code express} is {@code 1} when OptionExpress "1" is allowed, else {@code 0}.
 * Lines starting with {@code #} are comments; a comment {@code # release: <name>} names the release. The four-column
 * layout written by {@link #writeCsv(Appendable)} ({@code segment,code,motif,express}) is read too; its labels are
 * empty, so rule R5, which needs the label "Autre", does not apply with such a file.
 *
 * <p>Instances are immutable and thread-safe; lookups are hash-based and allocate nothing.
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
            boolean express) {

        /** Segment and code are required; a {@code null} label or motif becomes empty. */
        public Entry {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(code, "code");
            libelle = libelle == null ? "" : libelle;
            motif = motif == null ? "" : motif;
            libelleMotif = libelleMotif == null ? "" : libelleMotif;
        }
    }

    private static final String BUNDLED = "annexe-b-V24.1.csv";
    private static final String HEADER_FULL = "segment,code,libelle,motif,libelle_motif,express";
    private static final String HEADER_EXPORT = "segment,code,motif,express";
    /** Typically a spreadsheet saved in Windows-1252: say so rather than "Input length = 1". */
    private static final String NOT_UTF8 = "not valid UTF-8 text; save the file as UTF-8";
    private static final Pattern RELEASE = Pattern.compile("#\\s*release\\s*[:=]\\s*(\\S+)\\s*");

    private final String release;
    private final List<Entry> entries;
    private final Map<Segment, Map<String, CodeRows>> bySegment;
    private final Map<String, Set<Segment>> segmentsByCode;

    /** The rows of one code in one segment, indexed by motif. */
    private static final class CodeRows {
        final boolean express;
        final Map<String, Row> byMotif = new LinkedHashMap<>();
        List<String> motifs;

        CodeRows(boolean express) {
            this.express = express;
        }
    }

    /** An entry with its label already wrapped, so that {@link #libelleMotif} allocates nothing. */
    private record Row(Entry entry, Optional<String> libelleMotif) {}

    private Catalogue(String release, List<Entry> entries) {
        this.release = release;
        this.entries = List.copyOf(entries);
        Map<Segment, Map<String, CodeRows>> segments = new EnumMap<>(Segment.class);
        Map<String, EnumSet<Segment>> codes = new HashMap<>();
        for (Entry e : this.entries) {
            CodeRows rows = segments.computeIfAbsent(e.segment(), s -> new HashMap<>())
                    .computeIfAbsent(e.code(), c -> new CodeRows(e.express()));
            Optional<String> label = e.libelleMotif().isEmpty() ? Optional.empty() : Optional.of(e.libelleMotif());
            rows.byMotif.put(e.motif(), new Row(e, label));
            codes.computeIfAbsent(e.code(), c -> EnumSet.noneOf(Segment.class)).add(e.segment());
        }
        for (Map<String, CodeRows> byCode : segments.values()) {
            for (CodeRows rows : byCode.values()) {
                rows.motifs = List.copyOf(rows.byMotif.keySet());
            }
        }
        this.bySegment = segments;
        Map<String, Set<Segment>> frozen = new HashMap<>();
        codes.forEach((code, set) -> frozen.put(code, Collections.unmodifiableSet(set)));
        this.segmentsByCode = frozen;
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
     */
    public static Catalogue standard() {
        return Bundled.INSTANCE;
    }

    /**
     * Loads a catalogue file (UTF-8) in the bundled format; see the class comment.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is malformed or not UTF-8, naming the file, the line and the problem
     */
    public static Catalogue load(Path file) throws IOException {
        // a catalogue is a few kilobytes: decoding it whole lets an encoding error name its exact line
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        CoderResult result = utf8.decode(in, text, true);
        if (!result.isError()) {
            result = utf8.flush(text);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException(file + ", line " + line + ": " + NOT_UTF8);
        }
        return parse(new StringReader(text.flip().toString()), file.toString());
    }

    /**
     * Parses a catalogue in the bundled format; {@code source} names it in error messages. The reader is not closed.
     *
     * @throws IOException              when reading fails
     * @throws IllegalArgumentException when the reader meets bytes that are not valid in its charset, or when the
     *                                  text is malformed (unknown segment, bad express value, wrong column
     *                                  count, duplicate row, quote character...), naming the source, the line and
     *                                  the problem
     */
    public static Catalogue parse(Reader csv, String source) throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        BufferedReader reader = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        Parser parser = new Parser(source);
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                parser.line(line);
            }
        } catch (CharacterCodingException e) {
            // the reader decodes ahead of the lines it returns: the bad bytes are somewhere after the last good line
            throw new IllegalArgumentException(source + ", line " + (parser.lineNumber + 1) + " or later: bytes the"
                    + " reader's charset cannot decode (catalogue files are UTF-8)", e);
        }
        return parser.finish();
    }

    private record PairKey(Segment segment, String code, String motif) {}

    private record CodeKey(Segment segment, String code) {}

    private record FirstRow(int line, boolean express) {}

    /** Reads lines one by one, keeping what the error messages need. */
    private static final class Parser {
        private final String source;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<PairKey, Integer> lineOfPair = new HashMap<>();
        private final Map<CodeKey, FirstRow> firstRowOfCode = new HashMap<>();
        private int lineNumber;
        private String release;
        private boolean fullLayout;
        private int columns;

        Parser(String source) {
            this.source = source;
        }

        void line(String raw) {
            lineNumber++;
            // spreadsheet exports often start with a byte-order mark
            String text = (lineNumber == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw).strip();
            if (text.isEmpty()) {
                return;
            }
            if (text.startsWith("#")) {
                comment(text);
                return;
            }
            if (text.indexOf('"') >= 0) {
                throw fail("double quotes are not supported: fields are written plain and may not contain commas");
            }
            String[] fields = text.split(",", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            if (columns == 0) {
                header(String.join(",", fields));
            } else {
                row(fields);
            }
        }

        private void comment(String text) {
            Matcher m = RELEASE.matcher(text);
            if (!m.matches()) {
                return;
            }
            if (release != null && !release.equals(m.group(1))) {
                throw fail("release stated twice ('" + release + "' then '" + m.group(1) + "')");
            }
            release = m.group(1);
        }

        private void header(String header) {
            if (header.equalsIgnoreCase(HEADER_FULL)) {
                fullLayout = true;
                columns = 6;
            } else if (header.equalsIgnoreCase(HEADER_EXPORT)) {
                columns = 4;
            } else {
                throw fail("expected the header '" + HEADER_FULL + "' or '" + HEADER_EXPORT + "', found '"
                        + header + "'");
            }
        }

        private void row(String[] f) {
            if (f.length != columns) {
                throw fail("expected " + columns + " columns (" + (fullLayout ? HEADER_FULL : HEADER_EXPORT)
                        + "), found " + f.length);
            }
            Segment segment;
            try {
                segment = Segment.fromCsvName(f[0]);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
            String code = f[1];
            if (code.isEmpty()) {
                throw fail("empty intervention code");
            }
            String express = f[columns - 1];
            if (!express.equals("1") && !express.equals("0")) {
                throw fail("express must be 1 or 0, found '" + express + "'");
            }
            Entry entry = fullLayout
                    ? new Entry(segment, code, f[2], f[3], f[4], express.equals("1"))
                    : new Entry(segment, code, "", f[2], "", express.equals("1"));
            Integer previous = lineOfPair.putIfAbsent(new PairKey(segment, code, entry.motif()), lineNumber);
            if (previous != null) {
                throw fail("duplicate row: segment " + segment.csvName() + ", code " + code + ", motif '"
                        + entry.motif() + "' already on line " + previous);
            }
            FirstRow first = firstRowOfCode.putIfAbsent(new CodeKey(segment, code),
                    new FirstRow(lineNumber, entry.express()));
            if (first != null && first.express() != entry.express()) {
                throw fail("express " + express + " for code " + code + " in segment " + segment.csvName()
                        + " contradicts line " + first.line() + ": express belongs to the code, not to a motif");
            }
            entries.add(entry);
        }

        Catalogue finish() {
            if (columns == 0) {
                throw fail("no header line: expected '" + HEADER_FULL + "' or '" + HEADER_EXPORT + "'");
            }
            if (entries.isEmpty()) {
                throw fail("no rows after the header");
            }
            return new Catalogue(release == null ? "" : release, entries);
        }

        private IllegalArgumentException fail(String problem) {
            return new IllegalArgumentException(source + ", line " + lineNumber + ": " + problem);
        }
    }

    /** The OMEGA release the table describes, e.g. {@code V24.1}; empty when the file does not state one. */
    public String release() {
        return release;
    }

    /** Every row, in file order (unmodifiable). */
    public List<Entry> entries() {
        return entries;
    }

    /** True when (code, motif) is a row of the segment; a {@code null} or empty motif means "no motif". */
    public boolean allows(Segment segment, String code, String motif) {
        CodeRows rows = rows(segment, code);
        return rows != null && rows.byMotif.containsKey(motif == null ? "" : motif);
    }

    /** The segments in which the code exists (empty for an unknown code; unmodifiable). */
    public Set<Segment> segmentsOf(String code) {
        Set<Segment> segments = code == null ? null : segmentsByCode.get(code);
        return segments == null ? Set.of() : segments;
    }

    /** True when the code allows OptionExpress "1" in the segment (false for a code absent from the segment). */
    public boolean expressAllowed(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows != null && rows.express;
    }

    /**
     * The motif's label for this code in this segment ("Autre", "Travaux"...), if the pair exists and the file gives
     * a label; a {@code null} or empty motif means "no motif".
     */
    public Optional<String> libelleMotif(Segment segment, String code, String motif) {
        Row row = row(segment, code, motif);
        return row == null ? Optional.empty() : row.libelleMotif();
    }

    /**
     * The motifs allowed with the code in the segment, in file order; the list holds {@code ""} for a code without
     * motif and is empty when the code is not in the segment (unmodifiable).
     */
    public List<String> motifs(Segment segment, String code) {
        CodeRows rows = rows(segment, code);
        return rows == null ? List.of() : rows.motifs;
    }

    /** The row of (code, motif) in the segment, or {@code null}; for the rules' messages. */
    Entry entry(Segment segment, String code, String motif) {
        Row row = row(segment, code, motif);
        return row == null ? null : row.entry();
    }

    private Row row(Segment segment, String code, String motif) {
        CodeRows rows = rows(segment, code);
        return rows == null ? null : rows.byMotif.get(motif == null ? "" : motif);
    }

    private CodeRows rows(Segment segment, String code) {
        Objects.requireNonNull(segment, "segment");
        Map<String, CodeRows> byCode = bySegment.get(segment);
        return byCode == null || code == null ? null : byCode.get(code);
    }

    /**
     * Writes the header {@code segment,code,motif,express} then one row per (code, motif) pair, in file order, each
     * line ended by {@code \n}. {@link #parse(Reader, String)} reads it back (without labels or release).
     *
     * @throws IOException when {@code out} fails
     */
    public void writeCsv(Appendable out) throws IOException {
        out.append(HEADER_EXPORT).append('\n');
        for (Entry e : entries) {
            out.append(e.segment().csvName()).append(',')
                    .append(e.code()).append(',')
                    .append(e.motif()).append(',')
                    .append(e.express() ? '1' : '0').append('\n');
        }
    }

    /** Release and size, for logs. */
    @Override
    public String toString() {
        return "Catalogue[release=" + (release.isEmpty() ? "unstated" : release) + ", " + entries.size() + " rows]";
    }
}
