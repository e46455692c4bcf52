/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.internal.campagne.DemandeCodec;
import io.github.omegadit.internal.campagne.DemandeCodec.Colonne;
import io.github.omegadit.request.CreerDemande;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a campaign file: one demande per row, a header naming the columns. Read with Apache Commons CSV: RFC 4180
 * quoting (a field may hold the delimiter, quotes doubled, line breaks), the delimiter {@code ,} or {@code ;} (French
 * Excel) found from the header, an optional UTF-8 byte-order mark, CRLF or LF.
 *
 * <table>
 * <caption>Columns (case, {@code -} and {@code _} do not matter; any order)</caption>
 * <tr><th>column</th><th>request field</th><th></th></tr>
 * <tr><td>reference</td><td>DonneesFournisseur.ReferenceDemande</td><td>required, unique in the file</td></tr>
 * <tr><td>pce</td><td>Demande.NumeroPCE</td><td>required</td></tr>
 * <tr><td>code</td><td>CodeLibelleIntervention (Annexe B)</td><td>required</td></tr>
 * <tr><td>date</td><td>RdvDemande.Date, {@code YYYY-MM-DD} or {@code DD/MM/YYYY}</td><td>required</td></tr>
 * <tr><td>code-postal, motif, plage</td><td>Demande.CodePostal, CodeMotifIntervention, RdvDemande.Plage</td><td></td></tr>
 * <tr><td>express</td><td>OptionExpress: {@code 1}/{@code 0}, {@code oui}/{@code non}, empty is 0</td><td></td></tr>
 * <tr><td>segment</td><td>{@code 6M}, {@code 6M_TLRV_1M}, {@code JJ_JM_MM}: narrows rule R7, never sent</td><td></td></tr>
 * <tr><td>contact-nom, contact-telephone, code-acces, complement-adresse</td><td>ContactIntervention</td><td></td></tr>
 * <tr><td>commentaire, telephone-fournisseur, groupe, precision</td><td>Demande.Commentaire,
 *     DonneesFournisseur.TelephoneFournisseur, GroupeAppartenance, PrecisionIntervention</td><td></td></tr>
 * <tr><td>index-conteste, index-client</td><td>{@code TYPE:VALEUR:DATE}, {@code VALEUR:DATE} (G1, 253)</td><td></td></tr>
 * </table>
 *
 * A row that cannot become a request is reported with the file, its line and column ({@link LigneInvalide}); the
 * caller chooses to skip such rows or to stop. Values are taken as written: nothing is trimmed or altered, empty
 * cells are absent values, rows of empty cells are blank lines. A header problem (missing required column, unknown
 * or repeated column) or a byte that is not of the file's charset stops the whole reading.
 */
public final class CampagneCsv {

    private CampagneCsv() {}

    /**
     * A row of the file that cannot become a demande.
     *
     * @param file       the file
     * @param line       the row's first line (1 is the header)
     * @param column     the column's position (1 is the first), or 0 when the whole row is at fault
     * @param columnName the column's name in the header, or {@code null} with column 0
     * @param message    what is wrong
     */
    public record LigneInvalide(Path file, long line, int column, String columnName, String message) {
        /** {@code file:line: column 3 (date): message}, as compilers print errors. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + (column > 0 ? "column " + column + " (" + columnName + "): " : "")
                    + message;
        }
    }

    /**
     * A demande read from the file.
     *
     * @param line    its first line in the file
     * @param demande the request
     */
    public record Ligne(long line, CreerDemande demande) {}

    /**
     * What a file holds.
     *
     * @param file      the file
     * @param delimiter the delimiter found
     * @param demandes  the rows that are demandes, in file order
     * @param erreurs   the rows that are not, in file order
     */
    public record Lecture(Path file, char delimiter, List<Ligne> demandes, List<LigneInvalide> erreurs) {
        /** Copies the lists. */
        public Lecture {
            demandes = List.copyOf(demandes);
            erreurs = List.copyOf(erreurs);
        }
    }

    /** The file's header or encoding is wrong: nothing can be read from it. */
    public static final class FichierInvalideException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<LigneInvalide> erreurs;

        FichierInvalideException(List<LigneInvalide> erreurs) {
            super(erreurs.stream().map(LigneInvalide::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
            this.erreurs = List.copyOf(erreurs);
        }

        /** Every problem found. */
        public List<LigneInvalide> erreurs() {
            return erreurs;
        }
    }

    /**
     * Reads a UTF-8 file.
     *
     * @throws FichierInvalideException when the header or the encoding is wrong
     * @throws IllegalArgumentException when the file cannot be read
     */
    public static Lecture read(Path file) {
        return read(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads a file in this charset (Excel's "CSV (séparateur: point-virgule)" is {@code windows-1252}; its
     * "CSV UTF-8" is UTF-8).
     *
     * @throws FichierInvalideException when the header or the encoding is wrong
     * @throws IllegalArgumentException when the file cannot be read
     */
    public static Lecture read(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read campaign file " + file + ": " + e, e);
        }
        String text = decode(file, bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        Lines lines = new Lines(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new FichierInvalideException(List.of(new LigneInvalide(file, 1, 0, null, "the file is empty: "
                        + "a header line is needed (reference;pce;code;date;...)")));
            }
            Colonne[] columns = header(file, records.get(0));
            List<Ligne> demandes = new ArrayList<>();
            List<LigneInvalide> erreurs = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                long line = lines.of(r.getCharacterPosition());
                if (r.size() != columns.length) {
                    erreurs.add(new LigneInvalide(file, line, 0, null, r.size() + " fields where the header has "
                            + columns.length + " (delimiter '" + delimiter + "'; quote a value that holds it)"));
                    continue;
                }
                if (r.stream().allMatch(String::isBlank)) {
                    continue; // a row of empty cells (Excel leaves them) holds nothing
                }
                Map<Colonne, String> values = new EnumMap<>(Colonne.class);
                int unnamed = 0;
                for (int i = 0; i < columns.length; i++) {
                    if (columns[i] != null) {
                        values.put(columns[i], r.get(i));
                    } else if (!r.get(i).isBlank() && unnamed == 0) {
                        unnamed = i + 1;
                    }
                }
                if (unnamed > 0) {
                    erreurs.add(new LigneInvalide(file, line, unnamed, "", "a value in a column without a name: '"
                            + r.get(unnamed - 1) + "'"));
                    continue;
                }
                CreerDemande d;
                try {
                    d = DemandeCodec.decode(values);
                } catch (DemandeCodec.BadValue e) {
                    int col = Arrays.asList(columns).indexOf(e.colonne());
                    erreurs.add(col < 0
                            ? new LigneInvalide(file, line, 0, null, "column " + e.colonne().header() + " "
                                    + e.getMessage())
                            : new LigneInvalide(file, line, col + 1, records.get(0).get(col), e.getMessage()));
                    continue;
                }
                Long first = seen.putIfAbsent(d.referenceDemande(), line);
                if (first != null) {
                    int col = Arrays.asList(columns).indexOf(Colonne.REFERENCE);
                    erreurs.add(new LigneInvalide(file, line, col + 1, records.get(0).get(col), "ReferenceDemande '"
                            + d.referenceDemande() + "' is already on line " + first + ": a reference is unique"));
                    continue;
                }
                demandes.add(new Ligne(line, d));
            }
            return new Lecture(file, delimiter, demandes, erreurs);
        } catch (IOException | UncheckedIOException e) {
            throw new FichierInvalideException(List.of(new LigneInvalide(file, lines.of(lines.length()), 0, null,
                    "not a CSV file: " + e.getMessage())));
        }
    }

    private static Colonne[] header(Path file, CSVRecord header) {
        List<LigneInvalide> errors = new ArrayList<>();
        Colonne[] columns = new Colonne[header.size()];
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                continue; // Excel's trailing empty columns; a value under one is reported on its row
            }
            Optional<Colonne> c = Colonne.of(header.get(i));
            if (c.isEmpty()) {
                errors.add(new LigneInvalide(file, 1, i + 1, header.get(i), "unknown column; the columns are "
                        + Arrays.stream(Colonne.values()).map(Colonne::header).toList()));
            } else if (Arrays.asList(columns).contains(c.get())) {
                errors.add(new LigneInvalide(file, 1, i + 1, header.get(i), "column given twice"));
            } else {
                columns[i] = c.get();
            }
        }
        for (Colonne c : Colonne.values()) {
            if (c.required() && !Arrays.asList(columns).contains(c)) {
                errors.add(new LigneInvalide(file, 1, 0, null, "required column '" + c.header() + "' is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FichierInvalideException(errors);
        }
        return columns;
    }

    /** {@code ;} when the header has more of them than commas (outside quotes), else {@code ,}. */
    private static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ';') {
                semicolons++;
            } else if (!quoted && ch == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(Path file, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            long line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new FichierInvalideException(List.of(new LigneInvalide(file, line, 0, null, "byte " + bad
                    + " is not " + charset.name() + (charset.equals(StandardCharsets.UTF_8) ? "; a file saved by "
                    + "Excel as \"CSV (séparateur: point-virgule)\" is windows-1252: give that charset" : ""))));
        }
        return out.flip().toString();
    }

    /** Line numbers of character positions. */
    private static final class Lines {
        private final int[] starts;
        private final int length;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
            length = text.length();
        }

        int length() {
            return length;
        }

        long of(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
