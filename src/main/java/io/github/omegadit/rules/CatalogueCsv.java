/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.Segment;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reads and writes the catalogue's CSV text (the format of {@link Catalogue}'s class comment) with Commons CSV, keeping the
 * physical line of each record so that every error names the source, the line and the problem.
 */
final class CatalogueCsv {

    private CatalogueCsv() {}

    static Catalogue load(Path file) throws IOException {
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
            throw new IllegalArgumentException(file + ", line " + line + ": " + Catalogue.NOT_UTF8);
        }
        return read(text.flip().toString(), file.toString());
    }

    static Catalogue parse(Reader csv, String source) throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        StringBuilder text = new StringBuilder(8192);
        char[] buffer = new char[8192];
        try {
            for (int n; (n = csv.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (CharacterCodingException e) {
            // the reader decodes ahead of what it returns: the bad bytes are somewhere after the last whole line
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException(source + ", line " + line + " or later: bytes the reader's charset"
                    + " cannot decode (catalogue files are UTF-8)", e);
        }
        return read(text.toString(), source);
    }

    static void write(Catalogue catalogue, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator('\n')
                .setCommentMarker('#')
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        CSVPrinter printer = new CSVPrinter(out, format);
        if (!catalogue.release().isEmpty()) {
            printer.printComment("release: " + catalogue.release());
        }
        printer.printRecord(Catalogue.COLUMNS);
        for (Catalogue.Entry e : catalogue.entries()) {
            printer.printRecord(e.segment().csvName(), e.code(), e.libelle(), e.motif(), e.libelleMotif(),
                    bit(e.express()), text(e.versionMin()), bit(e.indexRequired()), text(e.presence()));
        }
        printer.flush(); // not closed: the caller owns out
    }

    static Catalogue read(String text, String source) throws IOException {
        // spreadsheet exports often start with a byte-order mark
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Parser(source, body).run();
    }

    /** A flag column's text. */
    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    /** An optional column's text: empty for {@code null}. */
    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private record PairKey(Segment segment, String code, String motif) {}

    private record CodeKey(Segment segment, String code) {}

    /** The first row of a code in a segment, and its line: the code's facts, against which later rows are read. */
    private record FirstRow(Catalogue.Entry entry, int line) {}

    /**
     * Reads the records Commons CSV finds, keeping the physical line of each for the error messages: a record's
     * character position is where the parser started looking for it, before the comment and blank lines it skips.
     */
    private static final class Parser {
        private final String source;
        private final String text;
        /** Offset of the first character of each physical line (index 0 is line 1). */
        private final List<Integer> lineStarts = new ArrayList<>();
        private final List<Catalogue.Entry> entries = new ArrayList<>();
        private final Map<PairKey, Integer> lineOfPair = new HashMap<>();
        private final Map<CodeKey, FirstRow> firstRowOfCode = new HashMap<>();
        /** The line being read (1-based), for {@link #fail}. */
        private int line;
        /** The last line already accounted for (a record's, or a comment or blank line before one). */
        private int consumed;
        private String release;
        private boolean header;
        private char delimiter;

        Parser(String source, String text) {
            this.source = source;
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
                if (end && i + 1 < text.length()) {
                    lineStarts.add(i + 1);
                }
            }
        }

        Catalogue run() throws IOException {
            delimiter = delimiter();
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setCommentMarker('#')
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setTrim(true)
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format)
                    .get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        line = Math.max(consumed + 1, (int) parser.getCurrentLineNumber());
                        throw fail("malformed CSV (" + rootMessage(e) + "): a field holding '" + delimiter
                                + "', a quote or a line break must be enclosed in double quotes, a quote inside"
                                + " doubled");
                    }
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a line of spaces: walked over with the blank lines
                    }
                    skipTo(lineOf(record.getCharacterPosition()));
                    consumed = line + lineBreaksIn(record);
                    if (!header) {
                        header(record);
                    } else {
                        row(record);
                    }
                }
            }
            skipTo(0); // comments after the last row
            return finish();
        }

        /** The header line decides: a semicolon (and no comma) means a French spreadsheet's export. */
        private char delimiter() {
            for (int i = 0; i < lineStarts.size(); i++) {
                String physical = physicalLine(i + 1);
                if (!physical.isBlank() && !physical.startsWith("#")) {
                    return physical.indexOf(';') >= 0 && physical.indexOf(',') < 0 ? ';' : ',';
                }
            }
            return ',';
        }

        /**
         * Walks the comment and blank lines after the last line accounted for, from {@code recordLine} at the
         * earliest, reading the release from them; leaves {@link #line} on the first line of the next record.
         */
        private void skipTo(int recordLine) {
            int l = Math.max(consumed + 1, recordLine);
            while (l <= lineStarts.size()) {
                String physical = physicalLine(l);
                if (physical.startsWith("#")) {
                    line = l;
                    comment(physical.strip());
                } else if (!physical.isBlank()) {
                    break;
                }
                l++;
            }
            line = l;
        }

        private int lineOf(long position) {
            int index = Collections.binarySearch(lineStarts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }

        private String physicalLine(int number) {
            int start = lineStarts.get(number - 1);
            int end = number < lineStarts.size() ? lineStarts.get(number) : text.length();
            return text.substring(start, end).stripTrailing();
        }

        private static int lineBreaksIn(CSVRecord record) {
            int breaks = 0;
            for (String value : record) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                        breaks++;
                    }
                }
            }
            return breaks;
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t.getMessage();
        }

        private void comment(String comment) {
            Matcher m = Catalogue.RELEASE.matcher(comment);
            if (!m.matches()) {
                return;
            }
            if (release != null && !release.equals(m.group(1))) {
                throw fail("release stated twice ('" + release + "' then '" + m.group(1) + "')");
            }
            release = m.group(1);
        }

        private void header(CSVRecord record) {
            List<String> names = new ArrayList<>(record.size());
            for (String name : record) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
            String found = String.join(",", names);
            if (names.equals(Catalogue.COLUMNS)) {
                header = true;
                return;
            }
            if (found.equals(Catalogue.HEADER_SIX) || found.equals(Catalogue.HEADER_FOUR)) {
                throw fail("this is the older " + names.size() + "-column layout, without the code facts"
                        + " version_min, index and presence; expected the header '" + Catalogue.HEADER + "' (write the"
                        + " bundled table with 'omega-dit catalogue' and copy its last three columns)");
            }
            throw fail("expected the header '" + Catalogue.HEADER + "' (delimiter ',' or ';'), found '"
                    + String.join(String.valueOf(delimiter), record)
                    + "'");
        }

        private void row(CSVRecord f) {
            if (f.size() != Catalogue.COLUMNS.size()) {
                throw fail("expected " + Catalogue.COLUMNS.size() + " columns (" + Catalogue.HEADER + "), found " + f.size());
            }
            Segment segment;
            try {
                segment = Segment.fromCsvName(f.get(0));
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
            String code = f.get(1);
            if (code.isEmpty()) {
                throw fail("empty intervention code");
            }
            boolean express = flag(f.get(5), "express");
            NumeroVersion versionMin = null;
            if (!f.get(6).isEmpty()) {
                try {
                    versionMin = NumeroVersion.parse(f.get(6));
                } catch (IllegalArgumentException e) {
                    throw fail("version_min must be empty or 'V' followed by a number (e.g. V10), found '"
                            + f.get(6) + "'");
                }
            }
            boolean index = flag(f.get(7), "index");
            PresenceClient presence = null;
            if (!f.get(8).isEmpty()) {
                try {
                    presence = PresenceClient.valueOf(f.get(8));
                } catch (IllegalArgumentException e) {
                    throw fail("presence must be PO, PNO, PS or empty, found '" + f.get(8) + "'");
                }
            }
            Catalogue.Entry entry = new Catalogue.Entry(segment, code, f.get(2), f.get(3), f.get(4), express, versionMin, index,
                    presence);
            if (index && !entry.motif().isEmpty()) {
                throw fail("code " + code + " is a meter-data check (index 1), which takes no motif, but the row"
                        + " gives motif '" + entry.motif() + "'");
            }
            Integer previous = lineOfPair.putIfAbsent(new PairKey(segment, code, entry.motif()), line);
            if (previous != null) {
                throw fail("duplicate row: segment " + segment.csvName() + ", code " + code + ", motif '"
                        + entry.motif() + "' already on line " + previous);
            }
            CodeKey key = new CodeKey(segment, code);
            FirstRow firstRow = firstRowOfCode.putIfAbsent(key, new FirstRow(entry, line));
            if (firstRow != null) {
                Catalogue.Entry first = firstRow.entry();
                int firstLine = firstRow.line();
                same("express", bit(first.express()), bit(express), key, firstLine);
                same("version_min", text(first.versionMin()), text(versionMin), key, firstLine);
                same("index", bit(first.indexRequired()), bit(index), key, firstLine);
                same("presence", text(first.presence()), text(presence), key, firstLine);
            }
            entries.add(entry);
        }

        private void same(String column, String first, String now, CodeKey key, int firstLine) {
            if (!first.equals(now)) {
                throw fail(column + " '" + now + "' for code " + key.code() + " in segment "
                        + key.segment().csvName() + " contradicts line " + firstLine + " ('" + first + "'): "
                        + column + " belongs to the code, not to a motif");
            }
        }

        private boolean flag(String value, String column) {
            if (!value.equals("1") && !value.equals("0")) {
                throw fail(column + " must be 1 or 0, found '" + value + "'");
            }
            return value.equals("1");
        }

        Catalogue finish() {
            if (!header) {
                throw fail("no header line: expected '" + Catalogue.HEADER + "'");
            }
            if (entries.isEmpty()) {
                throw fail("no rows after the header");
            }
            return new Catalogue(release == null ? "" : release, entries);
        }

        private IllegalArgumentException fail(String problem) {
            int at = Math.min(Math.max(line, 1), Math.max(lineStarts.size(), 1));
            return new IllegalArgumentException(source + ", line " + at + ": " + problem);
        }
    }
}
