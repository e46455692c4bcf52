/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Conversions between {@code xs:date}/{@code xs:time} lexical forms and {@code java.time}, used by the generated
 * JAXB adapters. OMEGA dates are calendar dates in France; a time-zone suffix, when a peer sends one, is accepted
 * and dropped rather than shifting the day.
 */
public final class XmlDates {

    private XmlDates() {}

    /** Parses {@code YYYY-MM-DD} with an optional zone suffix ({@code Z}, {@code +01:00}). */
    public static LocalDate parseDate(String lexical) {
        if (lexical == null) {
            return null;
        }
        String s = lexical.trim();
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    /** Prints {@code YYYY-MM-DD}, without zone. */
    public static String printDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Parses {@code hh:mm:ss[.fff]} with an optional zone suffix. */
    public static LocalTime parseTime(String lexical) {
        if (lexical == null) {
            return null;
        }
        String s = lexical.trim();
        int zone = zoneStart(s);
        return LocalTime.parse(zone < 0 ? s : s.substring(0, zone));
    }

    /** Prints {@code hh:mm:ss}. */
    public static String printTime(LocalTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    private static int zoneStart(String s) {
        for (int i = 8; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
    }
}
