/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.TypeIndex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of the dialogue commands, with messages that say the expected form. */
final class Converters {

    private Converters() {}

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    /** A date {@code YYYY-MM-DD}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return date(value);
        }
    }

    /**
     * {@code TYPE:VALEUR:DATE}: TYPE an Annexe C code ({@code 01}-{@code 06}) or name ({@code CYCLIQUE}), VALEUR the
     * index as read, DATE {@code YYYY-MM-DD}.
     */
    static final class IndexContesteConverter implements ITypeConverter<IndexConteste> {
        @Override
        public IndexConteste convert(String value) {
            int first = value.indexOf(':');
            int last = value.lastIndexOf(':');
            if (first < 0 || first == last) {
                throw new TypeConversionException("'" + value + "' is not TYPE:VALEUR:DATE (e.g. 02:12345:2026-11-02)");
            }
            return new IndexConteste(typeIndex(value.substring(0, first).trim()),
                    value.substring(first + 1, last).trim(), date(value.substring(last + 1)));
        }

        private static TypeIndex typeIndex(String text) {
            for (TypeIndex t : TypeIndex.values()) {
                if (t.code().equals(text) || t.name().equalsIgnoreCase(text)) {
                    return t;
                }
            }
            throw new TypeConversionException("'" + text + "' is not an Annexe C index type: 01 to 06, or "
                    + java.util.Arrays.toString(TypeIndex.values()));
        }
    }

    /** {@code VALEUR:DATE}: the index the customer reads and the date of the reading. */
    static final class IndexClientConverter implements ITypeConverter<IndexClient> {
        @Override
        public IndexClient convert(String value) {
            int last = value.lastIndexOf(':');
            if (last < 0) {
                throw new TypeConversionException("'" + value + "' is not VALEUR:DATE (e.g. 12400:2026-11-20)");
            }
            return new IndexClient(value.substring(0, last).trim(), date(value.substring(last + 1)));
        }
    }

    /** An Annexe B segment: {@code 6M}, {@code 6M_TLRV_1M} or {@code JJ_JM_MM}. */
    static final class SegmentConverter implements ITypeConverter<Segment> {
        @Override
        public Segment convert(String value) {
            try {
                return Segment.fromCsvName(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
